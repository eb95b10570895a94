import { UnitWrite, audit, badInput, businessToday as today, importDeadline, requireUnitWrite } from '@sfxd/kit';
import { Arg, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../context.js';
import { Member } from '../member/member.entity.js';
import { lookUpPlacement } from '../member/member.service.js';
import { planImport, rosterRow } from './roster.import.js';
import { readRoster, rosterImportTurn, writeRoster } from './roster.sheet.js';
import { ImportRosterInput, RosterFile, RosterImportResult } from './roster.types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 党员名册 exchange in the units' own format (XLSX, Chinese headers). The roster carries personal
 * fields, so both directions are for ADMIN and the unit's own UNIT_ADMIN only.
 */
@Resolver()
export class RosterResolver {
  @UnitWrite()
  @Query(() => RosterFile, { description: "导出党员名册: a unit's roster as XLSX, the same template importRoster reads. ADMIN or the unit's UNIT_ADMIN" })
  async exportRoster(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<RosterFile> {
    const caller = requireUnitWrite(ctx.caller, unitId);
    const unit = await lookUpPlacement(ctx, caller, unitId, null);
    return ctx.em.transactional(async (em) => {
      const members = await em.find(Member, { unitId }, { orderBy: { name: 'asc', id: 'asc' } });
      const teamNames = new Map(unit.teams.map((t) => [t.id, t.name]));
      const content = await writeRoster(members.map((m) => rosterRow(m, teamNames)));
      audit(em, caller, { operation: 'exportRoster', entityType: 'Member', unitId, detail: { rows: members.length } });
      return {
        filename: `${unit.name}-党员名册-${today().replace(/-/g, '')}.xlsx`,
        contentType: XLSX,
        contentBase64: content.toString('base64'),
        rows: members.length,
      };
    });
  }

  @UnitWrite()
  @Mutation(() => RosterImportResult, {
    description: '导入党员名册: every row is checked first; with any error nothing is written. Rows match by 编号, else by name and birth date; importing the same file again changes nothing',
  })
  @UseMiddleware(rosterImportTurn)
  async importRoster(@Arg('input', () => ImportRosterInput) input: ImportRosterInput, @Ctx() ctx: Context): Promise<RosterImportResult> {
    const caller = requireUnitWrite(ctx.caller, input.unitId);
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0) throw badInput('contentBase64 is empty or not base64', 'contentBase64');
    const unit = await lookUpPlacement(ctx, caller, input.unitId, null);
    const sheet = await readRoster(content, { signal: importDeadline(ctx) });
    const refused = (errors: RosterImportResult['errors']): RosterImportResult => ({ applied: false, created: 0, updated: 0, unchanged: 0, errors });
    if (sheet.errors.length) return refused(sheet.errors);

    return ctx.em.transactional(async (em) => {
      const existing = await em.find(Member, { unitId: input.unitId });
      const plan = planImport(sheet.rows, existing, unit.teams);
      if (plan.errors.length) return refused(plan.errors);
      const result = { applied: !input.dryRun, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged, errors: [] };
      if (input.dryRun) return result;
      const created = plan.creates.map((fields) => em.create(Member, { ...fields, unitId: input.unitId }));
      for (const { member, fields } of plan.updates) Object.assign(member, fields);
      if (created.length || plan.updates.length) {
        audit(em, caller, {
          operation: 'importRoster', entityType: 'Member', unitId: input.unitId,
          detail: { created: created.map((m) => m.id), updated: plan.updates.map((u) => u.member.id), unchanged: plan.unchanged },
        });
      }
      return result;
    });
  }
}
