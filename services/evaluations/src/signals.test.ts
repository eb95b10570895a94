import { generateHonorsSeed, insertHonorsSeed, type HonorsSeedHonor } from '@sfxd/honors';
import { admin, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { SCALES, generateSeed } from '@sfxd/seed';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ROUND } from './testing/documents.js';
import { insertEvaluations } from './testing/evaluations.sql.js';
import { startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);
const SIGNALS = `query($campaignId: ID!, $unitId: ID) { evaluationSignals(campaignId: $campaignId, unitId: $unitId) {
  rectificationCandidates { honor { id } tier weightedScore grade gradeLabel round { id } unit { id } subject { __typename ... on Member { id } ... on Team { id } } }
  preferenceRecommendations { honor { id } tier weightedScore grade gradeLabel round { id } unit { id } }
} }`;

let campaignId: string;
let named: { a: HonorsSeedHonor; b: HonorsSeedHonor; c: HonorsSeedHonor; d: HonorsSeedHonor };
let rounds: { earlier: string; latest: string };

beforeAll(async () => {
  h = await startEvaluationsSubgraphs();
  const honors = generateHonorsSeed(generateSeed(SCALES.tiny));
  await insertHonorsSeed(h.subgraph('honors').db.orm, honors);
  campaignId = honors.campaigns.find((c) => c.year === 2016)!.id;
  const namedPosts = honors.honors.filter((x) => x.campaignId === campaignId && x.status === 'NAMED' && x.tier === 'POST');
  const a = namedPosts[0]!;
  const c = namedPosts.find((x) => x.unitId === a.unitId && x.id !== a.id) ?? namedPosts[1]!;
  const d = namedPosts.find((x) => x.unitId !== c.unitId && x.unitId !== a.unitId)!;
  const b = honors.honors.find((x) => x.campaignId === campaignId && x.status === 'NAMED' && x.tier === 'TEAM')!;
  named = { a, b, c, d };
  const round = async (name: string, opensOn: string, closesOn: string) =>
    (await as(admin, CREATE_ROUND, { input: { campaignId, name, kind: 'MID_YEAR_REVIEW', opensOn, closesOn } })).data.createEvaluationRound.id as string;
  rounds = { earlier: await round('2016年年中评议', '2016-07-15', '2016-08-12'), latest: await round('2016年年终考核', '2016-11-16', '2016-12-02') };
  const ev = (honor: HonorsSeedHonor, roundId: string, score: number) =>
    (['MASSES', 'PEERS', 'LEADERS'] as const).map((kind) => ({
      roundId, subjectId: honor.subjectId, tier: honor.tier, kind, scores: Array(4).fill(score), unitId: honor.unitId, industryId: honor.industryId, honorId: honor.id,
    }));
  await insertEvaluations(h, [...ev(a, rounds.earlier, 95), ...ev(a, rounds.latest, 65), ...ev(b, rounds.latest, 55), ...ev(c, rounds.latest, 95), ...ev(d, rounds.latest, 92)]);
});

afterAll(async () => {
  await h?.close();
});

describe('signals for dynamic management', () => {
  it('list named honors whose latest summary is 一般 or 差 for rectification, and named posts graded 优秀 for preference', async () => {
    const res = await as(admin, SIGNALS, { campaignId });
    expect(res.errors).toBeUndefined();
    const { rectificationCandidates, preferenceRecommendations } = res.data.evaluationSignals;
    // a was 优秀 in the earlier round; its latest summary is what counts.
    expect(rectificationCandidates).toEqual([
      { honor: { id: named.b.id }, tier: 'TEAM', weightedScore: 55, grade: 'POOR', gradeLabel: '差', round: { id: rounds.latest }, unit: { id: named.b.unitId }, subject: { __typename: 'Team', id: named.b.subjectId } },
      { honor: { id: named.a.id }, tier: 'POST', weightedScore: 65, grade: 'FAIR', gradeLabel: '一般', round: { id: rounds.latest }, unit: { id: named.a.unitId }, subject: { __typename: 'Member', id: named.a.subjectId } },
    ]);
    expect(preferenceRecommendations).toEqual([
      { honor: { id: named.c.id }, tier: 'POST', weightedScore: 95, grade: 'EXCELLENT', gradeLabel: '优秀', round: { id: rounds.latest }, unit: { id: named.c.unitId } },
      { honor: { id: named.d.id }, tier: 'POST', weightedScore: 92, grade: 'EXCELLENT', gradeLabel: '优秀', round: { id: rounds.latest }, unit: { id: named.d.unitId } },
    ]);
  });

  it("are a unit's for its UNIT_ADMIN, and nobody else's but ADMIN", async () => {
    const mine = await as(unitAdmin(named.d.unitId!), SIGNALS, { campaignId });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.evaluationSignals.preferenceRecommendations.map((s: any) => s.honor.id)).toEqual([named.d.id]);
    expect(mine.data.evaluationSignals.rectificationCandidates.every((s: any) => s.unit.id === named.d.unitId)).toBe(true);
    const ofUnit = await as(admin, SIGNALS, { campaignId, unitId: named.d.unitId });
    expect(ofUnit.data.evaluationSignals).toEqual(mine.data.evaluationSignals);
    expect((await as(unitAdmin(named.d.unitId!), SIGNALS, { campaignId, unitId: named.c.unitId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(unitAdmin(randomUUID()), SIGNALS, { campaignId, unitId: named.c.unitId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(leader, SIGNALS, { campaignId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(null, SIGNALS, { campaignId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
