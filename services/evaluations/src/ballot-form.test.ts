import { DEV_SUBGRAPH_SECRET, INTERNAL_TOKEN_HEADER, signInternalToken } from '@sfxd/kit';
import { admin, postGraphQL, type TestSubgraphs } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBallotCode } from './ballot/ballot.code.js';
import { CRITERIA, CRITERION_LABELS } from './criteria/criteria.names.js';
import { CREATE_ROUND, ISSUE, SUBMIT, scoresOf, shift } from './testing/documents.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

const FORM = `query($code: String!) { ballot(code: $code) {
  code evaluatorKind evaluatorKindName unitName
  round { id name kind kindName opensOn closesOn status open }
  subjects { id tier tierName name unitName evaluated criteria { criterion name nameEn hint minScore maxScore } }
} }`;

let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;
let campaignId: string;
const GUESS_LIMIT = 4;

/** An anonymous call as the gateway sends it for a client at `address`. */
async function anonymous(address: string, query: string, variables: Record<string, unknown>) {
  const headers = { [INTERNAL_TOKEN_HEADER]: await signInternalToken(null, DEV_SUBGRAPH_SECRET, { clientAddress: address }) };
  return postGraphQL(h.subgraph('evaluations').url, query, variables, headers);
}
const form = (address: string, code: string) => anonymous(address, FORM, { code });

