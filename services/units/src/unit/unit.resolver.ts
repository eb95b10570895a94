import { Role, audit, canReadUnit, conflict, isUuid, loadForUpdate, loadReferenced, requireCaller, requireRole } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Industry } from '../industry/industry.entity.js';
import type { Context } from '../context.js';
import { Team } from '../team/team.entity.js';
import { ArchiveInput } from '../team/team.input.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, UpdateUnitInput } from './unit.input.js';

@Resolver(() => Unit)
export class UnitResolver {
  /** The directory of units (names, codes, industries, team counts) is public. */
  @Query(() => [Unit], { description: '市直部门（单位） Units in use, by code' })
  async units(
    @Arg('industryId', () => ID, { nullable: true }) industryId: string | undefined,
    @Arg('includeExcluded', () => Boolean, {
      defaultValue: true,
      description: 'false leaves out the units that organise their own action (政法、教育、卫计、国企)',
    })
    includeExcluded: boolean,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ): Promise<Unit[]> {
    if (industryId !== undefined && industryId !== null && !isUuid(industryId)) return [];
    return ctx.em.find(
      Unit,
      {
        ...(industryId ? { industry: industryId } : {}),
        ...(includeExcluded ? {} : { excluded: false }),
        ...(includeArchived ? {} : { archivedAt: null }),
      },
      { orderBy: { code: 'asc' } },
    );
  }

  @Query(() => Unit, { nullable: true })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    return isUuid(id) ? ctx.loaders.unit.load(id) : null;
  }

  @FieldResolver(() => Industry)
  async industry(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Industry | null> {
    return ctx.loaders.industry.load(unit.industry.id);
  }

  @FieldResolver(() => [Team], { description: "The unit's teams in use. Signed-in callers only; a UNIT_ADMIN sees its own unit's" })
  async teams(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Team[]> {
    requireCaller(ctx.caller);
    if (!canReadUnit(ctx.caller, unit.id)) return [];
    return ctx.loaders.teamsByUnit.load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Number of teams in use: the base of the team quota' })
  async teamCount(@Root() unit: Unit, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.teamCountByUnit.load(unit.id);
  }

  @Mutation(() => Unit)
  async createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    const caller = requireRole(ctx.caller, Role.ADMIN);
    return ctx.em.transactional(async (em) => {
      const industry = await loadReferenced(em, Industry, 'Industry', input.industryId);
      if (industry.archivedAt) throw conflict(`Industry ${industry.name} is archived`, { field: 'industryId' });
      const code = input.code.trim();
      const name = input.name.trim();
      await assertUnitFree(em, code, name);
      const unit = em.create(Unit, { code, name, industry, excluded: input.excluded });
      audit(em, caller, { operation: 'createUnit', entityType: 'Unit', entityId: unit.id, unitId: unit.id, detail: { code, name, excluded: unit.excluded } });
      return unit;
    });
  }

  @Mutation(() => Unit)
  async updateUnit(@Arg('input', () => UpdateUnitInput) input: UpdateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    const caller = requireRole(ctx.caller, Role.ADMIN);
    return ctx.em.transactional(async (em) => {
      const unit = await loadForUpdate(em, Unit, 'Unit', input.id, input.expectedVersion);
      const code = input.code?.trim() ?? unit.code;
      const name = input.name?.trim() ?? unit.name;
      await assertUnitFree(em, code, name, unit.id);
      if (input.industryId != null) {
        const industry = await loadReferenced(em, Industry, 'Industry', input.industryId);
        if (industry.archivedAt) throw conflict(`Industry ${industry.name} is archived`, { field: 'industryId' });
        unit.industry = em.getReference(Industry, industry.id, { wrapped: true });
      }
      unit.code = code;
      unit.name = name;
      if (input.excluded != null) unit.excluded = input.excluded;
      audit(em, caller, {
        operation: 'updateUnit',
        entityType: 'Unit',
        entityId: unit.id,
        unitId: unit.id,
        detail: { code, name, excluded: unit.excluded, industryId: unit.industry.id },
      });
      return unit;
    });
  }

  @Mutation(() => Unit, { description: 'Retires a unit (merged or dissolved); its history stays' })
  async archiveUnit(@Arg('input', () => ArchiveInput) input: ArchiveInput, @Ctx() ctx: Context): Promise<Unit> {
    const caller = requireRole(ctx.caller, Role.ADMIN);
    return ctx.em.transactional(async (em) => {
      const unit = await loadForUpdate(em, Unit, 'Unit', input.id, input.expectedVersion);
      unit.archivedAt ??= new Date();
      audit(em, caller, { operation: 'archiveUnit', entityType: 'Unit', entityId: unit.id, unitId: unit.id });
      return unit;
    });
  }
}

async function assertUnitFree(em: Context['em'], code: string, name: string, selfId?: string): Promise<void> {
  const clash = await em.findOne(Unit, { $or: [{ code }, { name }], ...(selfId ? { id: { $ne: selfId } } : {}) });
  if (!clash) return;
  if (clash.code === code) throw conflict(`A unit with code ${code} already exists`, { field: 'code' });
  throw conflict(`A unit named ${name} already exists`, { field: 'name' });
}
