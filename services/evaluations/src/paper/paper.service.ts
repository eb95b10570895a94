import { appError, audit, badInput, bulkInsert, businessToday, importDeadline, requireUnitWrite, type Caller } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import { SCHEMA } from '../database-schema.js';
import { roundStatus, type EvaluationRound } from '../round/round.entity.js';
import { RoundRepository } from '../round/round.repository.js';
import { unitSubjects } from '../subject/subject.lookup.js';
import { SubjectRepository } from '../subject/subject.repository.js';
import { planPaperImport } from './paper.import.js';
import { readPaperSheet, writeTemplate } from './paper.sheet.js';
import type { ImportPaperBallotsInput, PaperBallotFile, PaperImportResult } from './paper.types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Paper ballots of the masses (纸质群众评议票), for meetings where people score on paper: ADMIN
 * or the unit's UNIT_ADMIN exports the round's template for the unit (its subjects, asked of their
 * owners as the caller and kept with the round) and imports the filled-in sheet back. Every row
 * and column is checked first; with any error nothing is written; a dry run only reports. The
 * evaluations and the audit line commit together.
 */
export class PaperService {
  constructor(private readonly ctx: Context) {}

  private async round(roundId: string): Promise<EvaluationRound> {
    const round = await this.ctx.loaders.round.load(roundId);
    if (!round) throw appError('NOT_FOUND', `EvaluationRound ${roundId} was not found`, { id: roundId, field: 'roundId' });
    return round;
  }

  async template(roundId: string, unitId: string): Promise<PaperBallotFile> {
    const caller: Caller = requireUnitWrite(this.ctx.caller, unitId);
    const round = await this.round(roundId);
    const found = await unitSubjects(this.ctx, caller, round, unitId);
    if (!found) throw appError('NOT_FOUND', `Unit ${unitId} was not found`, { id: unitId, field: 'unitId' });
    if (found.unit.excluded) throw badInput('该单位另行组织实施，不参加本次示范行动 (the unit is excluded from the city’s action)', 'unitId');
    const content = await writeTemplate(round.name, round.tiers, found.subjects.map((s) => ({ id: s.subjectId, name: found.names.get(s.subjectId) ?? '', tier: s.tier })));
    await this.ctx.em.transactional(async (em) => {
      await new SubjectRepository(em).register(round.id, found.subjects, { names: found.names, unitName: found.unit.name });
      audit(em, caller, { operation: 'exportPaperBallotTemplate', entityType: 'EvaluationRound', entityId: round.id, unitId, detail: { subjects: found.subjects.length } });
    });
    return {
      filename: `${round.name}-${found.unit.name}-纸质评议票-${businessToday().replace(/-/g, '')}.xlsx`, contentType: XLSX,
      contentBase64: content.toString('base64'), rows: found.subjects.length,
    };
  }

  async import(input: ImportPaperBallotsInput): Promise<PaperImportResult> {
    const caller: Caller = requireUnitWrite(this.ctx.caller, input.unitId);
    const round = await this.round(input.roundId);
    requireOpen(round);
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0) throw badInput('contentBase64 is empty or not base64', 'contentBase64');
    const refused = (errors: PaperImportResult['errors']): PaperImportResult => ({ applied: false, ballots: 0, errors });
    const { sheet, missing } = await readPaperSheet(content, round.tiers, importDeadline(this.ctx));
    if (!sheet) return refused(missing.map((header) => ({ row: 1, column: header, cell: null, message: `缺少“${header}”列 (missing column)` })));
    const subjects = await new SubjectRepository(this.ctx.em).ofUnitAndIndustry(round.id, input.unitId);
    const plan = planPaperImport(sheet, round.tiers, new Map(subjects.map((s) => [s.subjectId, s])));
    if (plan.errors.length) return refused(plan.errors);
    if (input.dryRun) return { applied: false, ballots: plan.ballots.length, errors: [] };
    return this.ctx.em.transactional(async (em) => {
      const locked = await new RoundRepository(em).locked(round.id, 'share');
      requireOpen(locked!);
      const now = new Date().toISOString();
      const rows = plan.ballots.map((b) => ({ id: randomUUID(), ...b }));
      await bulkInsert(em, SCHEMA, 'evaluation',
        ['id', 'round_id', 'subject_id', 'subject_kind', 'tier', 'unit_id', 'industry_id', 'honor_id', 'kind', 'source', 'score_sum', 'criteria_count', 'comment', 'submitted_at'],
        rows.map((r) => [r.id, round.id, r.subject.subjectId, r.subject.kind, r.subject.tier, r.subject.unitId, r.subject.industryId, r.subject.honorId, 'MASSES', 'PAPER',
          r.scores.reduce((sum, s) => sum + s.score, 0), r.scores.length, r.comment, now]));
      await bulkInsert(em, SCHEMA, 'evaluation_score', ['evaluation_id', 'criterion', 'score'], rows.flatMap((r) => r.scores.map((s) => [r.id, s.criterion, s.score])));
      audit(em, caller, { operation: 'importPaperBallots', entityType: 'EvaluationRound', entityId: round.id, unitId: input.unitId, detail: { ballots: rows.length } });
      return { applied: true, ballots: rows.length, errors: [] };
    });
  }
}

function requireOpen(round: EvaluationRound): void {
  if (roundStatus(round, businessToday()) !== 'OPEN') throw badInput(`评议轮次“${round.name}”未开放 (the round is not open)`, 'roundId');
}
