import { EVALUATOR_KINDS, isCriterion, isEvaluatorKind, tierOf, type EvaluatorKind, type Label } from '../criteria/criteria.names.js';
import { checkScores } from '../scores/scores.check.js';
import type { EvaluationScores } from '../summary/summary.rules.js';

/*
 * The distribution of scores in a round, per evaluator kind. What is counted is each evaluation's
 * mean (one ballot, one count), not each criterion's score: a ballot scoring four criteria would
 * otherwise count four times, and a round's posts (4 criteria) and industries (3) would weigh
 * differently. So a round mixing tiers has one histogram.
 *
 * Five buckets on the grade lines rather than ten 10-wide ones: below 60 (差), 60–69 and 70–79
 * (一般, split to show where in it the ballots lie), 80–89 (良好) and 90–100 (优秀). They read
 * against the grades and the satisfaction rate (the two top buckets are the satisfied ballots),
 * and 10-wide buckets under 60 are nearly always empty. A bucket holds the means from its `from`
 * up to the next bucket's `from`, excluded: 89.75 is in 80–89. The test is done in whole numbers
 * as (sum of the evaluation's scores) ≥ from × (its number of criteria), which in SQL reads
 * `case when sum(score) >= 90 * count(*) then … end` over the evaluation's score rows.
 */

export interface ScoreBucket {
  /** the lowest mean in the bucket */
  from: number;
  /** the label's upper end: means up to the next bucket's `from`, excluded (100 in the last) */
  to: number;
  label: Label;
}

export const SCORE_BUCKETS: readonly ScoreBucket[] = [
  { from: 0, to: 59, label: { zh: '60分以下', en: 'Below 60' } },
  { from: 60, to: 69, label: { zh: '60–69分', en: '60–69' } },
  { from: 70, to: 79, label: { zh: '70–79分', en: '70–79' } },
  { from: 80, to: 89, label: { zh: '80–89分', en: '80–89' } },
  { from: 90, to: 100, label: { zh: '90–100分', en: '90–100' } },
];

/** The bucket index of an evaluation whose `criteria` scores sum to `sum`. */
export function bucketIndex(sum: number, criteria: number): number {
  if (!Number.isInteger(sum) || !Number.isInteger(criteria) || criteria < 1 || sum < 0 || sum > 100 * criteria) {
    throw new RangeError(`Not the sum of ${criteria} scores from 0 to 100: ${sum}`);
  }
  let index = 0;
  SCORE_BUCKETS.forEach((bucket, i) => {
    if (sum >= bucket.from * criteria) index = i;
  });
  return index;
}

export interface KindHistogram {
  kind: EvaluatorKind;
  total: number;
  /** one count per bucket of `SCORE_BUCKETS`, in order */
  counts: number[];
}

/**
 * A histogram per evaluator kind (all three, in order, empty ones included) of the evaluations'
 * means. The evaluations may be of subjects of different tiers; each must score exactly its own
 * tier's criteria (a RangeError otherwise: the service stores no other).
 */
export function scoreHistogram(evaluations: readonly EvaluationScores[]): KindHistogram[] {
  const byKind = new Map(EVALUATOR_KINDS.map((kind) => [kind, SCORE_BUCKETS.map(() => 0)]));
  evaluations.forEach((evaluation, i) => {
    const kind = evaluation?.kind;
    if (!isEvaluatorKind(kind)) throw new RangeError(`Evaluation ${i}: unknown kind ${JSON.stringify(kind)}`);
    const first = evaluation.scores?.[0]?.criterion;
    if (!isCriterion(first)) throw new RangeError(`Evaluation ${i}: no criterion to tell its tier by`);
    const problems = checkScores(tierOf(first), evaluation.scores);
    if (problems.length > 0) throw new RangeError(`Evaluation ${i}: ${problems[0].field}: ${problems[0].message}`);
    const sum = evaluation.scores.reduce((s, x) => s + x.score, 0);
    byKind.get(kind)![bucketIndex(sum, evaluation.scores.length)] += 1;
  });
  return EVALUATOR_KINDS.map((kind) => {
    const counts = byKind.get(kind)!;
    return { kind, total: counts.reduce((a, b) => a + b, 0), counts };
  });
}
