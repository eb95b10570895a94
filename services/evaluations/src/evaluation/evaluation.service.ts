import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, appError, audit, badInput, businessToday, conflict, forbidden, rateLimited, refuse, requireCaller, type Caller } from '@sfxd/kit';
import { checkBallotCode, hashBallotCode } from '../ballot/ballot.code.js';
import { BallotRepository, type BallotRow } from '../ballot/ballot.repository.js';
import type { Context } from '../context.js';
import { EVALUATOR_KIND_LABELS, ROUND_KIND_LABELS, TIER_LABELS, roundAdmits } from '../criteria/criteria.names.js';
import { roundStatus, type EvaluationRound } from '../round/round.entity.js';
import { RoundRepository } from '../round/round.repository.js';
import { checkComment, checkScores, normalizeComment } from '../scores/scores.check.js';
import { scoreSum } from '../summary/summary.rules.js';
import type { RoundSubject } from '../subject/subject.kind.js';
import { findSubject } from '../subject/subject.lookup.js';
import { SubjectRepository } from '../subject/subject.repository.js';
import { Evaluation, EvaluationScore } from './evaluation.entity.js';
import type { SubmitEvaluationInput } from './evaluation.input.js';
import { EvaluationRepository } from './evaluation.repository.js';

/** Thrown inside the transaction when a ballot code may not be used: answered FORBIDDEN, the same for every reason. */
class BallotRefusal extends Error {}

/** One answer for a used, unknown or other round's or unit's code: it says nothing of which. */
export const refusedCode = () => forbidden('投票码无效或已使用 (this ballot code cannot be used)');
export const tooManyRefusals = (seconds: number) =>
  rateLimited(`投票码错误次数过多，请${Math.ceil(seconds / 60)}分钟后再试 (too many refused ballot codes from your address; try again in ${seconds} s)`, seconds);

/** The address the gateway signed for this request; calls that carry none share one allowance. */
export const clientKey = (ctx: Pick<Context, 'clientAddress'>) => ctx.clientAddress || 'unknown';

/**
 * Evaluations come in three ways, each with its own rule (DESIGN.md §2, issue "how evaluations
 * come in"): MASSES with a one-time code and no account; PEERS with a code bound to a member of the
 * subject's unit, once per subject, never themself; LEADERS signed in as LEADER or ADMIN, once per
 * subject, a second replacing the first while the round is open (the first kept as history). The
 * round must be open and take the kind; the scores must be exactly the tier's criteria, 0–100.
 *
 * The code's use, the evaluation, its scores and the audit line commit together or not at all.
 * The ballot's row is locked while it is used, so the same code sent twice at once gives one
 * evaluation and one refusal. Refused codes are counted per client address in the database (not in
 * memory: the count must hold across restarts and across instances of this subgraph behind one
 * gateway), and an address past the limit is turned away (RATE_LIMITED, with the seconds until
 * its oldest refusal ages out) before any code is looked up.
 */
export class EvaluationService {
  constructor(private readonly ctx: Context) {}

  async submit(input: SubmitEvaluationInput): Promise<Evaluation> {
    const kind = input.evaluatorKind;
    const { settings } = this.ctx.loaders;
    refuse(checkComment(input.comment));
    let leader: Caller | null = null;
    let codeHash: string | null = null;
    if (kind === 'LEADERS') {
      leader = requireCaller(this.ctx.caller);
      if (leader.role !== Role.LEADER && leader.role !== Role.ADMIN) throw forbidden(`领导点评须由领导（LEADER）或工委（ADMIN）登录评议 (LEADERS evaluations are given by a signed-in LEADER or ADMIN; ${leader.role} gives none)`);
      if (input.ballotCode != null) throw badInput('领导点评无需投票码 (a LEADERS evaluation takes no ballot code)', 'ballotCode');
    } else {
      if (input.ballotCode == null || input.ballotCode.trim() === '') throw badInput(`${EVALUATOR_KIND_LABELS[kind].zh}须填写投票码 (a ${kind} evaluation needs its ballot code)`, 'ballotCode');
      refuse(checkBallotCode(input.ballotCode));
      const ballots = new BallotRepository(this.ctx.em);
      const refusals = await ballots.refusalsSince(clientKey(this.ctx), settings.guessWindowMinutes);
      if (refusals.count >= settings.guessLimit) throw tooManyRefusals(refusals.agesOutInSeconds);
      codeHash = hashBallotCode(input.ballotCode, settings.ballotPepper);
    }

    const round = await this.ctx.loaders.round.load(input.roundId);
    if (!round) throw appError('NOT_FOUND', `EvaluationRound ${input.roundId} was not found`, { id: input.roundId, field: 'roundId' });
    requireOpen(round);
    if (!roundAdmits(round.kind, kind)) {
      throw badInput(`${ROUND_KIND_LABELS[round.kind].zh}不含${EVALUATOR_KIND_LABELS[kind].zh} (a ${round.kind} round takes no ${kind} evaluations)`, 'evaluatorKind');
    }
    // A leader's subject is asked of its owners (as the leader) the first time it is evaluated in the round.
    const leaderSubject = leader ? await this.leaderSubject(leader, round, input.subjectId) : null;

    try {
      return await this.ctx.em.transactional(async (em) => {
        const locked = await new RoundRepository(em).locked(round.id, 'share');
        requireOpen(locked!);
        let subject: RoundSubject;
        let ballot: BallotRow | null = null;
        if (leaderSubject) {
          subject = leaderSubject;
          await new SubjectRepository(em).register(round.id, [subject]);
        } else {
          ballot = await new BallotRepository(em).lockByHash(codeHash!);
          if (!ballot || ballot.round_id !== round.id || ballot.kind !== kind || ballot.used_at) throw new BallotRefusal();
          const found = await new SubjectRepository(em).find(round.id, input.subjectId);
          if (!found || !(found.unitId === ballot.unit_id || (found.unitId === null && found.industryId === ballot.industry_id))) throw new BallotRefusal();
          subject = found;
          if (kind === 'PEERS' && subject.subjectId === ballot.evaluator_member_id) throw badInput('不能评议自己 (a member cannot evaluate themself)', 'subjectId');
        }
        return await this.write(em, locked!, subject, input, ballot, leader);
      });
    } catch (error) {
      if (error instanceof BallotRefusal) {
        await new BallotRepository(this.ctx.em).recordRefusal(clientKey(this.ctx), settings.guessWindowMinutes);
        throw refusedCode();
      }
      if (error instanceof UniqueConstraintViolationException) throw alreadyEvaluated(kind);
      throw error;
    }
  }

