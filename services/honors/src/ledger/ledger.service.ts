import { UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  Role, appError, audit, badInput, businessToday, conflict, importDeadline, inUnitScope, isUuid, requireCaller, requireUnitWrite, scopedUnit,
} from '@sfxd/kit';
import { Campaign } from '../campaign/campaign.entity.js';
import type { Context } from '../context.js';
import { LIVE_CANDIDACY_MESSAGE, declareCandidacy, subjectRefusal } from '../honor/honor.declaration.js';
import type { Honor } from '../honor/honor.entity.js';
import { subjectOf, type Unit } from '../subject/subject.entity.js';
import { ledgerDirectory, participatingUnits, subjectOfUnit } from './ledger.directory.js';
import { LedgerSubmission } from './ledger.entity.js';
import { planLedgerImport, subjectIdsOfNewRows } from './ledger.import.js';
import { LedgerRepository } from './ledger.repository.js';
import { isOnTime, ledgerCounts, summarizeLedgers } from './ledger.rules.js';
import { STATUS_LABEL, TIER_LABEL, readLedger, writeLedger, type LedgerSheetRow } from './ledger.sheet.js';
import type { ImportLedgerInput, LedgerFile, LedgerImportResult, LedgerOverview, UnitLedger } from './ledger.types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The ledger (台账): units submit it by the campaign's due date and the committee sees who did,
 * on time or late, and who has not; it is exchanged as XLSX, exported for reading and imported to
 * declare the candidacies it lists. Units and their members are asked of their owners.
 */
export class LedgerService {
  private readonly repository: LedgerRepository;

  constructor(private readonly ctx: Context) {
    this.repository = new LedgerRepository(ctx.em);
  }

  /**
   * 报送台账: a UNIT_ADMIN for its own unit; ADMIN for any unit, naming it (a ledger the committee
   * received on paper or by e-mail). Each submission is a new row recording what the unit's
   * ledger held; the write and its audit line commit together.
   */
  async submit(campaignId: string, unitId: string | null | undefined): Promise<LedgerSubmission> {
    const signedIn = requireCaller(this.ctx.caller);
    const target = unitId ?? (signedIn.role === Role.UNIT_ADMIN ? signedIn.unitId : undefined);
    if (!target) throw badInput('请指明报送台账的单位 (ADMIN submits for a unit: give unitId)', 'unitId');
    const caller = requireUnitWrite(signedIn, target);
    const campaign = await this.campaign(campaignId);
    const unit = isUuid(target) ? (await ledgerDirectory(this.ctx, caller, target)).unit : null;
    if (!unit) throw appError('NOT_FOUND', `Unit ${target} was not found`, { id: target, field: 'unitId' });
    const refusal = subjectRefusal(caller, 'UNIT', subjectOfUnit(unit, 'UNIT', unit.id));
    if (refusal) throw badInput(refusal.message, 'unitId');

    return this.ctx.em.transactional(async (em) => {
      const repository = new LedgerRepository(em);
      const counts = ledgerCounts(await repository.ofUnit(campaign.id, unit.id));
      const earlier = (await repository.ofCampaign(campaign.id, unit.id)).length;
      const submittedAt = new Date();
      const submission = em.create(LedgerSubmission, {
        campaignId: campaign.id, unitId: unit.id, submittedAt, submittedBy: caller.sub, onTime: isOnTime(submittedAt, campaign.ledgerDueOn), ...counts,
      });
      audit(em, caller, {
        operation: 'submitLedger', entityType: 'LedgerSubmission', entityId: submission.id, unitId: unit.id,
        detail: { campaignId: campaign.id, year: campaign.year, onTime: submission.onTime, resubmission: earlier > 0, ...counts },
      });
      return submission;
    });
  }

  /**
   * Every participating unit's ledger in a campaign (a UNIT_ADMIN: its own unit's): the units
   * come from the units subgraph in one request, the submissions in one statement.
   */
  async overview(campaignId: string): Promise<LedgerOverview | null> {
    const caller = requireCaller(this.ctx.caller);
    const campaign = isUuid(campaignId) ? await this.ctx.loaders.campaign.load(campaignId) : null;
    if (!campaign) return null;
    const confinedTo = scopedUnit(caller);
    const listed = (await participatingUnits(this.ctx, caller)).filter((u) => !confinedTo || u.id === confinedTo);
    const submissions = await this.repository.ofCampaign(campaign.id, confinedTo);
    const units: UnitLedger[] = summarizeLedgers(listed.map((u) => u.id), submissions, campaign.ledgerDueOn).map((s) => ({
      unit: subjectOf('UNIT', s.unitId) as Unit,
      status: s.status,
      onTime: s.status === 'ON_TIME',
      late: s.status === 'LATE',
      latest: s.latest,
      submissionCount: s.history.length,
      history: s.history,
    }));
    const missing = units.filter((u) => u.status === 'MISSING');
    return {
      campaign, dueOn: campaign.ledgerDueOn, units, missing: missing.map((u) => u.unit),
      participatingCount: units.length,
      onTimeCount: units.filter((u) => u.onTime).length,
      lateCount: units.filter((u) => u.late).length,
      missingCount: missing.length,
    };
  }

