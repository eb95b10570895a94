import {
  EVALUATOR_KINDS, ROUND_EVALUATOR_KINDS, criteriaOf, isEvaluatorKind, isRoundKind, type Criterion, type EvaluatorKind, type HonorTier,
  type Label, type RoundKind,
} from '../criteria/criteria.names.js';
import { checkScores, type ScoreInput } from '../scores/scores.check.js';
import { checkWeights, WEIGHT_KEYS, type EvaluationWeights } from './summary.check.js';
import { ZERO, add, compare, decimalFraction, div, fraction, mul, roundHalfUp, type Fraction } from './summary.exact.js';

/*
 * The summary of one subject (of tier T, with C criteria) in one round, as a formula that SQL can
 * repeat over a table of score rows (evaluation, kind, criterion, score):
 *
 *   n_k        evaluations of kind k;  S_k = the sum of their scores (n_k × C rows: every
 *              evaluation scores every criterion of T — `checkScores` — and nothing else)
 *   m_k        = S_k / (n_k × C)                              the kind's mean
 *   m_{k,c}    = (sum of criterion c's scores of kind k) / n_k the kind's mean of a criterion
 *   m_c        = (sum of criterion c's scores) / N             a criterion's mean over all N evaluations
 *   m          = (S_MASSES + S_PEERS + S_LEADERS) / (N × C)    the mean over all evaluations
 *   weighted   = Σ_{k present} w_k × m_k / Σ_{k present} w_k   (null when that sum of weights is 0)
 *
 * m_k is at once the mean of the kind's rows (`avg(score) … group by kind`), the mean of its
 * evaluations' means and the mean of its criterion means: all three are S_k / (n_k × C) because
 * every evaluation has the same C scores. It is the one used because it is a single aggregate.
 * What does differ is pooling over kinds: m and m_c give every evaluation the same say, so the
 * masses, being many, outweigh one leader; they describe the ballots. Only `weighted` applies
 * the round's weights, and only it is graded.
 *
 * Dividing by the weights of the kinds present renormalises them: with no peers yet, masses 0.4
 * and leaders 0.3 count as 4/7 and 3/7, and the summary says it is not complete and which kinds
 * are missing rather than counting the absent peers as 0.
 *
 * Published values are rounded to 2 decimals, halves away from zero, from exact values (BigInt
 * fractions; weights read as the decimals they are written as). The grade is decided on the
 * published score: a subject shown 90.00 is 优秀 even when the exact score is 89.995, since a
 * grade that disagrees with the score printed beside it would be contested, and rounding exactly
 * keeps the rule one step. In SQL: numeric (not float) throughout, the weights stored as numeric,
 * the division `S_k::numeric(40, 20) / (n_k × C)` given enough scale, and `round(…, 2)` once at
 * the end — PostgreSQL's `round` also rounds halves away from zero.
 *
 * Satisfaction (满意率) is the share of MASSES evaluations whose mean is 80 or more, tested in
 * whole numbers as (sum of the evaluation's scores) ≥ 80 × C; published to 4 decimals (66.67%).
 */

export const GRADES = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Readonly<Record<Grade, Label>> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  GOOD: { zh: '良好', en: 'Good' },
  FAIR: { zh: '一般', en: 'Fair' },
  POOR: { zh: '差', en: 'Poor' },
};

/** The lowest published score of each grade. */
export const GRADE_FLOORS: Readonly<Record<Grade, number>> = { EXCELLENT: 90, GOOD: 80, FAIR: 60, POOR: 0 };

/** A MASSES evaluation whose mean is at least this counts as satisfied. */
export const SATISFIED_MEAN = 80;
/** Decimals of every published mean and of the weighted score. */
export const SCORE_PLACES = 2;
/** Decimals of the satisfaction rate (a share: 0.6667 is 66.67%). */
export const RATE_PLACES = 4;

/** The grade of a published score (2 decimals): 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 差 below. */
export function gradeOf(score: number): Grade {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`A score is a number from 0 to 100 (got ${score})`);
  }
  return GRADES.find((grade) => score >= GRADE_FLOORS[grade])!;
}

/** One stored evaluation, as the summary reads it. */
export interface EvaluationScores {
  kind: EvaluatorKind;
  scores: readonly ScoreInput[];
}

/** What the summary needs of the round. */
export interface RoundRules {
  kind: RoundKind;
  weights: EvaluationWeights;
}

export interface KindSummary {
  kind: EvaluatorKind;
  count: number;
  /** m_k, null with no evaluation of the kind */
  mean: number | null;
  /** the round's weight of the kind, before renormalising */
  weight: number;
  /** whether the round waits for this kind: it takes it and gives it weight */
  expected: boolean;
}

export interface CriterionSummary {
  criterion: Criterion;
  /** m_c over every evaluation, null with none */
  mean: number | null;
  byKind: Record<EvaluatorKind, number | null>;
}

export interface Satisfaction {
  satisfied: number;
  total: number;
  /** satisfied / total, null with no MASSES evaluation */
  rate: number | null;
}

export interface EvaluationSummary {
  tier: HonorTier;
  count: number;
  mean: number | null;
  byKind: KindSummary[];
  criteria: CriterionSummary[];
  /** over the kinds present, renormalised; null with no evaluation of a weighted kind */
  weightedScore: number | null;
  grade: Grade | null;
  /** every expected kind has at least one evaluation */
  complete: boolean;
  missingKinds: EvaluatorKind[];
  satisfaction: Satisfaction;
}

