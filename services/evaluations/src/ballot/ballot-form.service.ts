import { businessToday, refuse } from '@sfxd/kit';
import type { Context } from '../context.js';
import { CRITERIA, CRITERION_LABELS, EVALUATOR_KIND_LABELS, ROUND_KIND_LABELS, TIER_LABELS, type HonorTier } from '../criteria/criteria.names.js';
import { EvaluationRepository } from '../evaluation/evaluation.repository.js';
import { clientKey, refusedCode, tooManyRefusals } from '../evaluation/evaluation.service.js';
import { roundStatus } from '../round/round.entity.js';
import { MAX_SCORE, MIN_SCORE } from '../scores/scores.check.js';
import { SubjectRepository } from '../subject/subject.repository.js';
import { checkBallotCode, formatBallotCode, hashBallotCode, normalizeBallotCode } from './ballot.code.js';
import { BallotRepository } from './ballot.repository.js';
import type { BallotCriterion, BallotForm } from './ballot-form.types.js';

const criteriaOf = (tier: HonorTier): BallotCriterion[] =>
  CRITERIA[tier].map((criterion) => {
    const { label, hint } = CRITERION_LABELS[criterion];
    return { criterion, name: label.zh, nameEn: label.en, hint: hint.zh, hintEn: hint.en, minScore: MIN_SCORE, maxScore: MAX_SCORE };
  });

/**
 * The public ballot form: what the holder of a code may score. A code is a credential that can be
 * guessed, so this look-up is held to exactly the rules of `submitEvaluation`: a mistyped code
 * (check character) is BAD_USER_INPUT and counts for nothing; an address past the limit of refused
 * codes is turned away (RATE_LIMITED) before the code is looked up; an unknown code, or a MASSES
 * code already used, is FORBIDDEN with the same message whatever the reason, and counts as a
 * refusal of the address — the same count that submissions add to, so alternating the two gains
 * an attacker nothing. A valid code of a closed round is answered (with `open: false`): its holder
 * has the paper in hand, and telling them the round is over is the useful answer.
 */
export class BallotFormService {
  constructor(private readonly ctx: Context) {}

  async lookup(code: string): Promise<BallotForm> {
    refuse(checkBallotCode(code, 'code'));
    const { settings } = this.ctx.loaders;
    const ballots = new BallotRepository(this.ctx.em);
    const address = clientKey(this.ctx);
    const refusals = await ballots.refusalsSince(address, settings.guessWindowMinutes);
    if (refusals.count >= settings.guessLimit) throw tooManyRefusals(refusals.agesOutInSeconds);

    const ballot = await ballots.findByHash(hashBallotCode(code, settings.ballotPepper));
    const round = ballot ? await this.ctx.loaders.round.load(ballot.round_id) : null;
    if (!ballot || !round || ballot.used_at) {
      await ballots.recordRefusal(address, settings.guessWindowMinutes);
      throw refusedCode();
    }
    const [subjects, done] = await Promise.all([
      new SubjectRepository(this.ctx.em).ofBallot(round.id, ballot.unit_id, ballot.industry_id),
      ballot.kind === 'PEERS' ? new EvaluationRepository(this.ctx.em).peerEvaluatedSubjects(round.id, ballot.evaluator_member_id!) : Promise.resolve(new Set<string>()),
    ]);
    const status = roundStatus(round, businessToday());
    return {
      code: formatBallotCode(normalizeBallotCode(code)),
      evaluatorKind: ballot.kind,
      evaluatorKindName: EVALUATOR_KIND_LABELS[ballot.kind].zh,
      unitName: subjects.find((s) => s.unitId === ballot.unit_id && s.unitName)?.unitName ?? null,
      round: {
        id: round.id, name: round.name, kind: round.kind, kindName: ROUND_KIND_LABELS[round.kind].zh,
        opensOn: round.opensOn, closesOn: round.closesOn, status, open: status === 'OPEN',
      },
      subjects: subjects
        // A member never evaluates themself, and a round scores only its own tiers.
        .filter((s) => round.tiers.includes(s.tier) && s.subjectId !== ballot.evaluator_member_id)
        .map((s) => ({
          id: s.subjectId, tier: s.tier, tierName: TIER_LABELS[s.tier].zh, name: s.name, unitName: s.unitName,
          evaluated: done.has(s.subjectId), criteria: criteriaOf(s.tier),
        })),
    };
  }
}
