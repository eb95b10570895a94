import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { directoryMaker } from '@sfxd/units/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHonorsSubgraphs } from '../testing/subgraphs.js';

let h: TestSubgraphs;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const statements = () => h.subgraph('honors').db.queries;
let industryId: string;
let A: string;
let B: string;

const COUNTS = `query($c: ID!) { honorCounts(campaignId: $c) { unitId tier status count } }`;
const ATTAINMENT = `query($c: ID!) { quotaAttainment(campaignId: $c) { participatingUnits units { count target } } }`;

const campaign = async (year: number) => (await as(admin, `mutation($y: Int!) { createCampaign(input: { year: $y }) { id } }`, { y: year })).data.createCampaign.id as string;
const declareUnit = (campaignId: string, unitId: string) =>
  as(admin, `mutation($input: DeclareHonorInput!) { declareHonor(input: $input) { id } }`, { input: { campaignId, tier: 'UNIT', subjectId: unitId } });
const countOf = (rows: { unitId: string | null; tier: string; status: string; count: number }[], unitId: string) =>
  rows.filter((r) => r.unitId === unitId && r.tier === 'UNIT').reduce((n, r) => n + r.count, 0);

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  const make = directoryMaker(h.client('units'));
  industryId = (await make.industry()).id;
  [A, B] = [(await make.unit(industryId)).id, (await make.unit(industryId)).id];
});

afterAll(async () => {
  await h?.close();
});

describe('cached analytics answers', () => {
  it('answer a repeated read from the cache without a single SQL statement', async () => {
    const c = await campaign(2011);
    await declareUnit(c, A);
    // The declaration's notice, arriving after the first read, would empty the answer it kept.
    await h.heard();
    const first = await as(leader, COUNTS, { c });
    expect(first.errors).toBeUndefined();
    statements().reset();
    const again = await as(leader, COUNTS, { c });
    expect(statements().count).toBe(0);
    expect(again.data).toEqual(first.data);
  });

  it('show a write made through the subgraph in the very next read', async () => {
    const c = await campaign(2012);
    expect(countOf((await as(leader, COUNTS, { c })).data.honorCounts, A)).toBe(0);
    expect((await declareUnit(c, A)).errors).toBeUndefined();
    expect(countOf((await as(leader, COUNTS, { c })).data.honorCounts, A)).toBe(1);
  });

  it('learn of a write committed by another connection, which this process never saw, within 5 seconds', async () => {
    const c = await campaign(2013);
    expect(countOf((await as(leader, COUNTS, { c })).data.honorCounts, B)).toBe(0);
    await h.sql(
      `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, version, declared_on, declared_by, created_at, updated_at)
       values ($1, $2, 'UNIT', $3, 'UNIT', $3, $4, 'NAMED', 1, '2013-05-20', 'operator', now(), now())`,
      [randomUUID(), c, B, industryId],
    );
    await vi.waitFor(async () => expect(countOf((await as(leader, COUNTS, { c })).data.honorCounts, B)).toBe(1), { timeout: 5000, interval: 100 });
  });

  it('keep each role’s and each unit’s answers apart, and answer no anonymous caller', async () => {
    const c = await campaign(2014);
    await declareUnit(c, B);
    await as(leader, ATTAINMENT, { c });
    await as(leader, COUNTS, { c });
    for (const caller of [integrator, admin, unitAdmin(A), unitAdmin(B)]) {
      statements().reset();
      const res = await as(caller, COUNTS, { c });
      expect(res.errors).toBeUndefined();
      expect(statements().count).toBe(1);
      statements().reset();
      expect((await as(caller, ATTAINMENT, { c })).errors).toBeUndefined();
      expect(statements().count).toBeGreaterThan(0);
    }
    for (const query of [COUNTS, ATTAINMENT]) {
      const anonymous = await as(null, query, { c });
      expect(anonymous.data?.honorCounts ?? anonymous.data?.quotaAttainment ?? null).toBeNull();
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