async function round(over: Record<string, unknown> = {}) {
  const res = await h.client('evaluations')(admin, CREATE_ROUND, { input: { campaignId, name: '年中评议', kind: 'MID_YEAR_REVIEW', opensOn: shift(-1), closesOn: shift(30), ...over } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvaluationRound as { id: string };
}
async function issue(input: Record<string, unknown>) {
  const res = await h.client('evaluations')(admin, ISSUE, { input });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.issueBallots.ballots as { code: string; evaluator: { id: string } | null }[];
}
async function names(unitId: string) {
  const res = await h.client('units')(admin, `query($id: ID!) { unit(id: $id) { name industry { name } teams { id name } } }`, { id: unitId });
  return res.data.unit as { name: string; industry: { name: string }; teams: { id: string; name: string }[] };
}

beforeAll(async () => {
  h = await startEvaluationsSubgraphs({ guessLimit: GUESS_LIMIT, guessWindowMinutes: 15 });
  f = fixtures(h);
  campaignId = await f.campaign(2034);
});

afterAll(async () => {
  await h?.close();
});

describe('the public ballot form', () => {
  it("shows an anonymous holder of a valid code its round and its unit's subjects by name, each with its tier's criteria in Chinese and 0–100", async () => {
    const u = await f.unit(2);
    const r = await round({ name: '2034年年中评议' });
    const [ballot] = await issue({ roundId: r.id, unitId: u.unitId, count: 1 });
    const res = await form('192.0.2.10', ballot!.code.replaceAll('-', '').toLowerCase());
    expect(res.errors).toBeUndefined();
    const got = res.data.ballot;
    const directory = await names(u.unitId);
    expect(got).toMatchObject({
      code: ballot!.code, evaluatorKind: 'MASSES', evaluatorKindName: '群众评议', unitName: directory.name,
      round: { id: r.id, name: '2034年年中评议', kind: 'MID_YEAR_REVIEW', status: 'OPEN', open: true, opensOn: shift(-1), closesOn: shift(30) },
    });
    const byId = new Map(got.subjects.map((s: any) => [s.id, s]));
    const memberNames = (await h.sql<{ id: string; name: string }>(`select id, name from members.member where unit_id = $1`, [u.unitId]));
    expect(memberNames).toHaveLength(2);
    for (const m of memberNames) expect(byId.get(m.id)).toMatchObject({ tier: 'POST', tierName: '共产党员示范岗', name: m.name, unitName: directory.name, evaluated: false });
    expect(byId.get(u.teamId)).toMatchObject({ tier: 'TEAM', name: directory.teams.find((t) => t.id === u.teamId)!.name });
    expect(byId.get(u.unitId)).toMatchObject({ tier: 'UNIT', name: directory.name });
    expect(byId.get(u.industryId)).toMatchObject({ tier: 'INDUSTRY', name: directory.industry.name, unitName: null });
    const post: any = byId.get(memberNames[0]!.id);
    expect(post.criteria.map((c: any) => c.criterion)).toEqual(CRITERIA.POST);
    expect(post.criteria[0]).toMatchObject({ name: CRITERION_LABELS.POST_POLITICAL.label.zh, nameEn: CRITERION_LABELS.POST_POLITICAL.label.en, minScore: 0, maxScore: 100 });
    expect(got.subjects.map((s: any) => s.tier)).toEqual(['POST', 'POST', 'TEAM', 'UNIT', 'INDUSTRY']);
    // Looking never uses the code: it still submits.
    const submitted = await anonymous('192.0.2.10', SUBMIT, { input: { roundId: r.id, subjectId: u.teamId, evaluatorKind: 'MASSES', scores: scoresOf('TEAM', [88]), ballotCode: ballot!.code } });
    expect(submitted.errors).toBeUndefined();
  });

  it('answers a used code and an unknown code with the same FORBIDDEN, and a mistyped one with BAD_USER_INPUT naming the field', async () => {
    const u = await f.unit(1);
    const r = await round();
    const [ballot] = await issue({ roundId: r.id, unitId: u.unitId, count: 1 });
    const used = await anonymous('192.0.2.20', SUBMIT, { input: { roundId: r.id, subjectId: u.unitId, evaluatorKind: 'MASSES', scores: scoresOf('UNIT', [90]), ballotCode: ballot!.code } });
    expect(used.errors).toBeUndefined();
    const again = await form('192.0.2.20', ballot!.code);
    const unknown = await form('192.0.2.20', generateBallotCode());
    for (const res of [again, unknown]) {
      expect(res.data?.ballot ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(again.errors![0]!.message).toBe(unknown.errors![0]!.message);
    const typo = await form('192.0.2.20', 'K7QM-3XPD-9FHW-2ABA');
    expect(typo.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await h.sql(`select client_address from evaluations.ballot_refusal where client_address = '192.0.2.20'`)).toHaveLength(2);
  });

  it('lists a PEERS holder every subject but themself, and marks those they have already scored', async () => {
    const u = await f.unit(2);
    const r = await round();
    const ballots = await issue({ roundId: r.id, unitId: u.unitId, evaluatorKind: 'PEERS' });
    const mine = ballots.find((b) => b.evaluator!.id === u.memberIds[0])!;
    const scored = await anonymous('192.0.2.30', SUBMIT, { input: { roundId: r.id, subjectId: u.memberIds[1], evaluatorKind: 'PEERS', scores: scoresOf('POST', [80]), ballotCode: mine.code } });
    expect(scored.errors).toBeUndefined();
    const res = await form('192.0.2.30', mine.code);
    expect(res.errors).toBeUndefined();
    const subjects = res.data.ballot.subjects as { id: string; evaluated: boolean }[];
    expect(res.data.ballot.evaluatorKind).toBe('PEERS');
    expect(subjects.map((s) => s.id)).not.toContain(u.memberIds[0]);
    expect(subjects.find((s) => s.id === u.memberIds[1])).toMatchObject({ evaluated: true });
    expect(subjects.find((s) => s.id === u.teamId)).toMatchObject({ evaluated: false });
  });

  it('tells the holder of a valid code that its round has closed, without counting it as a refusal', async () => {
    const u = await f.unit(1);
    const r = await round();
    const [ballot] = await issue({ roundId: r.id, unitId: u.unitId, count: 1 });
    const closed = await h.client('evaluations')(admin, `mutation($input: CloseEvaluationRoundInput!) { closeEvaluationRound(input: $input) { id } }`, { input: { id: r.id, expectedVersion: 1 } });
    expect(closed.errors).toBeUndefined();
    const res = await form('192.0.2.40', ballot!.code);
    expect(res.errors).toBeUndefined();
    expect(res.data.ballot.round).toMatchObject({ status: 'CLOSED', open: false });
    expect(await h.sql(`select 1 from evaluations.ballot_refusal where client_address = '192.0.2.40'`)).toEqual([]);
  });

  it('turns an address away once its refused codes reach the limit, counting look-ups and submissions together, while other addresses go on', async () => {
    const u = await f.unit(1);
    const r = await round();
    const [good] = await issue({ roundId: r.id, unitId: u.unitId, count: 1 });
    const address = '203.0.113.50';
    for (let i = 0; i < GUESS_LIMIT - 1; i++) expect((await form(address, generateBallotCode())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const guess = await anonymous(address, SUBMIT, { input: { roundId: r.id, subjectId: u.unitId, evaluatorKind: 'MASSES', scores: scoresOf('UNIT', [90]), ballotCode: generateBallotCode() } });
    expect(guess.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const blocked = await form(address, good!.code);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.data?.ballot ?? null).toBeNull();
    const other = await form('198.51.100.50', good!.code);
    expect(other.errors).toBeUndefined();
    expect(other.data.ballot.round.id).toBe(r.id);
  });
});
