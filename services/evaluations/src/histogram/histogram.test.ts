import { describe, expect, it } from 'vitest';
import { criteriaOf, type EvaluatorKind, type HonorTier } from '../criteria/criteria.names.js';
import type { EvaluationScores } from '../summary/summary.rules.js';
import { SCORE_BUCKETS, bucketIndex, scoreHistogram } from './histogram.rules.js';

function ev(tier: HonorTier, kind: EvaluatorKind, ...scores: number[]): EvaluationScores {
  return { kind, scores: criteriaOf(tier).map((criterion, i) => ({ criterion, score: scores[i] })) };
}

describe('the score buckets', () => {
  it('are five, on the grade lines, covering 0 to 100 without gap or overlap', () => {
    expect(SCORE_BUCKETS.map((b) => [b.from, b.to])).toEqual([[0, 59], [60, 69], [70, 79], [80, 89], [90, 100]]);
    expect(SCORE_BUCKETS.map((b) => b.label.zh)).toEqual(['60分以下', '60–69分', '70–79分', '80–89分', '90–100分']);
    SCORE_BUCKETS.slice(1).forEach((b, i) => expect(b.from).toBe(SCORE_BUCKETS[i].to + 1));
  });

  it('put a mean in the bucket of the highest line it reaches: 89.75 in 80–89, 90 in 90–100, 59.75 below 60', () => {
    expect(bucketIndex(359, 4)).toBe(3); // 89.75
    expect(bucketIndex(360, 4)).toBe(4); // 90
    expect(bucketIndex(269, 3)).toBe(3); // 89.67
    expect(bucketIndex(270, 3)).toBe(4);
    expect(bucketIndex(239, 4)).toBe(0); // 59.75
    expect(bucketIndex(240, 4)).toBe(1);
    expect(bucketIndex(0, 4)).toBe(0);
    expect(bucketIndex(400, 4)).toBe(4);
  });

  it('refuse a sum that no evaluation can have', () => {
    for (const [sum, n] of [[-1, 4], [401, 4], [359.5, 4], [10, 0]]) expect(() => bucketIndex(sum, n), `${sum}/${n}`).toThrow(RangeError);
  });
});

describe('a round’s score histogram', () => {
  it('counts each evaluation once, by its mean, per evaluator kind, with every kind listed', () => {
    const histogram = scoreHistogram([
      ev('POST', 'MASSES', 90, 85, 80, 75), // 82.5
      ev('POST', 'MASSES', 50, 60, 55, 60), // 56.25
      ev('POST', 'MASSES', 100, 90, 90, 80), // 90
      ev('POST', 'MASSES', 60, 60, 60, 60), // 60
      ev('INDUSTRY', 'LEADERS', 90, 90, 89), // 89.67
      ev('TEAM', 'LEADERS', 70, 79, 70, 70), // 72.25
    ]);
    expect(histogram).toEqual([
      { kind: 'MASSES', total: 4, counts: [1, 1, 0, 1, 1] },
      { kind: 'PEERS', total: 0, counts: [0, 0, 0, 0, 0] },
      { kind: 'LEADERS', total: 2, counts: [0, 0, 1, 1, 0] },
    ]);
  });

  it('is all zeros with no evaluation', () => {
    expect(scoreHistogram([]).map((h) => h.total)).toEqual([0, 0, 0]);
  });

  it('refuses an evaluation that does not score exactly its tier’s criteria, or has no known kind', () => {
    const incomplete = { kind: 'MASSES', scores: ev('POST', 'MASSES', 1, 2, 3, 4).scores.slice(0, 3) } as EvaluationScores;
    expect(() => scoreHistogram([incomplete])).toThrow(/scores.POST_DUTY/);
    expect(() => scoreHistogram([{ kind: 'MASSES', scores: [] }])).toThrow(RangeError);
    expect(() => scoreHistogram([{ ...ev('POST', 'MASSES', 1, 2, 3, 4), kind: 'VOTERS' as never }])).toThrow(RangeError);
  });
});