  private async leaderSubject(leader: Caller, round: EvaluationRound, id: string): Promise<RoundSubject> {
    const registered = await new SubjectRepository(this.ctx.em).find(round.id, id);
    if (registered) return registered;
    const found = await findSubject(this.ctx, leader, round.campaignId, id);
    if (!found) throw appError('NOT_FOUND', `No member, team, unit, industry or candidacy ${id}`, { id, field: 'subjectId' });
    if (found.viaHonor && found.honorId === null) throw badInput('该申报不属于本轮所在年度或已终止 (the candidacy is not a live one of this round’s campaign)', 'subjectId');
    if (found.excluded) throw badInput('该单位另行组织实施，不参加本次示范行动 (the unit is excluded from the city’s action)', 'subjectId');
    if (found.archived) throw badInput('该对象已停用 (the subject is archived)', 'subjectId');
    const { excluded: _e, archived: _a, viaHonor: _v, ...subject } = found;
    return subject;
  }

  private async write(em: EntityManager, round: EvaluationRound, subject: RoundSubject, input: SubmitEvaluationInput, ballot: BallotRow | null, leader: Caller | null): Promise<Evaluation> {
    const kind = input.evaluatorKind;
    if (!round.tiers.includes(subject.tier)) {
      throw badInput(`本轮不评议${TIER_LABELS[subject.tier].zh} (the round does not evaluate ${subject.tier} subjects)`, 'subjectId');
    }
    if (round.kind === 'MASS_REVIEW' && !subject.honorId) throw badInput('群众评议只评议本年度在办的申报对象 (a mass review evaluates live candidacies only)', 'subjectId');
    refuse(checkScores(subject.tier, input.scores));
    const evaluations = new EvaluationRepository(em);
    if (kind === 'PEERS' && (await evaluations.peerEvaluated(round.id, subject.subjectId, ballot!.evaluator_member_id!))) throw alreadyEvaluated(kind);
    const now = new Date();
    const previous = leader ? await evaluations.currentOfLeader(round.id, subject.subjectId, leader.sub) : null;
    // The old one steps aside first: one current evaluation per leader is a unique index.
    if (previous) await evaluations.supersede(previous.id, now);
    const evaluation = em.create(Evaluation, {
      roundId: round.id, subjectId: subject.subjectId, subjectKind: subject.kind, tier: subject.tier, unitId: subject.unitId,
      industryId: subject.industryId, honorId: subject.honorId, kind, evaluatorMemberId: ballot?.evaluator_member_id ?? null,
      evaluatorSub: leader?.sub ?? null, scoreSum: scoreSum(input.scores), criteriaCount: input.scores.length,
      comment: normalizeComment(input.comment), submittedAt: now,
    });
    // The evaluation's row first: its scores refer to it, and MikroORM knows no relation to order them by.
    await em.flush();
    for (const { criterion, score } of input.scores) em.create(EvaluationScore, { evaluationId: evaluation.id, criterion, score });
    await em.flush();
    if (previous) await evaluations.linkSuccessor(previous.id, evaluation.id);
    if (ballot && kind === 'MASSES') await new BallotRepository(em).markUsed(ballot.id);
    audit(em, this.ctx.caller, {
      operation: 'submitEvaluation', entityType: 'Evaluation', entityId: evaluation.id, unitId: subject.unitId,
      detail: { roundId: round.id, subjectId: subject.subjectId, kind, tier: subject.tier, ...(previous ? { replaces: previous.id } : {}) },
    });
    return evaluation;
  }
}

function requireOpen(round: EvaluationRound): void {
  const status = roundStatus(round, businessToday());
  if (status === 'SCHEDULED') throw badInput(`评议轮次“${round.name}”尚未开始，${round.opensOn}开始 (the round opens on ${round.opensOn})`, 'roundId');
  if (status === 'CLOSED') throw badInput(`评议轮次“${round.name}”已结束 (the round is closed)`, 'roundId');
}

const alreadyEvaluated = (kind: string) =>
  conflict(kind === 'PEERS' ? '您已评议过该对象 (this member has already evaluated this subject in the round)' : '该评议已提交 (this evaluation was already given)', { field: 'subjectId' });
