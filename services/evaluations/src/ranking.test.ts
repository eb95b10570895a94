import { admin, integrator, leader, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ROUND } from './testing/documents.js';
import { insertEvaluations, type RawEvaluation } from './testing/evaluations.sql.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);
const queries = () => h.subgraph('evaluations').db.queries;

const RANKING = `query($campaignId: ID, $roundId: ID, $industryId: ID, $tier: HonorTier) {
  evaluationUnitRanking(campaignId: $campaignId, roundId: $roundId, industryId: $industryId, tier: $tier) {
    unit { id } count weightedScore grade gradeLabel massesCount satisfactionRate
  }
}`;
const CRITERIA = `query($tier: HonorTier!, $campaignId: ID, $roundId: ID, $industryId: ID, $unitId: ID, $subjectId: ID) {
  evaluationCriteria(tier: $tier, campaignId: $campaignId, roundId: $roundId, industryId: $industryId, unitId: $unitId, subjectId: $subjectId) {
    criterion label mean byKind { kind mean }
  }
}`;

async function round(campaignId: string, name: string, opensOn: string, closesOn: string) {
  const res = await as(admin, CREATE_ROUND, { input: { campaignId, name, kind: 'MID_YEAR_REVIEW', opensOn, closesOn } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvaluationRound.id as string;
}

let ids: { a: string; r1: string; r2: string; other: string; u1: string; u2: string; u3: string; industry: string; member: string };

beforeAll(async () => {
  h = await startEvaluationsSubgraphs();
  const f = fixtures(h);
  const a = await f.campaign(2041);
  const b = await f.campaign(2042);
  const r1 = await round(a, '2041年年中评议', '2041-07-15', '2041-08-12');
  const r2 = await round(a, '2041年年终考核', '2041-11-16', '2041-12-02');
  const other = await round(b, '2042年年中评议', '2042-07-15', '2042-08-12');
  const [u1, u2, u3, industry, member] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  ids = { a, r1, r2, other, u1, u2, u3, industry, member };
  const post = (roundId: string, unitId: string, kind: RawEvaluation['kind'], scores: number[], subjectId = randomUUID(), industryId = industry): RawEvaluation =>
    ({ roundId, subjectId, tier: 'POST', kind, scores, unitId, industryId });
  await insertEvaluations(h, [
    // u1 in round 1: masses 70 (80, 60), peers 90, leaders 100 → 0.4 × 70 + 0.3 × 90 + 0.3 × 100 = 85.
    post(r1, u1, 'MASSES', [80, 80, 80, 80], member),
    post(r1, u1, 'MASSES', [60, 60, 60, 60], member),
    post(r1, u1, 'PEERS', [90, 90, 90, 90], member),
    post(r1, u1, 'LEADERS', [100, 96, 100, 100]),
    // u2: only leaders, 95 → 95 (the kinds present renormalised).
    post(r2, u2, 'LEADERS', [95, 95, 95, 95]),
    // u3: another industry; a team too.
    post(r1, u3, 'MASSES', [70, 70, 70, 70], randomUUID(), randomUUID()),
    { roundId: r1, subjectId: randomUUID(), tier: 'TEAM', kind: 'MASSES', scores: [90, 90, 90, 90], unitId: u3, industryId: randomUUID() },
    // Another campaign's round is not counted.
    post(other, u1, 'LEADERS', [10, 10, 10, 10]),
  ]);
});

afterAll(async () => {
  await h?.close();
});

describe('the ranking of units by weighted score', () => {
  it("puts the highest weighted score first, with each unit's count and satisfaction, counting only the campaign's rounds", async () => {
    const res = await as(leader, RANKING, { campaignId: ids.a });
    expect(res.errors).toBeUndefined();
    // u1 (leaders 99) → 0.4 × 70 + 0.3 × 90 + 0.3 × 99 = 84.7; u3 masses (70, 90) → 80.
    expect(res.data.evaluationUnitRanking).toEqual([
      { unit: { id: ids.u2 }, count: 1, weightedScore: 95, grade: 'EXCELLENT', gradeLabel: '优秀', massesCount: 0, satisfactionRate: null },
      { unit: { id: ids.u1 }, count: 4, weightedScore: 84.7, grade: 'GOOD', gradeLabel: '良好', massesCount: 2, satisfactionRate: 0.5 },
      { unit: { id: ids.u3 }, count: 2, weightedScore: 80, grade: 'GOOD', gradeLabel: '良好', massesCount: 2, satisfactionRate: 0.5 },
    ]);
  });

  it('narrows to one round, an industry or a tier', async () => {
    const round1 = await as(integrator, RANKING, { roundId: ids.r1 });
    expect(round1.data.evaluationUnitRanking.map((r: any) => r.unit.id)).toEqual([ids.u1, ids.u3]);
    const industry = await as(leader, RANKING, { campaignId: ids.a, industryId: ids.industry });
    expect(industry.data.evaluationUnitRanking.map((r: any) => r.unit.id)).toEqual([ids.u2, ids.u1]);
    const teams = await as(leader, RANKING, { campaignId: ids.a, tier: 'TEAM' });
    expect(teams.data.evaluationUnitRanking).toEqual([
      { unit: { id: ids.u3 }, count: 1, weightedScore: 90, grade: 'EXCELLENT', gradeLabel: '优秀', massesCount: 1, satisfactionRate: 1 },
    ]);
  });

  it('is one SQL statement whatever the number of units', async () => {
    const r = await round(ids.a, '2041年第一批示范候选对象群众评议', '2041-05-20', '2041-05-30');
    await insertEvaluations(h, Array.from({ length: 300 }, (_, i) => ({
      roundId: r, subjectId: randomUUID(), tier: 'UNIT' as const, kind: 'MASSES' as const, scores: [60 + (i % 40), 70, 80, 90], unitId: randomUUID(),
    })));
    queries().reset();
    const res = await as(leader, RANKING, { roundId: r });
    expect(res.errors).toBeUndefined();
    expect(res.data.evaluationUnitRanking).toHaveLength(300);
    const scores = res.data.evaluationUnitRanking.map((u: any) => u.weightedScore);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
    expect(queries().count).toBe(1);
  });

  it('asks for a campaign or a round, and answers signed-in callers only', async () => {
    const none = await as(leader, RANKING, {});
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'campaignId' });
    expect((await as(null, RANKING, { campaignId: ids.a })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // An id that is no UUID names nothing.
    expect((await as(leader, RANKING, { campaignId: 'nope' })).data.evaluationUnitRanking).toEqual([]);
  });
});

describe('the criteria profile (radar)', () => {
  it("gives each of the tier's criteria with its Chinese name, overall and per evaluator kind, for a unit", async () => {
    const res = await as(leader, CRITERIA, { tier: 'POST', campaignId: ids.a, unitId: ids.u1 });
    expect(res.errors).toBeUndefined();
    expect(res.data.evaluationCriteria).toEqual([
      { criterion: 'POST_POLITICAL', label: '政治合格', mean: 82.5, byKind: [{ kind: 'MASSES', mean: 70 }, { kind: 'PEERS', mean: 90 }, { kind: 'LEADERS', mean: 100 }] },
      { criterion: 'POST_DISCIPLINE', label: '守规矩重品行', mean: 81.5, byKind: [{ kind: 'MASSES', mean: 70 }, { kind: 'PEERS', mean: 90 }, { kind: 'LEADERS', mean: 96 }] },
      { criterion: 'POST_SERVICE', label: '联系服务群众', mean: 82.5, byKind: [{ kind: 'MASSES', mean: 70 }, { kind: 'PEERS', mean: 90 }, { kind: 'LEADERS', mean: 100 }] },
      { criterion: 'POST_DUTY', label: '担当作为', mean: 82.5, byKind: [{ kind: 'MASSES', mean: 70 }, { kind: 'PEERS', mean: 90 }, { kind: 'LEADERS', mean: 100 }] },
    ]);
  });

  it('narrows to one subject, and lists the criteria with no mean where nothing was evaluated', async () => {
    const one = await as(leader, CRITERIA, { tier: 'POST', roundId: ids.r1, subjectId: ids.member });
    expect(one.data.evaluationCriteria[0]).toEqual({ criterion: 'POST_POLITICAL', label: '政治合格', mean: 76.67, byKind: [{ kind: 'MASSES', mean: 70 }, { kind: 'PEERS', mean: 90 }, { kind: 'LEADERS', mean: null }] });
    const industries = await as(leader, CRITERIA, { tier: 'INDUSTRY', campaignId: ids.a });
    expect(industries.data.evaluationCriteria.map((c: any) => [c.label, c.mean])).toEqual([['班子带头示范好', null], ['工作业绩好', null], ['作风行风好', null]]);
  });
});
