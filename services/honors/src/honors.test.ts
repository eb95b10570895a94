import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { SCALES, generateSeed } from '@sfxd/seed';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHonorsSeed, type HonorsSeed } from './seed/honors.seed.js';
import { insertHonorsSeed } from './seed/honors.seed.load.js';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
let seed: HonorsSeed;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const queries = () => h.subgraph('honors').db.queries;

const PAGE = `query($campaignId: ID!, $tier: HonorTier, $status: HonorStatus, $unitId: ID, $first: Int, $after: String) {
  honors(campaignId: $campaignId, tier: $tier, status: $status, unitId: $unitId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id tier status unit { id } } }
  }
}`;
const HONOR = `query($id: ID!) { honor(id: $id) {
  id tier status version declaredOn declaredBy plaqueNumber namedOn batch publicityStartsOn publicityEndsOn rectificationDeadline overdue
  campaign { year } unit { id } industry { id }
  subject { __typename ... on Member { id } ... on Team { id } ... on Unit { id } ... on Industry { id } }
  events { action fromStatus toStatus actor actorRole at note }
} }`;
const ENTITY_HONORS = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Member { id honors { id tier } } ... on Unit { id honors { id tier events { action } } }
} }`;

const current = () => seed.campaigns.find((c) => c.year === 2016)!;
const honorsOf = (campaignId: string) => seed.honors.filter((x) => x.campaignId === campaignId);

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  seed = generateHonorsSeed(generateSeed(SCALES.tiny));
  await insertHonorsSeed(h.subgraph('honors').db.orm, seed);
});

afterAll(async () => {
  await h?.close();
});

describe('candidacies and honors', () => {
  it("page through a campaign's candidacies by declaration date, every one exactly once", async () => {
    const expected = honorsOf(current().id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await as(leader, PAGE, { campaignId: current().id, first: 7, after });
      expect(res.errors).toBeUndefined();
      const page = res.data.honors;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(expected.map((x) => x.id).sort());
  });

  it('filter by tier, status and unit', async () => {
    const named = honorsOf(current().id).filter((x) => x.tier === 'POST' && x.status === 'NAMED');
    const res = await as(integrator, PAGE, { campaignId: current().id, tier: 'POST', status: 'NAMED', first: 100 });
    expect(res.data.honors.totalCount).toBe(named.length);
    expect(res.data.honors.edges.every((e: any) => e.node.tier === 'POST' && e.node.status === 'NAMED')).toBe(true);
    const unitId = named[0]!.unitId!;
    const ofUnit = await as(leader, PAGE, { campaignId: current().id, unitId, first: 100 });
    expect(ofUnit.data.honors.totalCount).toBe(honorsOf(current().id).filter((x) => x.unitId === unitId).length);
  });

  it('refuse a page size out of 1–100 and a cursor this list did not give out', async () => {
    const big = await as(leader, PAGE, { campaignId: current().id, first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await as(leader, PAGE, { campaignId: current().id, after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('show an honor with its campaign, subject, unit, industry and history, each step with who took it and in which role', async () => {
    const named = honorsOf(current().id).find((x) => x.tier === 'POST' && x.status === 'NAMED')!;
    const res = await as(admin, HONOR, { id: named.id });
    expect(res.errors).toBeUndefined();
    const honor = res.data.honor;
    expect(honor).toMatchObject({
      id: named.id, tier: 'POST', status: 'NAMED', version: named.version, declaredOn: named.declaredOn, declaredBy: named.declaredBy,
      plaqueNumber: named.plaqueNumber, namedOn: named.namedOn, batch: named.batch, overdue: false, campaign: { year: 2016 },
      unit: { id: named.unitId }, industry: { id: named.industryId }, subject: { __typename: 'Member', id: named.subjectId },
    });
    const events = seed.events.filter((e) => e.honorId === named.id);
    expect(honor.events.map((e: any) => e.action)).toEqual(events.map((e) => e.action));
    expect(honor.events.map((e: any) => [e.actor, e.actorRole])).toEqual(events.map((e) => [e.actor, e.actorRole]));
    expect(new Set(honor.events.map((e: any) => e.actorRole))).toContain('ADMIN');
    expect(honor.events.at(-1).toStatus).toBe('NAMED');
    const industry = honorsOf(current().id).find((x) => x.tier === 'INDUSTRY')!;
    expect((await as(leader, HONOR, { id: industry.id })).data.honor).toMatchObject({ unit: null, subject: { __typename: 'Industry', id: industry.subjectId } });
    expect((await as(leader, HONOR, { id: randomUUID() })).data.honor).toBeNull();
  });

  it("are a UNIT_ADMIN's own unit's only: another unit's is FORBIDDEN by id, refused by unitId, and left out of lists", async () => {
    const mine = honorsOf(current().id).find((x) => x.unitId)!;
    const other = honorsOf(current().id).find((x) => x.unitId && x.unitId !== mine.unitId)!;
    const caller = unitAdmin(mine.unitId!);
    expect((await as(caller, HONOR, { id: mine.id })).data.honor.id).toBe(mine.id);
    expect((await as(caller, HONOR, { id: other.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(caller, PAGE, { campaignId: current().id, unitId: other.unitId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const all = await as(caller, PAGE, { campaignId: current().id, first: 100 });
    expect(all.data.honors.totalCount).toBe(honorsOf(current().id).filter((x) => x.unitId === mine.unitId).length);
    expect(all.data.honors.edges.every((e: any) => e.node.unit.id === mine.unitId)).toBe(true);
    const entities = await as(caller, ENTITY_HONORS, { r: [{ __typename: 'Unit', id: other.unitId }] });
    expect(entities.data._entities[0].honors).toEqual([]);
    expect((await as(null, PAGE, { campaignId: current().id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("load subjects' honors and their events with the same number of statements for 10 subjects as for every one", async () => {
    const posts = seed.honors.filter((x) => x.tier === 'POST');
    const units = seed.honors.filter((x) => x.tier === 'UNIT');
    const reps = (n: number) => [
      ...[...new Set(posts.map((x) => x.subjectId))].slice(0, n).map((id) => ({ __typename: 'Member', id })),
      ...[...new Set(units.map((x) => x.subjectId))].slice(0, n).map((id) => ({ __typename: 'Unit', id })),
    ];
    const count = async (r: object[]) => {
      queries().reset();
      const res = await as(leader, ENTITY_HONORS, { r });
      expect(res.errors).toBeUndefined();
      return { n: queries().count, data: res.data._entities };
    };
    const few = await count(reps(5));
    const many = await count(reps(1000));
    expect(many.data.length).toBeGreaterThan(few.data.length * 2);
    expect(many.n).toBe(few.n);
    expect(few.n).toBe(2);
    const someUnit = many.data.find((e: any) => e.honors?.length && e.honors[0].tier === 'UNIT');
    expect(someUnit.honors[0].events.length).toBeGreaterThan(0);
  });
});