/** The kinds a round waits for: those it takes and gives weight. */
export function expectedKinds(round: RoundRules): EvaluatorKind[] {
  return ROUND_EVALUATOR_KINDS[round.kind].filter((kind) => round.weights[WEIGHT_KEYS[kind]] > 0);
}

/** The sum of one evaluation's scores: its mean is this over the number of criteria. */
export function scoreSum(scores: readonly ScoreInput[]): number {
  return scores.reduce((sum, s) => sum + s.score, 0);
}

/** Whether one evaluation's mean is at least `SATISFIED_MEAN`, in whole numbers. */
export function isSatisfied(scores: readonly ScoreInput[]): boolean {
  return scoreSum(scores) >= SATISFIED_MEAN * scores.length;
}

const published = (x: Fraction | null) => (x === null ? null : roundHalfUp(x, SCORE_PLACES));

/**
 * The summary of one subject in one round from all of its evaluations in that round. Throws a
 * RangeError for input the service never stores (an evaluation that does not score exactly its
 * tier's criteria, a kind the round does not take, weights that do not pass `checkWeights`).
 */
export function summarize(round: RoundRules, tier: HonorTier, evaluations: readonly EvaluationScores[]): EvaluationSummary {
  if (!isRoundKind(round?.kind)) throw new RangeError(`Unknown round kind ${JSON.stringify(round?.kind)}`);
  const weightProblems = checkWeights(round.weights, round.kind);
  if (weightProblems.length > 0) throw new RangeError(`The round’s weights are not usable: ${weightProblems[0].message}`);
  const criteria = criteriaOf(tier);
  const c = criteria.length;
  const admitted = ROUND_EVALUATOR_KINDS[round.kind];

  const count = Object.fromEntries(EVALUATOR_KINDS.map((k) => [k, 0])) as Record<EvaluatorKind, number>;
  const sums = Object.fromEntries(EVALUATOR_KINDS.map((k) => [k, new Map<Criterion, number>(criteria.map((cr) => [cr, 0]))])) as Record<
    EvaluatorKind, Map<Criterion, number>
  >;
  let satisfied = 0;
  evaluations.forEach((evaluation, i) => {
    const kind = evaluation?.kind;
    if (!isEvaluatorKind(kind) || !admitted.includes(kind)) {
      throw new RangeError(`Evaluation ${i}: a ${round.kind} round takes no evaluation of kind ${JSON.stringify(kind)}`);
    }
    const problems = checkScores(tier, evaluation.scores);
    if (problems.length > 0) throw new RangeError(`Evaluation ${i}: ${problems[0].field}: ${problems[0].message}`);
    count[kind] += 1;
    for (const { criterion, score } of evaluation.scores) sums[kind].set(criterion, sums[kind].get(criterion)! + score);
    if (kind === 'MASSES' && isSatisfied(evaluation.scores)) satisfied += 1;
  });

  const kindSum = (kind: EvaluatorKind) => [...sums[kind].values()].reduce((a, b) => a + b, 0);
  const kindMean = (kind: EvaluatorKind): Fraction | null => (count[kind] === 0 ? null : fraction(kindSum(kind), count[kind] * c));
  const expected = expectedKinds(round);
  const total = EVALUATOR_KINDS.reduce((n, k) => n + count[k], 0);

  let weighted: Fraction = ZERO;
  let weightPresent: Fraction = ZERO;
  for (const kind of EVALUATOR_KINDS) {
    const m = kindMean(kind);
    if (m === null) continue;
    const w = decimalFraction(round.weights[WEIGHT_KEYS[kind]]);
    weighted = add(weighted, mul(w, m));
    weightPresent = add(weightPresent, w);
  }
  const weightedScore = compare(weightPresent, ZERO) > 0 ? roundHalfUp(div(weighted, weightPresent), SCORE_PLACES) : null;
  const missingKinds = expected.filter((kind) => count[kind] === 0);

  return {
    tier,
    count: total,
    mean: published(total === 0 ? null : fraction(EVALUATOR_KINDS.reduce((s, k) => s + kindSum(k), 0), total * c)),
    byKind: EVALUATOR_KINDS.map((kind) => ({
      kind,
      count: count[kind],
      mean: published(kindMean(kind)),
      weight: round.weights[WEIGHT_KEYS[kind]],
      expected: expected.includes(kind),
    })),
    criteria: criteria.map((criterion) => {
      const all = EVALUATOR_KINDS.reduce((s, k) => s + sums[k].get(criterion)!, 0);
      return {
        criterion,
        mean: published(total === 0 ? null : fraction(all, total)),
        byKind: Object.fromEntries(EVALUATOR_KINDS.map((k) => [k, published(count[k] === 0 ? null : fraction(sums[k].get(criterion)!, count[k]))])) as Record<
          EvaluatorKind, number | null
        >,
      };
    }),
    weightedScore,
    grade: weightedScore === null ? null : gradeOf(weightedScore),
    complete: missingKinds.length === 0,
    missingKinds,
    satisfaction: {
      satisfied,
      total: count.MASSES,
      rate: count.MASSES === 0 ? null : roundHalfUp(fraction(satisfied, count.MASSES), RATE_PLACES),
    },
  };
}
