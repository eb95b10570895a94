import { describe, expect, it } from 'vitest';
import { EVALUATOR_KINDS, criteriaOf, type EvaluatorKind, type HonorTier } from '../criteria/criteria.names.js';
import { checkWeights, type EvaluationWeights } from './summary.check.js';
import { decimalFraction, fraction, roundHalfUp } from './summary.exact.js';
import { GRADE_LABELS, gradeOf, summarize, type EvaluationScores, type RoundRules } from './summary.rules.js';

const DEFAULT_WEIGHTS: EvaluationWeights = { masses: 0.4, peers: 0.3, leaders: 0.3 };
const yearEnd: RoundRules = { kind: 'YEAR_END_ASSESSMENT', weights: DEFAULT_WEIGHTS };
const massReview: RoundRules = { kind: 'MASS_REVIEW', weights: DEFAULT_WEIGHTS };

/** An evaluation of a subject of `tier` scoring its criteria in order. */
function ev(kind: EvaluatorKind, ...scores: number[]): EvaluationScores {
  return evOf('POST', kind, ...scores);
}
function evOf(tier: HonorTier, kind: EvaluatorKind, ...scores: number[]): EvaluationScores {
  const criteria = criteriaOf(tier);
  if (scores.length !== criteria.length) throw new Error('one score per criterion');
  return { kind, scores: criteria.map((criterion, i) => ({ criterion, score: scores[i] })) };
}
const times = (n: number, e: EvaluationScores) => Array.from({ length: n }, () => e);

// The hand-computed case: 3 masses, 2 peers and 1 leader on a post (政治合格, 守规矩重品行, 联系服务群众, 担当作为).
const masses = [ev('MASSES', 90, 80, 85, 75), ev('MASSES', 85, 75, 80, 80), ev('MASSES', 80, 70, 90, 70)];
const peers = [ev('PEERS', 92, 88, 90, 90), ev('PEERS', 88, 92, 86, 90)];
const leader = [ev('LEADERS', 95, 90, 92, 95)];

describe('the summary of a post evaluated by 3 of the masses, 2 peers and 1 leader', () => {
  const summary = summarize(yearEnd, 'POST', [...masses, ...peers, ...leader]);

  it('counts the evaluations of each kind', () => {
    expect(summary.count).toBe(6);
    expect(summary.byKind.map((k) => [k.kind, k.count])).toEqual([['MASSES', 3], ['PEERS', 2], ['LEADERS', 1]]);
  });

  it('gives each criterion’s mean per kind and over every evaluation', () => {
    // 政治合格: masses (90+85+80)/3 = 85, peers (92+88)/2 = 90, leader 95; all six 530/6 = 88.33…
    expect(summary.criteria).toEqual([
      { criterion: 'POST_POLITICAL', mean: 88.33, byKind: { MASSES: 85, PEERS: 90, LEADERS: 95 } },
      { criterion: 'POST_DISCIPLINE', mean: 82.5, byKind: { MASSES: 75, PEERS: 90, LEADERS: 90 } },
      { criterion: 'POST_SERVICE', mean: 87.17, byKind: { MASSES: 85, PEERS: 88, LEADERS: 92 } },
      { criterion: 'POST_DUTY', mean: 83.33, byKind: { MASSES: 75, PEERS: 90, LEADERS: 95 } },
    ]);
  });

  it('gives each kind’s mean, its weight, and the mean over all evaluations', () => {
    // masses 960/12 = 80, peers 716/8 = 89.5, leader 372/4 = 93; all 2048/24 = 85.33…
    expect(summary.byKind).toEqual([
      { kind: 'MASSES', count: 3, mean: 80, weight: 0.4, expected: true },
      { kind: 'PEERS', count: 2, mean: 89.5, weight: 0.3, expected: true },
      { kind: 'LEADERS', count: 1, mean: 93, weight: 0.3, expected: true },
    ]);
    expect(summary.mean).toBe(85.33);
  });

  it('weighs the kinds 0.4, 0.3 and 0.3 into 86.75, graded 良好, and is complete', () => {
    // 0.4 × 80 + 0.3 × 89.5 + 0.3 × 93 = 32 + 26.85 + 27.9
    expect(summary).toMatchObject({ weightedScore: 86.75, grade: 'GOOD', complete: true, missingKinds: [] });
    expect(GRADE_LABELS[summary.grade!].zh).toBe('良好');
  });

  it('counts 2 of the 3 masses as satisfied: means 82.5 and exactly 80 are, 77.5 is not', () => {
    expect(summary.satisfaction).toEqual({ satisfied: 2, total: 3, rate: 0.6667 });
  });

  it('with no peers, is not complete, names PEERS, and weighs the masses and the leader as 4/7 and 3/7', () => {
    const noPeers = summarize(yearEnd, 'POST', [...masses, ...leader]);
    // (0.4 × 80 + 0.3 × 93) / 0.7 = 59.9 / 0.7 = 85.571…
    expect(noPeers).toMatchObject({ complete: false, missingKinds: ['PEERS'], weightedScore: 85.57, grade: 'GOOD', count: 4 });
    expect(noPeers.byKind[1]).toEqual({ kind: 'PEERS', count: 0, mean: null, weight: 0.3, expected: true });
    expect(noPeers.criteria[0].byKind).toEqual({ MASSES: 85, PEERS: null, LEADERS: 95 });
  });

  it('does not depend on the order the evaluations come in', () => {
    expect(summarize(yearEnd, 'POST', [...leader, ...peers, ...masses].reverse())).toEqual(summary);
  });
});

