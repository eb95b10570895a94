import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBallotCode, hashBallotCode } from './ballot/ballot.code.js';
import { CREATE_ROUND, ISSUE, SUBMIT, scoresOf, shift } from './testing/documents.js';
import { fixtures, startEvaluationsSubgraphs } from './testing/subgraphs.js';

const PEPPER = 'a-test-pepper-of-enough-bytes';
let h: TestSubgraphs;
let f: ReturnType<typeof fixtures>;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('evaluations')(...args);

async function round(over: Record<string, unknown> = {}) {
  const res = await as(admin, CREATE_ROUND, { input: { campaignId, name: '年中评议', kind: 'MID_YEAR_REVIEW', opensOn: shift(-1), closesOn: shift(30), ...over } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createEvaluationRound as { id: string; version: number };
}
const issue = (caller: Parameters<typeof as>[0], input: Record<string, unknown>) => as(caller, ISSUE, { input });
async function codes(roundId: string, unitId: string, count = 1, caller = admin) {
  const res = await issue(caller, { roundId, unitId, count });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.issueBallots.ballots.map((b: any) => b.code) as string[];
}
async function peerCodes(roundId: string, unitId: string, evaluatorIds?: string[]) {
  const res = await issue(admin, { roundId, unitId, evaluatorKind: 'PEERS', ...(evaluatorIds ? { evaluatorIds } : {}) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return new Map<string, string>(res.data.issueBallots.ballots.map((b: any) => [b.evaluator.id, b.code]));
}
const submit = (caller: Parameters<typeof as>[0], input: Record<string, unknown>) => as(caller, SUBMIT, { input });
const masses = (roundId: string, subjectId: string, ballotCode: string, values = [90, 85, 80, 95], over: Record<string, unknown> = {}) =>
  submit(null, { roundId, subjectId, evaluatorKind: 'MASSES', scores: scoresOf('POST', values), ballotCode, ...over });
const evaluationsOf = (subjectId: string) => h.sql(`select kind, score_sum, superseded_at from evaluations.evaluation where subject_id = $1 order by submitted_at`, [subjectId]);

beforeAll(async () => {
  h = await startEvaluationsSubgraphs({ ballotPepper: PEPPER, guessLimit: 1_000, publicBaseUrl: 'https://sfxd.example.gov.cn' });
  f = fixtures(h);
  campaignId = await f.campaign(2030);
});

afterAll(async () => {
  await h?.close();
});

describe('issuing ballot codes', () => {
  it("gives a unit's UNIT_ADMIN one-time codes with QR codes to its ballot page and a printable sheet, keeping only their hashes", async () => {
    const u = await f.unit(2);
    const r = await round();
    const res = await issue(unitAdmin(u.unitId), { roundId: r.id, unitId: u.unitId, count: 3 });
    expect(res.errors).toBeUndefined();
    const issued = res.data.issueBallots;
    expect(issued).toMatchObject({ evaluatorKind: 'MASSES', count: 3, round: { id: r.id }, unit: { id: u.unitId } });
    expect(new Set(issued.ballots.map((b: any) => b.code)).size).toBe(3);
    for (const b of issued.ballots) {
      expect(b.code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
      expect(b.url).toBe(`https://sfxd.example.gov.cn/ballot/${b.code.replace(/-/g, '')}`);
      expect(b.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect(b.evaluator).toBeNull();
    }
    const sheet = Buffer.from(issued.sheet.contentBase64, 'base64').toString('utf8');
    expect(issued.sheet.contentType).toBe('text/html; charset=utf-8');
    for (const b of issued.ballots) expect(sheet).toContain(b.code);
    expect(sheet.match(/<svg/g)).toHaveLength(3);
    const stored = await h.sql(`select code_hash, kind, unit_id, used_at from evaluations.ballot where batch_id = $1`, [issued.batchId]);
    expect(stored.map((s) => s.code_hash).sort()).toEqual(issued.ballots.map((b: any) => hashBallotCode(b.code, PEPPER)).sort());
    const everything = JSON.stringify(await h.sql(`select * from evaluations.ballot`)) + JSON.stringify(await h.sql(`select * from evaluations.audit_event`));
    for (const b of issued.ballots) {
      expect(everything).not.toContain(b.code);
      expect(everything).not.toContain(b.code.replace(/-/g, ''));
    }
    const audit = await h.sql(`select actor, unit_id, detail from evaluations.audit_event where operation = 'issueBallots' and detail->>'batchId' = $1`, [issued.batchId]);
    expect(audit).toEqual([expect.objectContaining({ actor: unitAdmin(u.unitId).sub, unit_id: u.unitId })]);
    expect(audit[0].detail).toMatchObject({ kind: 'MASSES', count: 3 });
  });

  it("are for ADMIN and the unit's own UNIT_ADMIN only, for a unit in the city's action, 1–1000 at a time", async () => {
    const u = await f.unit(1);
    const other = await f.unit(1);
    const r = await round();
    const input = { roundId: r.id, unitId: u.unitId, count: 2 };
    expect((await issue(unitAdmin(other.unitId), input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await issue(leader, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await issue(integrator, input)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await issue(null, input)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await issue(admin, { ...input, count: 0 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
    expect((await issue(admin, { ...input, count: 1001 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
    expect((await issue(admin, { ...input, evaluatorKind: 'LEADERS' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evaluatorKind' });
    const excluded = await f.unit(1, { excluded: true });
    expect((await issue(admin, { ...input, unitId: excluded.unitId })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect((await issue(admin, { ...input, unitId: randomUUID() })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
    const review = await round({ kind: 'MASS_REVIEW' });
    expect((await issue(admin, { roundId: review.id, unitId: u.unitId, evaluatorKind: 'PEERS' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evaluatorKind' });
    expect((await issue(admin, { roundId: r.id, unitId: u.unitId, evaluatorKind: 'PEERS', evaluatorIds: [other.memberIds[0]] })).errors?.[0]?.extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'evaluatorIds[0]' });
    expect(await h.sql(`select 1 from evaluations.ballot where unit_id in ($1, $2)`, [u.unitId, excluded.unitId])).toEqual([]);
  });
});

describe('a ballot code', () => {
  it('lets an anonymous caller evaluate a subject of its unit once, and only in its round', async () => {
    const u = await f.unit(2);
    const other = await f.unit(1);
    const r = await round();
    const r2 = await round({ name: '另一轮' });
    await codes(r2.id, u.unitId, 1);
    const [code, spare] = await codes(r.id, u.unitId, 2);
    const [otherCode] = await codes(r.id, other.unitId, 1);
    const first = await masses(r.id, u.memberIds[0]!, code!, [90, 85, 80, 95], { comment: '  服务热情，\r\n办事高效  ' });
    expect(first.errors).toBeUndefined();
    expect(first.data.submitEvaluation).toMatchObject({
      tier: 'POST', evaluatorKind: 'MASSES', source: 'ONLINE', comment: '服务热情，\n办事高效', supersededAt: null,
      scores: [{ criterion: 'POST_POLITICAL', score: 90 }, { criterion: 'POST_DISCIPLINE', score: 85 }, { criterion: 'POST_SERVICE', score: 80 }, { criterion: 'POST_DUTY', score: 95 }],
      subject: { __typename: 'Member', id: u.memberIds[0] },
    });
    const refusals = [
      await masses(r.id, u.memberIds[1]!, code!), // used
      await masses(r2.id, u.memberIds[0]!, spare!), // another round's
      await masses(r.id, other.memberIds[0]!, spare!), // another unit's subject
      await masses(r.id, u.memberIds[0]!, otherCode!), // another unit's code
      await masses(r.id, u.memberIds[0]!, generateBallotCode()), // never issued
    ];
    for (const res of refusals) {
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe(refusals[0]!.errors![0]!.message);
    }
    expect((await evaluationsOf(u.memberIds[0]!)).length).toBe(1);
    expect((await evaluationsOf(u.memberIds[1]!)).length).toBe(0);
    expect((await masses(r.id, u.memberIds[1]!, spare!)).errors).toBeUndefined();
    const used = await h.sql(`select count(*) filter (where used_at is not null)::int as used, count(*)::int as issued from evaluations.ballot where round_id = $1 and unit_id = $2`, [r.id, u.unitId]);
    expect(used[0]).toEqual({ used: 2, issued: 2 });
  });

  it('is refused with BAD_USER_INPUT when mistyped or missing, before any lookup, and a signed-in caller gets no MASSES evaluation without one', async () => {
    const u = await f.unit(1);
    const r = await round();
    const [code] = await codes(r.id, u.unitId, 1);
    const typo = code!.slice(0, -1) + (code!.endsWith('2') ? '3' : '2');
    expect((await masses(r.id, u.memberIds[0]!, typo)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ballotCode' });
    expect((await masses(r.id, u.memberIds[0]!, 'ABC')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ballotCode' });
    const none = await submit(admin, { roundId: r.id, subjectId: u.memberIds[0], evaluatorKind: 'MASSES', scores: scoresOf('POST', [90]) });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ballotCode' });
    expect((await masses(r.id, u.memberIds[0]!, code!.toLowerCase().replace(/-/g, ' '))).errors).toBeUndefined();
  });

  it("refuses scores that miss, repeat, add or overshoot a criterion of the subject's tier, naming it, and leaves the code unused", async () => {
    const u = await f.unit(1);
    const r = await round();
    const [code] = await codes(r.id, u.unitId, 1);
    const subjectId = u.memberIds[0]!;
    const attempt = (scores: object[]) => submit(null, { roundId: r.id, subjectId, evaluatorKind: 'MASSES', scores, ballotCode: code });
    const post = scoresOf('POST', [90, 85, 80, 95]);
    const cases: [object[], string][] = [
      [post.slice(0, 3), 'scores.POST_DUTY'],
      [[...post, { criterion: 'POST_DUTY', score: 70 }], 'scores.POST_DUTY'],
      [[...post, { criterion: 'TEAM_UNITY', score: 70 }], 'scores.TEAM_UNITY'],
      [post.map((s) => (s.criterion === 'POST_SERVICE' ? { ...s, score: 101 } : s)), 'scores.POST_SERVICE'],
      [post.map((s) => (s.criterion === 'POST_POLITICAL' ? { ...s, score: -1 } : s)), 'scores.POST_POLITICAL'],
    ];
    for (const [scores, field] of cases) expect((await attempt(scores)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await submit(null, { roundId: r.id, subjectId, evaluatorKind: 'MASSES', scores: post, ballotCode: code, comment: 'x'.repeat(501) })).errors?.[0]?.extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect(await evaluationsOf(subjectId)).toEqual([]);
    expect((await attempt(post)).errors).toBeUndefined();
  });

  it('used twice at once gives one evaluation: the second waits for the first and is refused', async () => {
    const u = await f.unit(2);
    const r = await round();
    const [code] = await codes(r.id, u.unitId, 1);
    const { Client } = (await import('pg')).default;
    const holder = new Client({ connectionString: h.db.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query(`select id from evaluations.ballot where code_hash = $1 for update`, [hashBallotCode(code!, PEPPER)]);
      const both = [masses(r.id, u.memberIds[0]!, code!), masses(r.id, u.memberIds[1]!, code!)];
      // Both submissions are now queued behind the test's lock on the ballot's row.
      for (let waiting = 0, tries = 0; waiting < 2; tries++) {
        expect(tries, 'both submissions wait for the lock').toBeLessThan(500);
        await new Promise((resolve) => setTimeout(resolve, 20));
        // Asked on a connection of its own: within the holder's transaction the activity view would stay as it first read it.
        waiting = (await h.sql(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%code_hash%for update%'`))[0].n;
      }
      await holder.query('commit');
      const results = await Promise.all(both);
      expect(results.filter((x) => !x.errors)).toHaveLength(1);
      expect(results.find((x) => x.errors)!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    } finally {
      await holder.end();
    }
    const rows = await h.sql(`select count(*)::int as n from evaluations.evaluation where subject_id = any($1)`, [u.memberIds]);
    expect(rows[0].n).toBe(1);
  });

  it('is not taken outside an open round, nor for a kind the round does not take', async () => {
    const u = await f.unit(1);
    const later = await round({ opensOn: shift(3), closesOn: shift(10) });
    const [laterCode] = await codes(later.id, u.unitId, 1);
    expect((await masses(later.id, u.memberIds[0]!, laterCode!)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundId' });
    const r = await round();
    const [code] = await codes(r.id, u.unitId, 1);
    const closed = await as(admin, `mutation($input: CloseEvaluationRoundInput!) { closeEvaluationRound(input: $input) { status } }`, { input: { id: r.id, expectedVersion: r.version } });
    expect(closed.data.closeEvaluationRound.status).toBe('CLOSED');
    expect((await masses(r.id, u.memberIds[0]!, code!)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roundId' });
    expect(await evaluationsOf(u.memberIds[0]!)).toEqual([]);
  });

  it('in a mass review of candidacies, evaluates live candidacies only, given as the candidacy or its subject', async () => {
    const u = await f.unit(2);
    const honorId = await f.declare(campaignId, 'POST', u.memberIds[0]!);
    const review = await round({ kind: 'MASS_REVIEW', tiers: ['POST'] });
    const [a, b, c] = await codes(review.id, u.unitId, 3);
    expect((await masses(review.id, u.memberIds[0]!, a!)).errors).toBeUndefined();
    expect((await masses(review.id, honorId, b!)).errors).toBeUndefined();
    // The other member has no candidacy: not on the unit's ballot in this round.
    expect((await masses(review.id, u.memberIds[1]!, c!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await h.sql(`select honor_id, subject_id from evaluations.evaluation where round_id = $1`, [review.id]);
    expect(stored).toEqual([{ honor_id: honorId, subject_id: u.memberIds[0] }, { honor_id: honorId, subject_id: u.memberIds[0] }]);
    const peers = await submit(null, { roundId: review.id, subjectId: u.memberIds[0], evaluatorKind: 'PEERS', scores: scoresOf('POST', [90]), ballotCode: c });
    expect(peers.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evaluatorKind' });
  });
});

describe('peer codes', () => {
  it('let a member evaluate each other member of the unit once, never themself, and nothing of another unit', async () => {
    const u = await f.unit(3);
    const other = await f.unit(1);
    const r = await round();
    const byMember = await peerCodes(r.id, u.unitId);
    expect([...byMember.keys()].sort()).toEqual([...u.memberIds].sort());
    const [alice, bob, carol] = u.memberIds as [string, string, string];
    const peer = (subjectId: string, code: string) => submit(null, { roundId: r.id, subjectId, evaluatorKind: 'PEERS', scores: scoresOf('POST', [88]), ballotCode: code });
    expect((await peer(bob, byMember.get(alice)!)).errors).toBeUndefined();
    expect((await peer(carol, byMember.get(alice)!)).errors).toBeUndefined();
    expect((await peer(alice, byMember.get(alice)!)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    expect((await peer(bob, byMember.get(alice)!)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'subjectId' });
    expect((await peer(other.memberIds[0]!, byMember.get(alice)!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A PEERS code is no MASSES ballot.
    expect((await masses(r.id, bob, byMember.get(carol)!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await h.sql(`select subject_id, evaluator_member_id from evaluations.evaluation where round_id = $1 and kind = 'PEERS' order by submitted_at`, [r.id]);
    expect(stored).toEqual([{ subject_id: bob, evaluator_member_id: alice }, { subject_id: carol, evaluator_member_id: alice }]);
  });
});

describe('leaders', () => {
  it('evaluate signed in, once per subject: a second evaluation replaces the first while the round is open, which stays as history', async () => {
    const u = await f.unit(1);
    const r = await round();
    const give = (caller: Parameters<typeof as>[0], values: number[], subjectId = u.unitId) =>
      submit(caller, { roundId: r.id, subjectId, evaluatorKind: 'LEADERS', scores: scoresOf('UNIT', values) });
    const first = await give(leader, [80]);
    expect(first.errors).toBeUndefined();
    expect(first.data.submitEvaluation).toMatchObject({ tier: 'UNIT', subject: { __typename: 'Unit', id: u.unitId } });
    const second = await give(leader, [95]);
    expect(second.errors).toBeUndefined();
    expect((await give(admin, [70])).errors).toBeUndefined();
    const rows = await h.sql(`select id, evaluator_sub, score_sum, superseded_at is not null as superseded, superseded_by from evaluations.evaluation where subject_id = $1 order by submitted_at`, [u.unitId]);
    expect(rows.map((x) => [x.evaluator_sub, x.score_sum, x.superseded])).toEqual([[leader.sub, 320, true], [leader.sub, 380, false], [admin.sub, 280, false]]);
    expect(rows[0].superseded_by).toBe(second.data.submitEvaluation.id);
    expect((await give(unitAdmin(u.unitId), [90])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await give(integrator, [90])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await give(null, [90])).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const withCode = await submit(leader, { roundId: r.id, subjectId: u.unitId, evaluatorKind: 'LEADERS', scores: scoresOf('UNIT', [90]), ballotCode: generateBallotCode() });
    expect(withCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ballotCode' });
    expect((await give(leader, [90], randomUUID())).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'subjectId' });
    // The first evaluation fixed the round's weights.
    const weights = await as(admin, `mutation($input: UpdateEvaluationRoundInput!) { updateEvaluationRound(input: $input) { version } }`, {
      input: { id: r.id, expectedVersion: r.version, weights: { masses: 0.5, peers: 0.25, leaders: 0.25 } },
    });
    expect(weights.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'weights' });
  });

  it("evaluate a team and an industry as their owners describe them, storing the subject's unit and industry", async () => {
    const u = await f.unit(1);
    const r = await round();
    const team = await submit(leader, { roundId: r.id, subjectId: u.teamId, evaluatorKind: 'LEADERS', scores: scoresOf('TEAM', [91, 92, 93, 94]) });
    expect(team.errors).toBeUndefined();
    const industry = await submit(leader, { roundId: r.id, subjectId: u.industryId, evaluatorKind: 'LEADERS', scores: scoresOf('INDUSTRY', [75, 80, 85]) });
    expect(industry.errors).toBeUndefined();
    expect(industry.data.submitEvaluation.scores).toHaveLength(3);
    const rows = await h.sql(`select subject_kind, tier, unit_id, industry_id from evaluations.evaluation where round_id = $1 order by submitted_at`, [r.id]);
    expect(rows).toEqual([
      { subject_kind: 'TEAM', tier: 'TEAM', unit_id: u.unitId, industry_id: u.industryId },
      { subject_kind: 'INDUSTRY', tier: 'INDUSTRY', unit_id: null, industry_id: u.industryId },
    ]);
    const wrongTier = await submit(leader, { roundId: r.id, subjectId: u.teamId, evaluatorKind: 'LEADERS', scores: scoresOf('POST', [90]) });
    expect(wrongTier.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scores.POST_POLITICAL' });
  });
});
