import { admin, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ROUND, ISSUE, SUBMIT, scoresOf, shift } from './testing/documents.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);
const PROGRESS = `query($roundId: ID!, $unitId: ID!) { evaluationProgress(roundId: $roundId, unitId: $unitId) {
  round { id } unit { id } subjects leadersExpected ballots { kind issued used unused }
  peers { evaluator { id } evaluated remaining notYetEvaluated { id } }
  subjectsWithoutLeaders { __typename ... on Member { id } ... on Unit { id } }
} }`;

beforeAll(async () => {
  h = await startEvaluationsSubgraphs({ guessLimit: 1_000 });
  f = fixtures(h);
});

afterAll(async () => {
  await h?.close();
});

describe("a round's progress in a unit", () => {
  it('counts ballots issued and used, lists who of the peers has not evaluated whom and what no leader has evaluated yet', async () => {
    const campaignId = await f.campaign(2035);
    const u = await f.unit(3);
    const [alice, bob, carol] = u.memberIds as [string, string, string];
    const round = (await as(admin, CREATE_ROUND, { input: { campaignId, name: '年中评议', kind: 'MID_YEAR_REVIEW', opensOn: shift(-1), closesOn: shift(9), tiers: ['POST', 'UNIT'] } })).data.createEvaluationRound;
    const masses = (await as(unitAdmin(u.unitId), ISSUE, { input: { roundId: round.id, unitId: u.unitId, count: 4 } })).data.issueBallots.ballots;
    const peers = new Map<string, string>((await as(unitAdmin(u.unitId), ISSUE, { input: { roundId: round.id, unitId: u.unitId, evaluatorKind: 'PEERS' } })).data.issueBallots.ballots.map((b: any) => [b.evaluator.id, b.code]));
    const submit = (caller: Parameters<typeof as>[0], input: Record<string, unknown>) => as(caller, SUBMIT, { input: { roundId: round.id, scores: scoresOf('POST', [88]), ...input } });
    expect((await submit(null, { subjectId: carol, evaluatorKind: 'MASSES', ballotCode: masses[0].code })).errors).toBeUndefined();
    expect((await submit(null, { subjectId: bob, evaluatorKind: 'PEERS', ballotCode: peers.get(alice) })).errors).toBeUndefined();
    expect((await submit(leader, { subjectId: alice, evaluatorKind: 'LEADERS' })).errors).toBeUndefined();

    const res = await as(unitAdmin(u.unitId), PROGRESS, { roundId: round.id, unitId: u.unitId });
    expect(res.errors).toBeUndefined();
    const progress = res.data.evaluationProgress;
    expect(progress).toMatchObject({
      round: { id: round.id }, unit: { id: u.unitId }, subjects: 4, leadersExpected: true,
      ballots: [{ kind: 'MASSES', issued: 4, used: 1, unused: 3 }, { kind: 'PEERS', issued: 3, used: 1, unused: 2 }],
    });
    const byPeer = Object.fromEntries(progress.peers.map((p: any) => [p.evaluator.id, p.notYetEvaluated.map((m: any) => m.id).sort()]));
    expect(byPeer).toEqual({ [alice]: [carol], [bob]: [alice, carol].sort(), [carol]: [alice, bob].sort() });
    expect(progress.peers.at(-1)).toMatchObject({ evaluator: { id: alice }, evaluated: 1, remaining: 1 });
    expect(progress.subjectsWithoutLeaders.map((s: any) => s.id).sort()).toEqual([bob, carol, u.unitId].sort());
  });

  it("is for ADMIN and the unit's UNIT_ADMIN only", async () => {
    const u = await f.unit(1);
    const roundId = randomUUID();
    expect((await as(unitAdmin(randomUUID()), PROGRESS, { roundId, unitId: u.unitId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(leader, PROGRESS, { roundId, unitId: u.unitId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(null, PROGRESS, { roundId, unitId: u.unitId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(admin, PROGRESS, { roundId, unitId: u.unitId })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'roundId' });
  });
});