describe('the formula of a kind’s mean', () => {
  /** A deterministic pseudo-random source (mulberry32), so that the cases are the same on every run. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('is the same whether taken over the rows, over the evaluations’ means or over the criterion means, for any counts', () => {
    const next = random(2016);
    for (let round = 0; round < 200; round++) {
      const tier = (['POST', 'TEAM', 'UNIT', 'INDUSTRY'] as const)[round % 4];
      const c = criteriaOf(tier).length;
      const evaluations = EVALUATOR_KINDS.flatMap((kind) =>
        Array.from({ length: 1 + Math.floor(next() * 9) }, () => evOf(tier, kind, ...Array.from({ length: c }, () => Math.floor(next() * 101)))));
      const summary = summarize(yearEnd, tier, evaluations);
      for (const kind of EVALUATOR_KINDS) {
        const mine = evaluations.filter((e) => e.kind === kind);
        const rows = mine.flatMap((e) => e.scores.map((s) => s.score));
        const ofRows = fraction(rows.reduce((a, b) => a + b, 0), rows.length);
        // mean of the evaluations' means: Σ_e (S_e / C) / n = (Σ_e S_e) / (n × C)
        const ofEvaluations = fraction(mine.reduce((a, e) => a + e.scores.reduce((s, x) => s + x.score, 0), 0), mine.length * c);
        // mean of the criterion means: Σ_c (S_c / n) / C = (Σ_c S_c) / (n × C)
        const ofCriteria = fraction(criteriaOf(tier).reduce((a, cr) => a + mine.reduce((s, e) => s + e.scores.find((x) => x.criterion === cr)!.score, 0), 0), mine.length * c);
        expect(ofEvaluations.n * ofRows.d).toBe(ofRows.n * ofEvaluations.d);
        expect(ofCriteria.n * ofRows.d).toBe(ofRows.n * ofCriteria.d);
        expect(summary.byKind.find((k) => k.kind === kind)!.mean).toBe(roundHalfUp(ofRows));
      }
    }
  });

  it('pools every evaluation alike in the overall mean, which is why only the weighted score is graded', () => {
    // Ten of the masses at 60 and one leader at 100: the ballots average 63.64 (一般), the weighted score is 0.4 × 60 + 0.6 × 100 = 84.
    const summary = summarize({ kind: 'MID_YEAR_REVIEW', weights: { masses: 0.4, peers: 0, leaders: 0.6 } }, 'POST', [
      ...times(10, ev('MASSES', 60, 60, 60, 60)), ev('LEADERS', 100, 100, 100, 100),
    ]);
    expect(summary.mean).toBe(63.64);
    expect(summary.criteria[0].mean).toBe(63.64);
    expect(summary.weightedScore).toBe(84);
    expect(summary.grade).toBe('GOOD');
  });
});

describe('rounding and grades', () => {
  it('grade a published score: 优秀 from 90, 良好 from 80, 一般 from 60, 差 below', () => {
    const cases: Array<[number, string]> = [[100, '优秀'], [90, '优秀'], [89.99, '良好'], [80, '良好'], [79.99, '一般'], [60, '一般'], [59.99, '差'], [0, '差']];
    for (const [score, grade] of cases) expect(GRADE_LABELS[gradeOf(score)].zh, String(score)).toBe(grade);
    for (const bad of [-0.01, 100.01, Number.NaN, Infinity]) expect(() => gradeOf(bad), String(bad)).toThrow(RangeError);
  });

  // One kind alone (a mass review), on a post: n evaluations whose scores sum to S have mean S / 4n.
  const massesAt = (n: number, lower: number, base: number) => [
    ...times(n - lower, ev('MASSES', base, base, base, base)), ...times(lower, ev('MASSES', base, base, base, base - 1)),
  ];

  it('publish 89.995 (17999 / 200) as 90.00, graded 优秀 like the score shown, and 89.99 as 良好', () => {
    expect(summarize(massReview, 'POST', massesAt(50, 1, 90))).toMatchObject({ weightedScore: 90, grade: 'EXCELLENT' });
    expect(summarize(massReview, 'POST', massesAt(25, 1, 90))).toMatchObject({ weightedScore: 89.99, grade: 'GOOD' });
    expect(summarize(massReview, 'POST', massesAt(25, 0, 90))).toMatchObject({ weightedScore: 90, grade: 'EXCELLENT' });
  });

  it('publish 79.99 as 一般 and 79.995 as 80.00 良好; 59.99 as 差 and 59.995 as 60.00 一般', () => {
    expect(summarize(massReview, 'POST', massesAt(25, 1, 80))).toMatchObject({ weightedScore: 79.99, grade: 'FAIR' });
    expect(summarize(massReview, 'POST', massesAt(50, 1, 80))).toMatchObject({ weightedScore: 80, grade: 'GOOD' });
    expect(summarize(massReview, 'POST', massesAt(25, 1, 60))).toMatchObject({ weightedScore: 59.99, grade: 'POOR' });
    expect(summarize(massReview, 'POST', massesAt(50, 1, 60))).toMatchObject({ weightedScore: 60, grade: 'FAIR' });
  });

  it('are exact where floating point is not: 0.4 × 89.8 + 0.3 × 89.5 + 0.3 × 90.75 is 89.995, which is 90.00 优秀', () => {
    const evaluations = [
      ...times(4, ev('MASSES', 90, 90, 90, 90)), ev('MASSES', 89, 89, 89, 89), // 1796 / 20 = 89.8
      ev('PEERS', 90, 90, 89, 89), // 89.5
      ev('LEADERS', 91, 91, 91, 90), // 90.75
    ];
    // 35.92 + 26.85 + 27.225: the same sum in floating point, taken either way, lands below the half and would be 良好.
    const weights = [0.4, 0.3, 0.3];
    const [sums, rows] = [[1796, 358, 363], [20, 4, 4]];
    const meanFirst = weights.reduce((s, w, i) => s + w * (sums[i] / rows[i]), 0) / (0.4 + 0.3 + 0.3);
    const weightFirst = weights.reduce((s, w, i) => s + (w * sums[i]) / rows[i], 0) / (0.4 + 0.3 + 0.3);
    for (const naive of [meanFirst, weightFirst]) expect(Math.round(naive * 100) / 100).toBe(89.99);
    expect(summarize(yearEnd, 'POST', evaluations)).toMatchObject({ weightedScore: 90, grade: 'EXCELLENT' });
  });

  it('read weights as the decimals typed, so 0.7, 0.2 and 0.1 of 90 everywhere is 90 although they sum to 0.9999999999999999', () => {
    expect(0.7 + 0.2 + 0.1).toBe(0.9999999999999999);
    const summary = summarize({ kind: 'YEAR_END_ASSESSMENT', weights: { masses: 0.7, peers: 0.2, leaders: 0.1 } }, 'TEAM', [
      evOf('TEAM', 'MASSES', 90, 90, 90, 90), evOf('TEAM', 'PEERS', 90, 90, 90, 90), evOf('TEAM', 'LEADERS', 90, 90, 90, 90),
    ]);
    expect(summary).toMatchObject({ weightedScore: 90, grade: 'EXCELLENT' });
    expect(decimalFraction(0.1)).toEqual({ n: 1n, d: 10n });
    expect(decimalFraction(0.25)).toEqual({ n: 1n, d: 4n });
    expect(decimalFraction(1e-7)).toEqual({ n: 1n, d: 10000000n });
    expect(decimalFraction(0.30000000000000004)).toEqual(fraction(30000000000000004n, 10n ** 17n));
    expect(decimalFraction(2.5e21)).toEqual({ n: 2500000000000000000000n, d: 1n });
  });

  it('round halves away from zero, like PostgreSQL’s round(numeric, 2)', () => {
    expect(roundHalfUp(fraction(1, 8))).toBe(0.13);
    expect(roundHalfUp(fraction(-1, 8))).toBe(-0.13);
    expect(roundHalfUp(fraction(2, 3))).toBe(0.67);
    expect(roundHalfUp(fraction(1, 3), 4)).toBe(0.3333);
  });
});

describe('completeness', () => {
  it('is never a silent zero: with no evaluation at all, nothing is scored and every kind is missing', () => {
    const summary = summarize(yearEnd, 'UNIT', []);
    expect(summary).toMatchObject({
      count: 0, mean: null, weightedScore: null, grade: null, complete: false, missingKinds: ['MASSES', 'PEERS', 'LEADERS'],
      satisfaction: { satisfied: 0, total: 0, rate: null },
    });
    expect(summary.criteria.map((c) => c.mean)).toEqual([null, null, null, null]);
  });

  it('names every missing kind when only leaders have evaluated, and scores the leaders alone', () => {
    const summary = summarize(yearEnd, 'INDUSTRY', [evOf('INDUSTRY', 'LEADERS', 80, 70, 90)]);
    expect(summary).toMatchObject({ weightedScore: 80, grade: 'GOOD', complete: false, missingKinds: ['MASSES', 'PEERS'] });
    expect(summary.satisfaction.rate).toBeNull();
  });

  it('of a mass review of a candidacy waits for the masses only', () => {
    const summary = summarize(massReview, 'POST', masses);
    expect(summary).toMatchObject({ complete: true, missingKinds: [], weightedScore: 80, grade: 'GOOD' });
    expect(summary.byKind.map((k) => k.expected)).toEqual([true, false, false]);
    expect(summarize(massReview, 'POST', [])).toMatchObject({ complete: false, missingKinds: ['MASSES'] });
  });

  it('does not wait for a kind the round gives no weight, yet shows its evaluations without letting them move the score', () => {
    const round: RoundRules = { kind: 'MID_YEAR_REVIEW', weights: { masses: 0.5, peers: 0, leaders: 0.5 } };
    const without = summarize(round, 'POST', [...masses, ...leader]);
    expect(without).toMatchObject({ complete: true, missingKinds: [], weightedScore: 86.5 });
    const withPeers = summarize(round, 'POST', [...masses, ...peers, ...leader]);
    expect(withPeers.weightedScore).toBe(86.5);
    expect(withPeers.byKind[1]).toEqual({ kind: 'PEERS', count: 2, mean: 89.5, weight: 0, expected: false });
  });

  it('has no weighted score when only kinds of weight 0 have evaluated', () => {
    const round: RoundRules = { kind: 'MID_YEAR_REVIEW', weights: { masses: 1, peers: 0, leaders: 0 } };
    expect(summarize(round, 'POST', peers)).toMatchObject({ weightedScore: null, grade: null, complete: false, missingKinds: ['MASSES'], count: 2 });
  });
});

describe('what the summary refuses', () => {
  it('an evaluation of a kind the round does not take, such as a peer in a mass review', () => {
    expect(() => summarize(massReview, 'POST', [...masses, peers[0]])).toThrow(/MASS_REVIEW round takes no evaluation of kind "PEERS"/);
    expect(() => summarize(yearEnd, 'POST', [{ kind: 'VOTERS' as never, scores: masses[0].scores }])).toThrow(RangeError);
  });

  it('an evaluation that does not score exactly its tier’s criteria', () => {
    expect(() => summarize(yearEnd, 'POST', [{ kind: 'MASSES', scores: masses[0].scores.slice(1) }])).toThrow(/Evaluation 0: scores.POST_POLITICAL/);
    expect(() => summarize(yearEnd, 'TEAM', masses)).toThrow(RangeError);
  });

  it('weights that do not sum to 1, and a round kind that does not exist', () => {
    expect(() => summarize({ kind: 'YEAR_END_ASSESSMENT', weights: { masses: 0.4, peers: 0.4, leaders: 0.4 } }, 'POST', masses)).toThrow(RangeError);
    expect(() => summarize({ kind: 'WEEKLY' as never, weights: DEFAULT_WEIGHTS }, 'POST', masses)).toThrow(RangeError);
  });
});

describe('checking a round’s weights', () => {
  const fields = (weights: unknown, kind?: RoundRules['kind']) => checkWeights(weights as EvaluationWeights, kind).map((p) => p.field);

  it('accepts the plan’s 0.4, 0.3, 0.3, and decimals whose floating-point sum is a hair off 1', () => {
    expect(checkWeights(DEFAULT_WEIGHTS)).toEqual([]);
    expect(checkWeights({ masses: 0.7, peers: 0.2, leaders: 0.1 })).toEqual([]);
    expect(checkWeights({ masses: 1, peers: 0, leaders: 0 }, 'MASS_REVIEW')).toEqual([]);
  });

  it('names each weight that is negative or not a number', () => {
    expect(fields({ masses: -0.1, peers: 0.6, leaders: 0.5 })).toEqual(['weights.masses']);
    expect(fields({ masses: 0.4, peers: Number.NaN, leaders: '0.3' })).toEqual(['weights.peers', 'weights.leaders']);
    expect(fields({ masses: 0.4, peers: 0.6 })).toEqual(['weights.leaders']);
    expect(fields(null)).toEqual(['weights']);
  });

  it('refuses weights that do not sum to 1 within 1e-9, saying what they sum to', () => {
    expect(checkWeights({ masses: 0.4, peers: 0.3, leaders: 0.2 })).toEqual([
      { field: 'weights', message: '三方权重之和应为1，现为0.9 (weights must sum to 1; they sum to 0.9)' },
    ]);
    expect(fields({ masses: 0.4, peers: 0.3, leaders: 0.3 + 2e-9 })).toEqual(['weights']);
    expect(fields({ masses: 0.4, peers: 0.3, leaders: 0.3 + 5e-10 })).toEqual([]);
  });

  it('refuses, for a mass review, weights that leave the masses at 0, and allows them for a year-end round', () => {
    const weights = { masses: 0, peers: 0.5, leaders: 0.5 };
    expect(fields(weights, 'MASS_REVIEW')).toEqual(['weights']);
    expect(fields(weights, 'YEAR_END_ASSESSMENT')).toEqual([]);
  });
});
