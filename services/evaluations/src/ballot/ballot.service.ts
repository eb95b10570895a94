import {
  appError, audit, badInput, refuse, requireUnitWrite, type Caller,
} from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import { EVALUATOR_KIND_LABELS, ROUND_KIND_LABELS, roundAdmits } from '../criteria/criteria.names.js';
import { roundStatus } from '../round/round.entity.js';
import { RoundRepository } from '../round/round.repository.js';
import { businessToday } from '@sfxd/kit';
import { unitSubjects } from '../subject/subject.lookup.js';
import { Member, stubOf } from '../subject/subject.stubs.js';
import { SubjectRepository } from '../subject/subject.repository.js';
import { formatBallotCode, generateBallotCodes, hashBallotCode } from './ballot.code.js';
import { BallotRepository, type NewBallot } from './ballot.repository.js';
import { ballotQrSvg, ballotSheetHtml, ballotUrl } from './ballot.sheet.js';
import { MAX_BALLOTS_PER_SHEET, type IssueBallotsInput, type IssuedBallots } from './ballot.types.js';

/**
 * Ballot codes are issued by ADMIN or the unit's own UNIT_ADMIN, for a round that is not closed
 * and one unit: MASSES codes by the count, or one PEERS code per member of the unit. The unit's
 * subjects of the round (its members, teams, the unit, its industry, with their live candidacies)
 * are asked of their owners now, as the issuer, and kept with the round: whoever holds a code
 * later has no account, and the subgraph answers them from what it was told here. The codes are
 * returned this once; only their peppered hashes are written, with the subjects and the audit line
 * in one transaction.
 */
export class BallotService {
  constructor(private readonly ctx: Context) {}

  async issue(input: IssueBallotsInput): Promise<IssuedBallots> {
    const caller: Caller = requireUnitWrite(this.ctx.caller, input.unitId);
    const { settings } = this.ctx.loaders;
    const round = await this.ctx.loaders.round.load(input.roundId);
    if (!round) throw appError('NOT_FOUND', `EvaluationRound ${input.roundId} was not found`, { id: input.roundId, field: 'roundId' });
    if (roundStatus(round, businessToday()) === 'CLOSED') throw badInput(`评议轮次“${round.name}”已结束 (the round is closed)`, 'roundId');
    const kind = input.evaluatorKind;
    if (kind === 'LEADERS') throw badInput('领导点评由领导登录后直接评议，无需投票码 (leaders sign in to evaluate: they need no ballot code)', 'evaluatorKind');
    if (!roundAdmits(round.kind, kind)) {
      throw badInput(`${ROUND_KIND_LABELS[round.kind].zh}不含${EVALUATOR_KIND_LABELS[kind].zh} (a ${round.kind} round takes no ${kind} evaluations)`, 'evaluatorKind');
    }
    if (kind === 'MASSES') {
      const count = input.count;
      if (count == null || !Number.isInteger(count) || count < 1 || count > MAX_BALLOTS_PER_SHEET) {
        refuse([{ field: 'count', message: `一次发放1–${MAX_BALLOTS_PER_SHEET}张群众评议票 (count must be 1–${MAX_BALLOTS_PER_SHEET})` }]);
      }
      if (input.evaluatorIds != null) throw badInput('evaluatorIds are for PEERS codes only', 'evaluatorIds');
    } else if (input.count != null) throw badInput('PEERS codes are one per member: give evaluatorIds, not count', 'count');

    const found = await unitSubjects(this.ctx, caller, round, input.unitId);
    if (!found) throw appError('NOT_FOUND', `Unit ${input.unitId} was not found`, { id: input.unitId, field: 'unitId' });
    if (found.unit.excluded) throw badInput('该单位另行组织实施，不参加本次示范行动 (the unit is excluded from the city’s action)', 'unitId');
    if (found.unit.archived) throw badInput('该单位已停用 (the unit is archived)', 'unitId');

    let holders: { id: string; name: string }[] = [];
    if (kind === 'PEERS') {
      const byId = new Map(found.members.map((m) => [m.id, m]));
      const ids = input.evaluatorIds ?? found.members.map((m) => m.id);
      ids.forEach((id, i) => {
        if (!byId.has(id)) refuse([{ field: `evaluatorIds[${i}]`, message: `${id}不是本单位党员 (${id} is not a member of the unit)` }]);
      });
      if (new Set(ids).size !== ids.length) refuse([{ field: 'evaluatorIds', message: 'evaluatorIds must be distinct' }]);
      if (ids.length === 0) refuse([{ field: 'evaluatorIds', message: '本单位没有党员可发放互评码 (the unit has no members to give PEERS codes to)' }]);
      if (ids.length > MAX_BALLOTS_PER_SHEET) refuse([{ field: 'evaluatorIds', message: `at most ${MAX_BALLOTS_PER_SHEET} at a time` }]);
      holders = ids.map((id) => byId.get(id)!);
    }

    const count = kind === 'MASSES' ? input.count! : holders.length;
    const codes = generateBallotCodes(count);
    const batchId = randomUUID();
    const issuedAt = new Date().toISOString();
    const rows: NewBallot[] = codes.map((code, i) => ({
      id: randomUUID(), roundId: round.id, unitId: found.unit.id, industryId: found.unit.industry.id, kind,
      codeHash: hashBallotCode(code, settings.ballotPepper), evaluatorMemberId: kind === 'PEERS' ? holders[i]!.id : null,
      batchId, issuedAt, issuedBy: caller.sub,
    }));
    const ballots = await Promise.all(codes.map(async (raw, i) => {
      const url = ballotUrl(settings.publicBaseUrl, raw);
      return { code: formatBallotCode(raw), url, qrSvg: await ballotQrSvg(url), evaluator: kind === 'PEERS' ? stubOf(Member, holders[i]!.id) : null, holder: holders[i]?.name ?? null };
    }));

    await this.ctx.em.transactional(async (em) => {
      // The round is read again under a share lock: a close committed meanwhile is seen, and waits for this.
      const locked = await new RoundRepository(em).locked(round.id, 'share');
      if (!locked || roundStatus(locked, businessToday()) === 'CLOSED') throw badInput(`评议轮次“${round.name}”已结束 (the round is closed)`, 'roundId');
      await new SubjectRepository(em).register(round.id, found.subjects, { names: found.names, unitName: found.unit.name });
      await new BallotRepository(em).insert(rows);
      audit(em, caller, {
        operation: 'issueBallots', entityType: 'EvaluationRound', entityId: round.id, unitId: found.unit.id,
        detail: { batchId, kind, count, subjects: found.subjects.length, ...(kind === 'PEERS' ? { evaluatorIds: holders.map((h) => h.id) } : {}) },
      });
    });

    const html = ballotSheetHtml({ roundName: round.name, unitName: found.unit.name, kind, ballots, publicBaseUrl: settings.publicBaseUrl });
    return {
      batchId, evaluatorKind: kind, count, roundId: round.id, unitId: found.unit.id,
      ballots: ballots.map(({ holder: _holder, ...b }) => b),
      sheet: {
        filename: `${round.name}-${found.unit.name}-${EVALUATOR_KIND_LABELS[kind].zh}票-${batchId.slice(0, 8)}.html`,
        contentType: 'text/html; charset=utf-8',
        contentBase64: Buffer.from(html, 'utf8').toString('base64'),
      },
    };
  }
}

