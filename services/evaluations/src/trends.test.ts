import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ROUND } from './testing/documents.js';
import { insertEvaluations } from './testing/evaluations.sql.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);

const POINT = 'count weightedScore grade gradeLabel massesCount satisfactionRate';
const TREND = `query($campaignId: ID, $unitId: ID, $industryId: ID, $tier: HonorTier) {
  evaluationTrend(campaignId: $campaignId, unitId: $unitId, industryId: $industryId, tier: $tier) {
    byRound { round { id name } ${POINT} } byMonth { month ${POINT} } byYear { year ${POINT} }
  }
}`;
const HISTOGRAM = `query($roundId: ID!, $unitId: ID) { evaluationHistogram(roundId: $roundId, unitId: $unitId) { kind total buckets { from to label count } } }`;

async function round(campaignId: string, name: string, opensOn: string, closesOn: string) {
  const res = await as(admin, CREATE_ROUND, { input: { campaignId, name, kind: 'MID_YEAR_REVIEW', opensOn, closesOn } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvaluationRound.id as string;
}

let ids: { a: string; b: string; r1: string; r2: string; r3: string; u1: string; u2: string; industry: string };

beforeAll(async () => {
  h = await startEvaluationsSubgraphs();
  f = fixtures(h);
  const a = await f.campaign(2033);
  const b = await f.campaign(2034);
  const r1 = await round(a, '2033年年中评议', '2033-07-15', '2033-08-12');
  const r2 = await round(a, '2033年年终考核', '2033-11-16', '2033-12-02');
  const r3 = await round(b, '2034年年中评议', '2034-07-15', '2034-08-12');
  const [u1, u2, industry] = [randomUUID(), randomUUID(), randomUUID()];
  ids = { a, b, r1, r2, r3, u1, u2, industry };
  const post = (roundId: string, unitId: string, kind: 'MASSES' | 'PEERS' | 'LEADERS', score: number, submittedAt: string) =>
    ({ roundId, subjectId: randomUUID(), tier: 'POST' as const, kind, scores: [score, score, score, score], unitId, industryId: industry, submittedAt });
  await insertEvaluations(h, [
    post(r1, u1, 'MASSES', 80, '2033-07-20T04:00:00Z'),
    post(r1, u1, 'MASSES', 60, '2033-07-21T04:00:00Z'),
    post(r1, u1, 'PEERS', 90, '2033-07-22T04:00:00Z'),
    post(r1, u1, 'LEADERS', 100, '2033-07-23T04:00:00Z'),
    post(r1, u2, 'LEADERS', 50, '2033-07-23T05:00:00Z'),
    // 17:00 UTC on 30 November is 1 December in Beijing.
    post(r2, u1, 'MASSES', 90, '2033-11-30T17:00:00Z'),
    post(r3, u1, 'MASSES', 70, '2034-07-20T04:00:00Z'),
  ]);
});

afterAll(async () => {
  await h?.close();
});

describe('the evaluation trend', () => {
  it("of a unit has a point per round, per Beijing month and per campaign year with its weighted score, satisfaction and count", async () => {
    const res = await as(leader, TREND, { campaignId: ids.a, unitId: ids.u1 });
    expect(res.errors).toBeUndefined();
    const trend = res.data.evaluationTrend;
    // Round 1: masses 70 (80 and 60), peers 90, leaders 100 → 0.4 × 70 + 0.3 × 90 + 0.3 × 100 = 85.
    expect(trend.byRound).toEqual([
      { round: { id: ids.r1, name: '2033年年中评议' }, count: 4, weightedScore: 85, grade: 'GOOD', gradeLabel: '良好', massesCount: 2, satisfactionRate: 0.5 },
      { round: { id: ids.r2, name: '2033年年终考核' }, count: 1, weightedScore: 90, grade: 'EXCELLENT', gradeLabel: '优秀', massesCount: 1, satisfactionRate: 1 },
    ]);
    expect(trend.byMonth).toEqual([
      { month: '2033-07', count: 4, weightedScore: 85, grade: 'GOOD', gradeLabel: '良好', massesCount: 2, satisfactionRate: 0.5 },
      { month: '2033-12', count: 1, weightedScore: 90, grade: 'EXCELLENT', gradeLabel: '优秀', massesCount: 1, satisfactionRate: 1 },
    ]);
    // The years span every campaign: 2033 (masses 76.67, peers 90, leaders 100 → 87.67) beside 2034.
    expect(trend.byYear).toEqual([
      { year: 2033, count: 5, weightedScore: 87.67, grade: 'GOOD', gradeLabel: '良好', massesCount: 3, satisfactionRate: 0.6667 },
      { year: 2034, count: 1, weightedScore: 70, grade: 'FAIR', gradeLabel: '一般', massesCount: 1, satisfactionRate: 0 },
    ]);
  });

  it('of the city counts every unit, and of an industry or a tier only theirs; every signed-in role reads it, anonymous callers do not', async () => {
    const city = await as(unitAdmin(randomUUID()), TREND, { campaignId: ids.a });
    // The other unit's leader (50) joins: leaders 75 → 28 + 27 + 22.5.
    expect(city.data.evaluationTrend.byRound[0]).toMatchObject({ count: 5, weightedScore: 77.5 });
    const industry = await as(integrator, TREND, { campaignId: ids.a, industryId: ids.industry });
    expect(industry.data.evaluationTrend.byRound[0]).toMatchObject({ count: 5, weightedScore: 77.5 });
    const teams = await as(integrator, TREND, { campaignId: ids.a, tier: 'TEAM' });
    expect(teams.data.evaluationTrend).toEqual({ byRound: [], byMonth: [], byYear: [] });
    const all = await as(leader, TREND, {});
    expect(all.data.evaluationTrend.byRound.map((p: any) => p.round.id)).toEqual([ids.r1, ids.r2, ids.r3]);
    expect((await as(null, TREND, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the score histogram of a round', () => {
  it("counts each kind's evaluations by the bucket of their mean", async () => {
    const res = await as(leader, HISTOGRAM, { roundId: ids.r1, unitId: ids.u1 });
    expect(res.errors).toBeUndefined();
    const counts = Object.fromEntries(res.data.evaluationHistogram.map((k: any) => [k.kind, k.buckets.map((b: any) => b.count)]));
    expect(counts).toEqual({ MASSES: [0, 1, 0, 1, 0], PEERS: [0, 0, 0, 0, 1], LEADERS: [0, 0, 0, 0, 1] });
    expect(res.data.evaluationHistogram[0].buckets.map((b: any) => b.label)).toEqual(['60分以下', '60–69分', '70–79分', '80–89分', '90–100分']);
    const city = await as(leader, HISTOGRAM, { roundId: ids.r1 });
    expect(city.data.evaluationHistogram[2]).toMatchObject({ kind: 'LEADERS', total: 2 });
    expect(city.data.evaluationHistogram[2].buckets[0].count).toBe(1);
  });
});
