import { admin, leader, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const queries = () => h.subgraph('honors').db.queries;

const QUOTA = `query($r: [_Any!]!, $c: ID!) { _entities(representations: $r) {
  ... on Unit { id quota(campaignId: $c) { partyMembers teams posts { count target ratio attained } teamQuota { count target ratio attained } } }
} }`;
/** A unit as the gateway hands it over, with the counts its owners gave. */
const unit = (id: string, partyMemberCount: number, teamCount: number, excluded = false) => ({ __typename: 'Unit', id, partyMemberCount, teamCount, excluded });

async function declared(unitId: string, tier: string, status = 'DECLARED') {
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, '2016-06-01', 'test', now(), now())`,
    [randomUUID(), campaignId, tier, randomUUID(), tier === 'POST' ? 'MEMBER' : 'TEAM', unitId, randomUUID(), status],
  );
}

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  campaignId = (await as(admin, `mutation { createCampaign(input: { year: 2016 }) { id } }`)).data.createCampaign.id;
});

afterAll(async () => {
  await h?.close();
});

describe("a unit's quota", () => {
  it('of 25 members and 3 teams targets 3 posts and 1 team, attained exactly at the third declared post', async () => {
    const id = randomUUID();
    const quota = async () => (await as(leader, QUOTA, { r: [unit(id, 25, 3)], c: campaignId })).data._entities[0].quota;
    expect(await quota()).toEqual({
      partyMembers: 25, teams: 3, posts: { count: 0, target: 3, ratio: 0, attained: false }, teamQuota: { count: 0, target: 1, ratio: 0, attained: false },
    });
    await declared(id, 'POST');
    await declared(id, 'POST');
    await declared(id, 'POST', 'WITHDRAWN');
    await declared(id, 'POST', 'REJECTED');
    expect((await quota()).posts).toMatchObject({ count: 2, target: 3, attained: false });
    await declared(id, 'POST', 'NAMED');
    expect((await quota()).posts).toEqual({ count: 3, target: 3, ratio: 1, attained: true });
    await declared(id, 'TEAM', 'PUBLICIZING');
    expect((await quota()).teamQuota).toEqual({ count: 1, target: 1, ratio: 1, attained: true });
  });

  it('is null for an excluded unit and for an unknown campaign', async () => {
    const res = await as(leader, QUOTA, { r: [unit(randomUUID(), 25, 3, true)], c: campaignId });
    expect(res.data._entities[0].quota).toBeNull();
    const unknown = await as(leader, QUOTA, { r: [unit(randomUUID(), 25, 3)], c: randomUUID() });
    expect(unknown.data._entities[0].quota).toBeNull();
    expect((await as(null, QUOTA, { r: [unit(randomUUID(), 25, 3)], c: campaignId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same statements for 10 units as for 1,000', async () => {
    const count = async (n: number) => {
      const r = Array.from({ length: n }, (_, i) => unit(randomUUID(), 10 + i, 1 + (i % 5)));
      queries().reset();
      const res = await as(leader, QUOTA, { r, c: campaignId });
      expect(res.errors).toBeUndefined();
      expect(res.data._entities).toHaveLength(n);
      return queries().count;
    };
    const ten = await count(10);
    const thousand = await count(1000);
    expect(thousand).toBe(ten);
    expect(ten).toBe(2);
  });

  it('sends the units’ ids as one array: the statements are as long for 1,000 units as for 10', async () => {
    const sent = async (n: number) => {
      const r = Array.from({ length: n }, () => unit(randomUUID(), 10, 1));
      queries().reset();
      expect((await as(leader, QUOTA, { r, c: campaignId })).errors).toBeUndefined();
      return queries().statements.map((s) => s.length).sort((a, b) => a - b);
    };
    expect(await sent(1000)).toEqual(await sent(10));
  });

  it('answers every unit of a long list as it answers the unit alone', async () => {
    const ids = Array.from({ length: 300 }, () => randomUUID());
    for (const [i, id] of ids.entries()) if (i % 3 === 0) await declared(id, i % 2 ? 'POST' : 'TEAM');
    const r = ids.map((id, i) => unit(id, (i * 7) % 60, i % 9, i % 11 === 0));
    const together = (await as(leader, QUOTA, { r, c: campaignId })).data._entities;
    const alone = [];
    for (const rep of r.filter((_, i) => i % 10 === 0)) alone.push((await as(leader, QUOTA, { r: [rep], c: campaignId })).data._entities[0]);
    expect(together.filter((_: unknown, i: number) => i % 10 === 0)).toEqual(alone);
    expect(together.filter((e: any) => e.quota === null)).toHaveLength(r.filter((u) => u.excluded).length);
    expect(together.filter((e: any) => e.quota && e.quota.posts.count + e.quota.teamQuota.count === 1)).toHaveLength(100 - r.filter((u, i) => i % 3 === 0 && u.excluded).length);
  });
});
