import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { createRandom } from '@sfxd/seed';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVALUATOR_KINDS, criteriaOf, type EvaluatorKind, type HonorTier } from './criteria/criteria.names.js';
import { summarize } from './summary/summary.rules.js';
import { CREATE_ROUND, ISSUE, SUBMIT, scoresOf, shift } from './testing/documents.js';
import { insertEvaluations, type RawEvaluation } from './testing/evaluations.sql.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);
const queries = () => h.subgraph('evaluations').db.queries;

const SUMMARY = `count mean weightedScore grade gradeLabel complete missingKinds tier round { id }
  byKind { kind count mean weight expected } criteria { criterion label mean byKind { kind mean } } satisfaction { satisfied total rate }`;
const ENTITY_SUMMARY = `query($r: [_Any!]!, $roundId: ID!) { _entities(representations: $r) {
  ... on Member { id evaluationSummary(roundId: $roundId) { ${SUMMARY} } } ... on Team { id evaluationSummary(roundId: $roundId) { ${SUMMARY} } }
  ... on Unit { id evaluationSummary(roundId: $roundId) { ${SUMMARY} } } ... on Industry { id evaluationSummary(roundId: $roundId) { ${SUMMARY} } }
  ... on Honor { id evaluationSummary(roundId: $roundId) { ${SUMMARY} } }
} }`;
const summaryOf = async (caller: Parameters<typeof as>[0], typename: string, id: string, roundId: string) => {
  const res = await as(caller, ENTITY_SUMMARY, { r: [{ __typename: typename, id }], roundId });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data._entities[0].evaluationSummary;
};