  /** A unit's ledger as XLSX (the import's template): every candidacy of the unit and of its industry, with subjects named by their owners. */
  async export(campaignId: string, unitId: string): Promise<LedgerFile> {
    const caller = requireCaller(this.ctx.caller);
    inUnitScope(caller, unitId, 'REFUSE', 'ledgers');
    const campaign = await this.campaign(campaignId);
    const honors = isUuid(unitId) ? await this.repository.ledgerOf(campaign.id, unitId) : [];
    const ids = (tier: string) => honors.filter((h) => h.tier === tier).map((h) => h.subjectId);
    const directory = isUuid(unitId) ? await ledgerDirectory(this.ctx, caller, unitId, ids('TEAM'), ids('POST')) : null;
    const unit = directory?.unit;
    if (!directory || !unit) throw appError('NOT_FOUND', `Unit ${unitId} was not found`, { id: unitId, field: 'unitId' });
    const ledger = honors.filter((h) => h.tier !== 'INDUSTRY' || h.industryId === unit.industry.id);
    const nameOf = (h: Honor): string => {
      switch (h.tier) {
        case 'POST': return directory.members.get(h.subjectId)?.name ?? '';
        case 'TEAM': return directory.teams.get(h.subjectId)?.name ?? '';
        case 'UNIT': return unit.name;
        case 'INDUSTRY': return unit.industry.name;
      }
    };
    const rows: LedgerSheetRow[] = ledger.map((h) => ({
      id: h.id, tier: TIER_LABEL[h.tier], subjectId: h.subjectId, subjectName: nameOf(h), status: STATUS_LABEL[h.status],
      declaredOn: h.declaredOn, publicityStartsOn: h.publicityStartsOn, publicityEndsOn: h.publicityEndsOn, namedOn: h.namedOn,
      batch: h.batch, plaqueNumber: h.plaqueNumber, rectificationDeadline: h.rectificationDeadline,
    }));
    const today = businessToday();
    const content = await writeLedger(rows, { unitName: unit.name, unitCode: unit.code, year: campaign.year, exportedOn: today });
    return {
      filename: `${unit.name}-${campaign.year}年示范行动台账-${today.replace(/-/g, '')}.xlsx`,
      contentType: XLSX,
      contentBase64: content.toString('base64'),
      rows: rows.length,
    };
  }

  /**
   * 导入台账: declares the candidacies the file lists that do not exist yet, by declareHonor's
   * rules, after checking every row; with any error, or on a dry run, nothing is written. The
   * subjects are looked up with their owners in one request each, the ledger in two statements,
   * and the new candidacies are written with their audit lines in one transaction.
   */
  async import(input: ImportLedgerInput): Promise<LedgerImportResult> {
    const caller = requireUnitWrite(this.ctx.caller, input.unitId);
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0) throw badInput('contentBase64 is empty or not base64', 'contentBase64');
    const campaign = await this.campaign(input.campaignId);
    const sheet = await readLedger(content, { signal: importDeadline(this.ctx) });
    const refused = (errors: LedgerImportResult['errors']): LedgerImportResult => ({ applied: false, declared: 0, unchanged: 0, errors });
    if (sheet.errors.length) return refused(sheet.errors);

    const named = subjectIdsOfNewRows(sheet.rows);
    const directory = await ledgerDirectory(this.ctx, caller, input.unitId, named.TEAM, named.POST);
    const unit = directory.unit;
    if (!unit) throw appError('NOT_FOUND', `Unit ${input.unitId} was not found`, { id: input.unitId, field: 'unitId' });
    const refusal = subjectRefusal(caller, 'UNIT', subjectOfUnit(unit, 'UNIT', unit.id));
    if (refusal) throw badInput(refusal.message, 'unitId');

    try {
      return await this.ctx.em.transactional(async (em) => {
        const repository = new LedgerRepository(em);
        const ledger = (await repository.ledgerOf(campaign.id, unit.id)).filter((h) => h.tier !== 'INDUSTRY' || h.industryId === unit.industry.id);
        const candidates = [unit.id, unit.industry.id, ...unit.teams.map((t) => t.id), ...directory.teams.keys(), ...directory.members.keys()];
        const live = new Set((await repository.liveOf(campaign.id, candidates)).map((h) => h.subjectId));
        const plan = planLedgerImport(sheet.rows, { caller, unit, directory, ledger, live });
        if (plan.errors.length) return refused(plan.errors);
        const result = { applied: !input.dryRun, declared: plan.declares.length, unchanged: plan.unchanged, errors: [] };
        if (input.dryRun) return result;
        for (const { tier, subject } of plan.declares) declareCandidacy(em, caller, campaign, tier, subject, 'importLedger');
        await em.flush();
        return result;
      });
    } catch (error) {
      // Someone declared one of the subjects while this import ran: nothing of it was written.
      if (error instanceof UniqueConstraintViolationException) throw conflict(`${LIVE_CANDIDACY_MESSAGE}；请重新导入 (import again)`, { field: 'contentBase64' });
      throw error;
    }
  }

  private async campaign(campaignId: string): Promise<Campaign> {
    const campaign = isUuid(campaignId) ? await this.ctx.em.findOne(Campaign, { id: campaignId }) : null;
    if (!campaign) throw appError('NOT_FOUND', `Campaign ${campaignId} was not found`, { id: campaignId, field: 'campaignId' });
    return campaign;
  }
}
