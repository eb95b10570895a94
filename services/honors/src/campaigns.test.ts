import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

let h: TestSubgraphs;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);

const FIELDS = `id year name version phases { name startsOn endsOn } ledgerDueOn firstBatchBy postRatio teamRatio unitRatio
  industryMin industryMax weights { masses peers leaders } publicityWorkingDays`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { ${FIELDS} } }`;
const BY_YEAR = `query($year: Int!) { campaignByYear(year: $year) { id year } }`;

let nextYear = 2030;
async function create(input: Record<string, unknown> = {}) {
  const res = await as(admin, CREATE, { input: { year: nextYear++, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data.createCampaign;
}

beforeAll(async () => {
  h = await startHonorsSubgraphs();
});

afterAll(async () => {
  await h?.close();
});

describe('campaigns', () => {
  it('take the plan’s values for every setting the committee leaves out', async () => {
    const res = await as(admin, CREATE, { input: { year: 2016 } });
    expect(res.errors).toBeUndefined();
    expect(res.data.createCampaign).toMatchObject({
      year: 2016, name: '2016年共产党员示范行动', version: 1,
      phases: [
        { name: '启动', startsOn: '2016-05-05', endsOn: '2016-05-10' },
        { name: '深化实施', startsOn: '2016-05-11', endsOn: '2016-11-30' },
        { name: '巩固提升', startsOn: '2016-12-01', endsOn: '2016-12-31' },
      ],
      ledgerDueOn: '2016-06-20', firstBatchBy: '2016-07-01', postRatio: 0.1, teamRatio: 0.1, unitRatio: 0.1,
      industryMin: 2, industryMax: 3, weights: { masses: 0.4, peers: 0.3, leaders: 0.3 }, publicityWorkingDays: 5,
    });
    const found = await as(leader, BY_YEAR, { year: 2016 });
    expect(found.data.campaignByYear).toEqual({ id: res.data.createCampaign.id, year: 2016 });
  });

  it('are one a year: a second campaign for the year is a CONFLICT and leaves the first alone', async () => {
    const first = await create();
    const again = await as(admin, CREATE, { input: { year: first.year, name: '重复' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'year' });
    const rows = await h.sql(`select name from honors.campaign where year = $1`, [first.year]);
    expect(rows).toEqual([{ name: first.name }]);
  });

  it('are one a year even when two creations race', async () => {
    const year = nextYear++;
    const results = await Promise.all([1, 2, 3].map(() => as(admin, CREATE, { input: { year } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(r.errors![0]!.extensions!.code).toBe('CONFLICT');
    const audits = await h.sql(`select count(*)::int as n from honors.audit_event where operation = 'createCampaign' and detail->>'year' = $1`, [String(year)]);
    expect(audits[0].n).toBe(1);
  });

  it('refuse settings the plan’s rules refuse, naming the field, and store nothing', async () => {
    const year = nextYear++;
    const bad = [
      [{ weights: { masses: 0.5, peers: 0.3, leaders: 0.3 } }, 'weights'],
      [{ postRatio: 10 }, 'postRatio'],
      [{ industryMin: 4, industryMax: 3 }, 'industryMax'],
      [{ ledgerDueOn: `${year + 1}-06-20` }, 'ledgerDueOn'],
      [{ publicityWorkingDays: 0 }, 'publicityWorkingDays'],
      [{ phases: [{ name: '启动', startsOn: `${year}-05-10`, endsOn: `${year}-05-05` }] }, 'phases[0].endsOn'],
    ] as const;
    for (const [input, field] of bad) {
      const res = await as(admin, CREATE, { input: { year, ...input } });
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const res = await as(admin, CREATE, { input: { year: 1999 } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await h.sql(`select 1 from honors.campaign where year = $1`, [year])).toEqual([]);
  });

  it('are changed by ADMIN at the version read, judged with the settings they keep, and audited', async () => {
    const c = await create();
    const res = await as(admin, UPDATE, { input: { id: c.id, expectedVersion: 1, publicityWorkingDays: 7, weights: { masses: 0.7, peers: 0.2, leaders: 0.1 } } });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateCampaign).toMatchObject({ version: 2, publicityWorkingDays: 7, weights: { masses: 0.7, peers: 0.2, leaders: 0.1 }, postRatio: 0.1 });
    const stale = await as(admin, UPDATE, { input: { id: c.id, expectedVersion: 1, name: '改名' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // industryMin 4 is fine alone, not with the industryMax of 3 the campaign keeps.
    const clash = await as(admin, UPDATE, { input: { id: c.id, expectedVersion: 2, industryMin: 4 } });
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'industryMax' });
    const audits = await h.sql(`select detail->'changed' as changed from honors.audit_event where operation = 'updateCampaign' and entity_id = $1`, [c.id]);
    expect(audits).toEqual([{ changed: ['weights', 'publicityWorkingDays'] }]);
    const missing = await as(admin, UPDATE, { input: { id: randomUUID(), expectedVersion: 1, name: '无' } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('are read by every signed-in role and written by ADMIN only', async () => {
    const c = await create();
    for (const caller of [leader, integrator, unitAdmin(randomUUID())]) {
      const read = await as(caller, `query($id: ID!) { campaign(id: $id) { id year } campaigns { id } }`, { id: c.id });
      expect(read.errors).toBeUndefined();
      expect(read.data.campaign).toEqual({ id: c.id, year: c.year });
      const write = await as(caller, UPDATE, { input: { id: c.id, expectedVersion: 1, name: '越权' } });
      expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const created = await as(caller, CREATE, { input: { year: nextYear } });
      expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await as(null, `{ campaigns { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(admin, `query($id: ID!) { campaign(id: $id) { name } }`, { id: c.id })).data.campaign.name).toBe(c.name);
  });
});
