import { DEV_SUBGRAPH_SECRET } from '@sfxd/kit';
import { admin, compiledAndInterpreted, gatewayHeaders, integrator, leader, postGraphQLText, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { directoryMaker } from '@sfxd/units/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { honorsSubgraph } from '../subgraph.js';
import { DECLARED_COUNTS_OF_ALL } from '../honor/honor.repository.js';
import { startHonorsSubgraphs } from '../testing/subgraphs.js';

/*
 * The gateway asks `Unit.quota` of this subgraph as one `_entities` request per dashboard screen,
 * with the counts it @requires in the representations. Whole answers of it are kept in the
 * AnswerCache (CachedAnswer); these tests hold the cache to the same rules as the analytics ones.
 */
let h: TestSubgraphs;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const statements = () => h.subgraph('honors').db.queries;
let industryId: string;
let A: string;
let B: string;

const QUOTA = `query($r: [_Any!]!, $c: ID!) { _entities(representations: $r) { __typename ... on Unit { quota(campaignId: $c) { partyMembers teams posts { count target ratio attained } teamQuota { count target ratio attained } } } } }`;
const MIXED = `query($r: [_Any!]!, $c: ID!) { _entities(representations: $r) { ... on Unit { quota(campaignId: $c) { posts { count } } honors(campaignId: $c) { id } } } }`;
const reps = (...ids: string[]) => ids.map((id) => ({ __typename: 'Unit', id, partyMemberCount: 40, teamCount: 10, excluded: false }));

const campaign = async (year: number) => (await as(admin, `mutation($y: Int!) { createCampaign(input: { year: $y }) { id } }`, { y: year })).data.createCampaign.id as string;
const posts = (res: { data?: any }) => res.data._entities.map((e: any) => e.quota.posts.count) as number[];
const insertPost = (c: string, unitId: string, status = 'DECLARED') =>
  h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, version, declared_on, declared_by, created_at, updated_at)
     values ($1, $2, 'POST', $3, 'MEMBER', $4, $5, $6, 1, '2016-05-20', 'operator', now(), now())`,
    [randomUUID(), c, randomUUID(), unitId, industryId, status],
  );

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  const make = directoryMaker(h.client('units'));
  industryId = (await make.industry()).id;
  [A, B] = [(await make.unit(industryId)).id, (await make.unit(industryId)).id];
});

afterAll(async () => {
  await h?.close();
});

describe('kept whole answers of Unit.quota', () => {
  it('answer a repeated quota request from the cache without a single SQL statement, with the same numbers', async () => {
    const c = await campaign(2021);
    await insertPost(c, A);
    const first = await as(leader, QUOTA, { r: reps(A, B), c });
    expect(first.errors).toBeUndefined();
    expect(posts(first)).toEqual([1, 0]);
    statements().reset();
    const again = await as(leader, QUOTA, { r: reps(A, B), c });
    expect(statements().count).toBe(0);
    expect(again.data).toEqual(first.data);
  });

  it('send a repeated answer as the very bytes sent the first time, without writing its JSON again', async () => {
    const c = await campaign(2041);
    await insertPost(c, A);
    const raw = async () => (await postGraphQLText(h.subgraph('honors').url, QUOTA, { r: reps(A, B), c }, await gatewayHeaders(leader, DEV_SUBGRAPH_SECRET))).text;
    const first = await raw();
    expect(JSON.parse(first).data._entities.map((e: any) => e.quota.posts.count)).toEqual([1, 0]);
    // Exactly what Apollo Server writes of an answer: its JSON and a line end.
    expect(first).toBe(`${JSON.stringify(JSON.parse(first))}\n`);
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      const again = await raw();
      expect(again).toBe(first);
      // The answer's data, alone or in the response around it.
      const holdsAnswer = (v: any) => v && typeof v === 'object' && ('_entities' in v || (v.data && typeof v.data === 'object' && '_entities' in v.data));
      expect(stringify.mock.calls.filter(([v]) => holdsAnswer(v))).toEqual([]);
    } finally {
      stringify.mockRestore();
    }
  });

  it('compute the answer once for identical requests that arrive together, as after a write every viewer asks at once', async () => {
    const c = await campaign(2031);
    await insertPost(c, A);
    statements().reset();
    const alone = await as(leader, QUOTA, { r: reps(A, B), c });
    const once = statements().count;
    expect(once).toBeGreaterThan(0);
    const c2 = await campaign(2032);
    await insertPost(c2, B);
    statements().reset();
    const together = await Promise.all(Array.from({ length: 6 }, () => as(leader, QUOTA, { r: reps(A, B), c: c2 })));
    expect(statements().count).toBe(once);
    for (const answer of together) expect(answer).toEqual(together[0]);
    expect(posts(together[0]!)).toEqual([0, 1]);
    expect(posts(alone)).toEqual([1, 0]);
  });

  it('compute afresh for other representations: the counts the gateway sends are part of the question', async () => {
    const c = await campaign(2022);
    const small = await as(leader, QUOTA, { r: reps(A), c });
    statements().reset();
    const bigger = await as(leader, QUOTA, { r: [{ ...reps(A)[0], partyMemberCount: 400 }], c });
    expect(statements().count).toBeGreaterThan(0);
    expect(small.data._entities[0].quota.posts.target).toBe(4);
    expect(bigger.data._entities[0].quota.posts.target).toBe(40);
  });

  it('show a declaration committed through the subgraph in the very next quota answer', async () => {
    const c = await campaign(2023);
    const make = directoryMaker(h.client('units'));
    const team = await make.team(A);
    expect(posts(await as(leader, QUOTA, { r: reps(A), c }))).toEqual([0]);
    const before = (await as(leader, QUOTA, { r: reps(A), c })).data._entities[0].quota.teamQuota.count;
    const declared = await as(admin, `mutation($input: DeclareHonorInput!) { declareHonor(input: $input) { id } }`, { input: { campaignId: c, tier: 'TEAM', subjectId: team } });
    expect(declared.errors).toBeUndefined();
    expect((await as(leader, QUOTA, { r: reps(A), c })).data._entities[0].quota.teamQuota.count).toBe(before + 1);
  });

  it('learn of a write committed by another connection, which this process never saw, within 5 seconds', async () => {
    const c = await campaign(2024);
    expect(posts(await as(leader, QUOTA, { r: reps(B), c }))).toEqual([0]);
    await insertPost(c, B);
    await vi.waitFor(async () => expect(posts(await as(leader, QUOTA, { r: reps(B), c }))).toEqual([1]), { timeout: 5000, interval: 100 });
  });

  it('keep each role’s and each unit’s answers apart, and give an anonymous caller no quota', async () => {
    const c = await campaign(2025);
    await insertPost(c, A);
    await as(leader, QUOTA, { r: reps(A), c });
    for (const caller of [integrator, admin, unitAdmin(A), unitAdmin(B)]) {
      statements().reset();
      const res = await as(caller, QUOTA, { r: reps(A), c });
      expect(res.errors).toBeUndefined();
      expect(posts(res)).toEqual([1]);
      expect(statements().count).toBeGreaterThan(0);
    }
    const anonymous = await as(null, QUOTA, { r: reps(A), c });
    expect(anonymous.data?._entities?.[0]?.quota ?? null).toBeNull();
  });

  it('never keep an answer that reads a field not marked as a kept aggregate (a unit’s honors)', async () => {
    const c = await campaign(2026);
    expect((await as(leader, MIXED, { r: reps(A), c })).errors).toBeUndefined();
    statements().reset();
    expect((await as(leader, MIXED, { r: reps(A), c })).errors).toBeUndefined();
    expect(statements().count).toBeGreaterThan(0);
  });
});

describe('the tag of a kept quota answer', () => {
  const raw = async (caller: Parameters<typeof gatewayHeaders>[0], c: string, ifNoneMatch?: string, query = QUOTA) => {
    const res = await fetch(h.subgraph('honors').url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await gatewayHeaders(caller, DEV_SUBGRAPH_SECRET)), ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}) },
      body: JSON.stringify({ query, variables: { r: reps(A, B), c } }),
    });
    return { status: res.status, tag: res.headers.get('etag'), text: await res.text() };
  };

  it('is answered 304 with no body while that answer is kept, and the answer itself to anyone naming another tag', async () => {
    const c = await campaign(2061);
    await insertPost(c, A);
    const first = await raw(leader, c);
    expect(first.status).toBe(200);
    expect(first.tag).toMatch(/^"[\w-]{43}"$/);
    const kept = await raw(leader, c);
    expect(kept).toEqual(first);
    statements().reset();
    expect(await raw(leader, c, first.tag!)).toEqual({ status: 304, tag: first.tag, text: '' });
    expect(statements().count).toBe(0);
    expect(await raw(leader, c, '"another"')).toEqual(first);
  });

  it('is no longer the answer once a write emptied it: the new answer comes in full with a new tag', async () => {
    const c = await campaign(2062);
    const first = await raw(leader, c);
    await insertPost(c, B);
    const after = await raw(leader, c, first.tag!);
    expect(after.status).toBe(200);
    expect(after.tag).not.toBe(first.tag);
    expect(JSON.parse(after.text).data._entities.map((e: any) => e.quota.posts.count)).toEqual([0, 1]);
  });

  it('is the same for the same bytes computed again after a write that changed nothing in them', async () => {
    const c = await campaign(2065);
    const first = await raw(leader, c);
    const other = await campaign(2066);
    await insertPost(other, A);
    statements().reset();
    expect(await raw(leader, c, first.tag!)).toEqual({ status: 304, tag: first.tag, text: '' });
    // Computed again (the write emptied the kept answers), to the same bytes.
    expect(statements().count).toBeGreaterThan(0);
  });

  it('is judged against the answer of the caller\'s own scope: computed for a unit\'s admin, and refused to an anonymous caller', async () => {
    const c = await campaign(2063);
    const first = await raw(leader, c);
    statements().reset();
    // A unit's admin may see the same quota: computed for its scope, to the same bytes, so 304.
    expect(await raw(unitAdmin(A), c, first.tag!)).toEqual({ status: 304, tag: first.tag, text: '' });
    expect(statements().count).toBeGreaterThan(0);
    const anonymous = await raw(null, c, first.tag!);
    expect(anonymous.status).toBe(200);
    expect(JSON.parse(anonymous.text).errors).toBeDefined();
  });

  it('is judged once for identical requests that arrive together while the answer is computed: each is answered 304', async () => {
    const c = await campaign(2067);
    const first = await raw(leader, c);
    const other = await campaign(2068);
    await insertPost(other, A);
    statements().reset();
    const together = await Promise.all(Array.from({ length: 4 }, () => raw(leader, c, first.tag!)));
    expect(together.map((r) => r.status)).toEqual([304, 304, 304, 304]);
    // Computed once for the four (the write emptied it), to the bytes the tag names.
    const once = statements().count;
    statements().reset();
    await raw(admin, c);
    expect(once).toBe(statements().count);
  });

  it('is never given to an answer that is not kept, nor to one with an error', async () => {
    const c = await campaign(2064);
    for (let i = 0; i < 2; i++) {
      const mixed = await raw(leader, c, '*', MIXED);
      expect(mixed).toMatchObject({ status: 200, tag: null });
      const anonymous = await raw(null, c, '*');
      expect(anonymous.tag).toBeNull();
      expect(JSON.parse(anonymous.text).errors).toBeDefined();
    }
  });
});

describe('a quota answer computed compiled (graphql-jit)', () => {
  it('is, byte for byte, what graphql-js answers, for every role, a unit’s admin and an excluded or memberless unit', async () => {
    const c = await campaign(2051);
    await insertPost(c, A);
    await insertPost(c, A);
    const r = [...reps(A, B), { ...reps(B)[0], excluded: true }, { ...reps(A)[0], partyMemberCount: 0, teamCount: 0 }];
    const both = await compiledAndInterpreted(h, honorsSubgraph);
    try {
      for (const caller of [leader, admin, integrator, unitAdmin(A), unitAdmin(B)]) {
        const { compiled, interpreted } = await both.ask(caller, QUOTA, { r, c });
        expect(compiled).toBe(interpreted);
      }
      const { compiled } = await both.ask(leader, QUOTA, { r, c });
      expect(JSON.parse(compiled).data._entities.slice(0, 2).map((e: any) => e.quota.posts.count)).toEqual([2, 0]);
      expect(JSON.parse(compiled).data._entities[2].quota).toBeNull();
      // Every answer without an error was compiled (the repeat was kept); none fell back.
      expect(both.counts()).toEqual({ compiled: 5, interpreted: 0 });
    } finally {
      await both.close();
    }
  });

  it('leaves an answer with an error (an anonymous caller’s) to graphql-js, which answers it as always', async () => {
    const c = await campaign(2052);
    const both = await compiledAndInterpreted(h, honorsSubgraph);
    try {
      const { compiled, interpreted } = await both.ask(null, QUOTA, { r: reps(A), c });
      expect(compiled).toBe(interpreted);
      expect(JSON.parse(compiled).errors[0].extensions.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
      expect(both.counts()).toEqual({ compiled: 0, interpreted: 1 });
    } finally {
      await both.close();
    }
  });
});

describe('Unit.quota of a province’s units at once', () => {
  it('counts each unit’s own declarations, none of another campaign’s, when the units asked for are so many that the whole campaign is counted', async () => {
    const [c, other] = [await campaign(2071), await campaign(2072)];
    await insertPost(c, A);
    await insertPost(c, A);
    await insertPost(c, A, 'WITHDRAWN');
    await insertPost(c, B);
    await insertPost(other, A);
    const many = [A, B, ...Array.from({ length: DECLARED_COUNTS_OF_ALL }, () => randomUUID())];
    const counting = () => statements().statements.filter((sql) => /group by/i.test(sql));
    statements().reset();
    const all = await as(leader, QUOTA, { r: reps(...many), c });
    expect(all.errors).toBeUndefined();
    const counts = posts(all);
    expect(counts.slice(0, 2)).toEqual([2, 1]);
    expect(counts.slice(2).every((n) => n === 0)).toBe(true);
    // The whole campaign's counts, in one statement that names no unit.
    expect(counting()).toHaveLength(1);
    expect(counting()[0]).not.toMatch(/any\(/i);
    const forMany = statements().count;
    statements().reset();
    const few = await as(leader, QUOTA, { r: reps(A, B), c });
    expect(posts(few)).toEqual([2, 1]);
    expect(counting()[0]).toMatch(/any\(/i);
    expect(forMany).toBe(statements().count);
  });
});
