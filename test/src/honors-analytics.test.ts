import { sqlRows } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignByYear, CreateTeam, DeclareHonor, UnitsWithQuota } from './documents.js';
import { graphql } from './gql/index.js';
import { ADMIN, INTEGRATOR, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

// The dashboard's and the year-end report's city-wide figures, through the gateway, on the demo data.

const CityAttainment = graphql(`
  query CityAttainment($campaignId: ID!) {
    quotaAttainment(campaignId: $campaignId) {
      campaign { year }
      participatingUnits
      posts { count target ratio attained unitsAttaining }
      teams { count target ratio attained unitsAttaining }
      units { count target ratio attained }
      industries { count target ratio attained min max }
    }
  }
`);

const CityManagementActions = graphql(`
  query CityManagementActions($campaignId: ID!, $unitId: ID) {
    managementActions(campaignId: $campaignId, unitId: $unitId) {
      action
      month
      count
      unitId
      unit { id name industry { name } }
    }
  }
`);

const CityHonorCounts = graphql(`
  query CityHonorCounts($campaignId: ID!) {
    honorCounts(campaignId: $campaignId) {
      unitId
      unit { name industry { name } }
      tier
      status
      count
    }
  }
`);

const CityRectifications = graphql(`
  query CityRectifications($campaignId: ID!, $asOf: Date) {
    rectifications(campaignId: $campaignId, asOf: $asOf) {
      honorId
      tier
      reason
      orderedOn
      deadline
      outcome
      closedBy
      closedOn
      overdue
      unit { name industry { name } }
      honor { id status plaqueNumber batch subject { __typename ... on Member { name } ... on Team { name } ... on Unit { name } ... on Industry { name } } }
    }
  }
`);

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;
let campaignId: string;
const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);

beforeAll(async () => {
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
  campaignId = (await request(CampaignByYear, { year: 2016 }, LEADER)).data!.campaignByYear!.id;
});

afterAll(async () => {
  await platform?.dispose();
});