async function round(over: Record<string, unknown> = {}) {
  const res = await as(admin, CREATE_ROUND, { input: { campaignId, name: '年中评议', kind: 'MID_YEAR_REVIEW', opensOn: shift(-1), closesOn: shift(30), ...over } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvaluationRound as { id: string; version: number };
}

beforeAll(async () => {
  h = await startEvaluationsSubgraphs({ guessLimit: 1_000 });
  f = fixtures(h);
  campaignId = await f.campaign(2031);
});

afterAll(async () => {
  await h?.close();
});

const MASSES = [[90, 85, 80, 95], [70, 75, 80, 85], [100, 90, 95, 85]];
const PEERS = [[88, 92, 90, 86], [80, 84, 82, 78]];
const LEADER = [95, 93, 94, 96];

/** A post evaluated through the API: 3 masses, the given peers and 1 leader, in a round of the default weights 0.4 / 0.3 / 0.3. */
async function evaluatePost(peers: number[][]) {
  const u = await f.unit(1 + peers.length);
  const [subject, ...colleagues] = u.memberIds as [string, ...string[]];
  const r = await round({ tiers: ['POST'] });
  const masses = (await as(admin, ISSUE, { input: { roundId: r.id, unitId: u.unitId, count: MASSES.length } })).data.issueBallots.ballots;
  for (const [i, values] of MASSES.entries()) {
    const res = await as(null, SUBMIT, { input: { roundId: r.id, subjectId: subject, evaluatorKind: 'MASSES', scores: scoresOf('POST', values), ballotCode: masses[i].code } });
    expect(res.errors).toBeUndefined();
  }
  if (peers.length) {
    const issued = (await as(admin, ISSUE, { input: { roundId: r.id, unitId: u.unitId, evaluatorKind: 'PEERS', evaluatorIds: colleagues } })).data.issueBallots.ballots;
    for (const [i, values] of peers.entries()) {
      const res = await as(null, SUBMIT, { input: { roundId: r.id, subjectId: subject, evaluatorKind: 'PEERS', scores: scoresOf('POST', values), ballotCode: issued[i].code } });
      expect(res.errors).toBeUndefined();
    }
  }
  // A leader's first evaluation, replaced by the one that counts.
  for (const values of [[60, 60, 60, 60], LEADER]) {
    expect((await as(leader, SUBMIT, { input: { roundId: r.id, subjectId: subject, evaluatorKind: 'LEADERS', scores: scoresOf('POST', values) } })).errors).toBeUndefined();
  }
  return { u, subject, roundId: r.id };
}

describe('a summary', () => {
  it('of a post with 3 masses, 2 peers and 1 leader gives the hand-computed means, weighted score and grade', async () => {
    const { subject, roundId } = await evaluatePost(PEERS);
    const summary = await summaryOf(admin, 'Member', subject, roundId);
    expect(summary).toEqual({
      count: 6, mean: 87, tier: 'POST', round: { id: roundId },
      // 0.4 × 1030/12 + 0.3 × 680/8 + 0.3 × 378/4 = 34.3333… + 25.5 + 28.35 = 88.1833…
      weightedScore: 88.18, grade: 'GOOD', gradeLabel: '良好', complete: true, missingKinds: [],
      byKind: [
        { kind: 'MASSES', count: 3, mean: 85.83, weight: 0.4, expected: true },
        { kind: 'PEERS', count: 2, mean: 85, weight: 0.3, expected: true },
        { kind: 'LEADERS', count: 1, mean: 94.5, weight: 0.3, expected: true },
      ],
      criteria: [
        { criterion: 'POST_POLITICAL', label: '政治合格', mean: 87.17, byKind: [{ kind: 'MASSES', mean: 86.67 }, { kind: 'PEERS', mean: 84 }, { kind: 'LEADERS', mean: 95 }] },
        { criterion: 'POST_DISCIPLINE', label: '守规矩重品行', mean: 86.5, byKind: [{ kind: 'MASSES', mean: 83.33 }, { kind: 'PEERS', mean: 88 }, { kind: 'LEADERS', mean: 93 }] },
        { criterion: 'POST_SERVICE', label: '联系服务群众', mean: 86.83, byKind: [{ kind: 'MASSES', mean: 85 }, { kind: 'PEERS', mean: 86 }, { kind: 'LEADERS', mean: 94 }] },
        { criterion: 'POST_DUTY', label: '担当作为', mean: 87.5, byKind: [{ kind: 'MASSES', mean: 88.33 }, { kind: 'PEERS', mean: 82 }, { kind: 'LEADERS', mean: 96 }] },
      ],
      // Means 87.5, 77.5 and 92.5: two of three masses satisfied.
      satisfaction: { satisfied: 2, total: 3, rate: 0.6667 },
    });
  });

  it('with no peers is incomplete, names PEERS as missing and weighs the kinds present only, never counting the peers as 0', async () => {
    const { subject, roundId } = await evaluatePost([]);
    const summary = await summaryOf(leader, 'Member', subject, roundId);
    // (0.4 × 85.8333… + 0.3 × 94.5) / 0.7 = 89.5476…
    expect(summary).toMatchObject({ count: 4, weightedScore: 89.55, grade: 'GOOD', complete: false, missingKinds: ['PEERS'] });
    expect(summary.byKind[1]).toEqual({ kind: 'PEERS', count: 0, mean: null, weight: 0.3, expected: true });
  });

  it("is the unit's own for a UNIT_ADMIN, null for another unit's, refused without a token, and null for a subject without evaluations", async () => {
    const { u, subject, roundId } = await evaluatePost([]);
    expect((await summaryOf(unitAdmin(u.unitId), 'Member', subject, roundId)).count).toBe(4);
    expect(await summaryOf(unitAdmin(randomUUID()), 'Member', subject, roundId)).toBeNull();
    expect((await summaryOf(integrator, 'Member', subject, roundId)).weightedScore).toBe(89.55);
    const anonymous = await as(null, ENTITY_SUMMARY, { r: [{ __typename: 'Member', id: subject }], roundId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await summaryOf(admin, 'Member', u.memberIds[0]!, (await round()).id)).toBeNull();
    expect(await summaryOf(admin, 'Member', randomUUID(), roundId)).toBeNull();
  });

  it("of a candidacy's mass review appears on its Honor, from the evaluations given for it", async () => {
    const u = await f.unit(1);
    const honorId = await f.declare(campaignId, 'POST', u.memberIds[0]!);
    const review = await round({ kind: 'MASS_REVIEW', tiers: ['POST'] });
    const codes = (await as(admin, ISSUE, { input: { roundId: review.id, unitId: u.unitId, count: 2 } })).data.issueBallots.ballots;
    for (const [i, values] of [[90], [81]].entries()) {
      expect((await as(null, SUBMIT, { input: { roundId: review.id, subjectId: honorId, evaluatorKind: 'MASSES', scores: scoresOf('POST', values), ballotCode: codes[i].code } })).errors).toBeUndefined();
    }
    const summary = await summaryOf(leader, 'Honor', honorId, review.id);
    // A mass review waits for the masses only.
    expect(summary).toMatchObject({ count: 2, weightedScore: 85.5, grade: 'GOOD', complete: true, missingKinds: [], satisfaction: { satisfied: 2, total: 2, rate: 1 } });
    expect(summary.byKind.map((k: any) => k.expected)).toEqual([true, false, false]);
    expect(await summaryOf(unitAdmin(randomUUID()), 'Honor', honorId, review.id)).toBeNull();
  });

  it('computed in SQL equals the rules’ exact summary, whatever the kinds, tiers and weights', async () => {
    const r = await round();
    await as(admin, `mutation($input: UpdateEvaluationRoundInput!) { updateEvaluationRound(input: $input) { version } }`, {
      input: { id: r.id, expectedVersion: r.version, weights: { masses: 0.45, peers: 0.35, leaders: 0.2 } },
    });
    const random = createRandom(7);
    const subjects: { id: string; tier: HonorTier; typename: string; evaluations: RawEvaluation[] }[] = [];
    const typenames: Record<HonorTier, string> = { POST: 'Member', TEAM: 'Team', UNIT: 'Unit', INDUSTRY: 'Industry' };
    for (let i = 0; i < 40; i++) {
      const tier = random.pick(['POST', 'TEAM', 'UNIT', 'INDUSTRY'] as const);
      const id = randomUUID();
      const kinds = EVALUATOR_KINDS.filter(() => random.chance(0.7));
      const evaluations: RawEvaluation[] = kinds.flatMap((kind) =>
        Array.from({ length: random.int(1, kind === 'MASSES' ? 9 : 3) }, () => ({
          roundId: r.id, subjectId: id, tier, kind, scores: criteriaOf(tier).map(() => random.int(40, 100)),
        })));
      subjects.push({ id, tier, typename: typenames[tier], evaluations });
    }
    await insertEvaluations(h, subjects.flatMap((s) => s.evaluations));
    const res = await as(admin, ENTITY_SUMMARY, { r: subjects.map((s) => ({ __typename: s.typename, id: s.id })), roundId: r.id });
    expect(res.errors).toBeUndefined();
    const rules = { kind: 'MID_YEAR_REVIEW' as const, weights: { masses: 0.45, peers: 0.35, leaders: 0.2 } };
    subjects.forEach((s, i) => {
      const got = res.data._entities[i].evaluationSummary;
      if (s.evaluations.length === 0) return expect(got).toBeNull();
      const want = summarize(rules, s.tier, s.evaluations.map((e) => ({ kind: e.kind, scores: criteriaOf(s.tier).map((criterion, j) => ({ criterion, score: e.scores[j]! })) })));
      expect(got, s.id).toMatchObject({
        count: want.count, mean: want.mean, weightedScore: want.weightedScore, grade: want.grade, complete: want.complete, missingKinds: want.missingKinds,
        satisfaction: want.satisfaction, byKind: want.byKind,
        criteria: want.criteria.map((c) => ({ criterion: c.criterion, mean: c.mean, byKind: EVALUATOR_KINDS.map((kind) => ({ kind, mean: c.byKind[kind as EvaluatorKind] })) })),
      });
    });
  });

  it('of 10 subjects and of 1,000 takes the same two statements', async () => {
    const r = await round({ tiers: ['POST'] });
    const random = createRandom(11);
    const ids = Array.from({ length: 1000 }, () => randomUUID());
    await insertEvaluations(h, ids.flatMap((subjectId) => EVALUATOR_KINDS.map((kind) => ({
      roundId: r.id, subjectId, tier: 'POST' as const, kind, scores: [random.int(60, 100), random.int(60, 100), random.int(60, 100), random.int(60, 100)],
    }))));
    const count = async (n: number) => {
      queries().reset();
      const res = await as(leader, ENTITY_SUMMARY, { r: ids.slice(0, n).map((id) => ({ __typename: 'Member', id })), roundId: r.id });
      expect(res.errors).toBeUndefined();
      expect(res.data._entities.filter((e: any) => e.evaluationSummary?.count === 3)).toHaveLength(n);
      return queries().count;
    };
    const few = await count(10);
    expect(await count(1000)).toBe(few);
    expect(few).toBe(2);
  });
});