describe('the city-wide quota attainment through the gateway', () => {
  it("equals the sum of every participating unit's own quota, with the named units and industries of the demo's 2016", async () => {
    const res = await request(CityAttainment, { campaignId }, LEADER);
    expect(res.errors).toBeUndefined();
    const city = res.data!.quotaAttainment!;
    // The same figures the gateway assembles unit by unit (@requires on the owners' counts).
    const perUnit = (await request(UnitsWithQuota, { campaignId }, LEADER)).data!.units.filter((u) => !u.excluded);
    const sum = (pick: (q: NonNullable<(typeof perUnit)[number]['quota']>) => { count: number; target: number; attained: boolean }) => ({
      count: perUnit.reduce((n, u) => n + pick(u.quota!).count, 0),
      target: perUnit.reduce((n, u) => n + pick(u.quota!).target, 0),
      unitsAttaining: perUnit.filter((u) => pick(u.quota!).attained).length,
    });
    expect(city.campaign.year).toBe(2016);
    expect(city.participatingUnits).toBe(perUnit.length);
    expect(city.participatingUnits).toBe(platform.seeded!.units.filter((u) => !u.excluded).length);
    expect(city.posts).toMatchObject(sum((q) => q.posts));
    expect(city.teams).toMatchObject(sum((q) => q.teamQuota));
    expect(city.posts.attained).toBe(city.posts.unitsAttaining === perUnit.length);

    const [named] = await sql(`select count(*) filter (where tier = 'UNIT')::int as units, count(*) filter (where tier = 'INDUSTRY')::int as industries
      from honors.honor where campaign_id = $1 and status in ('NAMED', 'RECTIFYING')`, [campaignId]);
    expect(city.units).toMatchObject({ count: named.units, target: Math.ceil(perUnit.length / 10) });
    expect(city.industries).toMatchObject({ count: named.industries, min: 2, max: 3, attained: named.industries >= 2 && named.industries <= 3 });
  });

  it('is the same for every signed-in role and refused to anonymous callers', async () => {
    const answers = await Promise.all([ADMIN, INTEGRATOR, unitAdmin(platform.seeded!.units[0]!.id)].map((c) => request(CityAttainment, { campaignId }, c)));
    const leader = (await request(CityAttainment, { campaignId }, LEADER)).data;
    for (const a of answers) expect(a.data).toEqual(leader);
    expect((await request(CityAttainment, { campaignId }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the management actions through the gateway', () => {
  it("count the demo's commendations, rectifications and revocations per unit and month, with the units' names from their owner", async () => {
    const res = await request(CityManagementActions, { campaignId }, LEADER);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.managementActions;
    const expected = await sql(`select e.action, count(*)::int as n from honors.honor_event e join honors.honor h on h.id = e.honor_id
      where h.campaign_id = $1 and e.action in ('COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE') group by e.action`, [campaignId]);
    const totals = Object.fromEntries(expected.map((e) => [e.action, e.n]));
    expect(Object.keys(totals).sort()).toEqual(['COMMEND', 'FAIL_RECTIFICATION', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'REVOKE']);
    for (const action of Object.keys(totals)) expect(rows.filter((r) => r.action === action).reduce((n, r) => n + r.count, 0), action).toBe(totals[action]);
    const names = new Map(platform.seeded!.units.map((u) => [u.id, u.name]));
    for (const r of rows) {
      expect(r.month).toMatch(/^2016-(0[5-9]|1[0-2])$/);
      if (r.unitId) expect(r.unit).toMatchObject({ id: r.unitId, name: names.get(r.unitId) });
      else expect(r.unit).toBeNull();
    }
  });

  it("give one unit's rows for a drill-down, to a UNIT_ADMIN of another unit too", async () => {
    const rows = (await request(CityManagementActions, { campaignId }, LEADER)).data!.managementActions;
    const unitId = rows.find((r) => r.unitId)!.unitId!;
    const other = platform.seeded!.units.find((u) => u.id !== unitId)!.id;
    const one = await request(CityManagementActions, { campaignId, unitId }, unitAdmin(other));
    expect(one.errors).toBeUndefined();
    expect(one.data!.managementActions).toEqual(rows.filter((r) => r.unitId === unitId));
  });
});

describe('the city-wide analytics and the gateway’s cost limit', () => {
  it('accepts each city-wide query as the dashboard and the report ask it, with unit names and industries', async () => {
    for (const [name, res] of [
      ['quotaAttainment', await request(CityAttainment, { campaignId }, LEADER)],
      ['honorCounts', await request(CityHonorCounts, { campaignId }, LEADER)],
      ['managementActions', await request(CityManagementActions, { campaignId }, LEADER)],
      ['rectifications', await request(CityRectifications, { campaignId, asOf: '2016-12-31' }, LEADER)],
    ] as const) {
      expect(res.errors, name).toBeUndefined();
      expect(res.status, name).toBe(200);
    }
    const rectifications = (await request(CityRectifications, { campaignId, asOf: '2016-12-31' }, LEADER)).data!.rectifications;
    expect(rectifications.length).toBeGreaterThan(0);
    for (const r of rectifications) {
      expect(r.honor!.id).toBe(r.honorId);
      expect((r.honor!.subject as { name: string }).name).toBeTruthy();
    }
    expect(rectifications.some((r) => r.overdue)).toBe(true);
  });
});

describe('the per-unit quota through the gateway, whose answers the subgraphs keep for a moment', () => {
  const quotaOf = async (unitId: string, caller: Parameters<typeof request>[2]) => {
    const res = await request(UnitsWithQuota, { campaignId }, caller);
    expect(res.errors).toBeUndefined();
    return res.data!.units.find((u) => u.id === unitId)!.quota!;
  };

  it('shows a team created and declared through the gateway in the very next answer', async () => {
    const unitId = platform.seeded!.units.find((u) => !u.excluded)!.id;
    const before = await quotaOf(unitId, LEADER);
    expect(await quotaOf(unitId, LEADER)).toEqual(before);
    const team = await request(CreateTeam, { input: { unitId, name: `缓存核对科${Date.now()}` } }, ADMIN);
    expect(team.errors).toBeUndefined();
    expect((await quotaOf(unitId, LEADER)).teams).toBe(before.teams + 1);
    const declared = await request(DeclareHonor, { input: { campaignId, tier: 'TEAM', subjectId: team.data!.createTeam.id } }, ADMIN);
    expect(declared.errors).toBeUndefined();
    const after = await quotaOf(unitId, LEADER);
    expect(after.teamQuota.count).toBe(before.teamQuota.count + 1);
    expect(after.teams).toBe(before.teams + 1);
  });

  // Read here across schemas, as a test may: the platform itself never does.
  const undeclaredMember = async (unitId: string) =>
    (await sql<{ id: string }>(`select id from members.member where unit_id = $1 and id not in (select subject_id from honors.honor) order by id limit 1`, [unitId]))[0]!;

  it('recomputes only the honors part after a declaration: the units directory and the member counts come from their kept answers', async () => {
    const unit = platform.seeded!.units.find((u) => !u.excluded && u.id !== platform.seeded!.units[0]!.id)!;
    const before = await quotaOf(unit.id, LEADER);
    const member = await undeclaredMember(unit.id);
    const declared = await request(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: member.id } }, ADMIN);
    expect(declared.errors).toBeUndefined();
    const counted = ['units', 'members', 'honors'].map((name) => platform.subgraphs[name]!.queries);
    for (const queries of counted) queries.reset();
    expect((await quotaOf(unit.id, LEADER)).posts.count).toBe(before.posts.count + 1);
    // A write to the honors schema cannot change what units and members read from theirs.
    expect(counted.map((queries) => queries.count)).toEqual([0, 0, expect.any(Number)]);
    expect(counted[2]!.count).toBeGreaterThan(0);
  });

  it("shows a candidacy withdrawn by an operator's SQL within 5 seconds, by the write's notice", async () => {
    const unit = platform.seeded!.units.find((u) => !u.excluded)!;
    const member = await undeclaredMember(unit.id);
    const declared = await request(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: member.id } }, ADMIN);
    expect(declared.errors).toBeUndefined();
    const before = await quotaOf(unit.id, LEADER);
    const started = Date.now();
    await sql(`update honors.honor set status = 'WITHDRAWN' where id = $1`, [declared.data!.declareHonor.id]);
    await expect.poll(async () => (await quotaOf(unit.id, LEADER)).posts.count, { timeout: 5000, interval: 50 }).toBe(before.posts.count - 1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('gives every signed-in role the same numbers, and an anonymous caller none, whoever asked just before', async () => {
    const unitId = platform.seeded!.units.find((u) => !u.excluded)!.id;
    const leaders = await quotaOf(unitId, LEADER);
    for (const caller of [INTEGRATOR, unitAdmin(unitId), unitAdmin(platform.seeded!.units.find((u) => u.id !== unitId)!.id)]) {
      expect(await quotaOf(unitId, caller)).toEqual(leaders);
    }
    const anonymous = await request(UnitsWithQuota, { campaignId }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((anonymous.data?.units ?? []).every((u) => u.quota == null)).toBe(true);
  });
});
