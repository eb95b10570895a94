import { leader, type TestSubgraphs } from '@sfxd/kit/testing';
import { membersSubgraph } from '@sfxd/members';
import { SCALES, generateSeed } from '@sfxd/seed';
import { unitsSubgraph } from '@sfxd/units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HONOR_STATUSES } from '../honor/honor.machine.js';
import { FIRST_BATCH, HONORS_SEED_AS_OF, generateHonorsSeed } from '../seed/honors.seed.js';
import { honorsSubgraph } from '../subgraph.js';
import { startHonorsSubgraphs } from '../testing/subgraphs.js';

/*
 * Issue 9, item 10: the demo data `npm start` loads (city scale, the default seed), read back
 * through the queries the dashboard and the year-end report use.
 */

let h: TestSubgraphs;
const ask = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await h.client('honors')(leader, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
};
const campaigns: Record<number, string> = {};
let participating: string[];
let excluded: string[];

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  const data = generateSeed(SCALES.city);
  for (const [descriptor, name] of [[unitsSubgraph, 'units'], [membersSubgraph, 'members'], [honorsSubgraph, 'honors']] as const) {
    expect(await descriptor.seed!(h.subgraph(name).db.orm, data as never)).toBe(true);
  }
  for (const c of (await ask(`{ campaigns { id year } }`)).campaigns) campaigns[c.year] = c.id;
  const units = (await h.client('units')(leader, `{ units { id excluded } }`)).data.units as { id: string; excluded: boolean }[];
  participating = units.filter((u) => !u.excluded).map((u) => u.id);
  excluded = units.filter((u) => u.excluded).map((u) => u.id);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const COUNTS = `query($c: ID!) { honorCounts(campaignId: $c) { unitId tier status count } }`;
const ATTAINMENT = `query($c: ID!) { quotaAttainment(campaignId: $c) {
  participatingUnits posts { count target attained unitsAttaining } teams { count target attained unitsAttaining }
  units { count target attained } industries { count attained min max }
} }`;
type Count = { unitId: string | null; tier: string; status: string; count: number };

describe('the 2016 demo campaign', () => {
  it('has a candidacy from every participating unit and none from an excluded one', async () => {
    const counts: Count[] = (await ask(COUNTS, { c: campaigns[2016] })).honorCounts;
    const declaring = new Set(counts.map((c) => c.unitId));
    expect(participating.filter((id) => !declaring.has(id))).toEqual([]);
    expect(excluded.filter((id) => declaring.has(id))).toEqual([]);
  });

  it('has most units attaining their post and team quotas and some not; 10% of units and 2–3 industries named', async () => {
    const q = (await ask(ATTAINMENT, { c: campaigns[2016] })).quotaAttainment;
    expect(q.participatingUnits).toBe(participating.length);
    for (const tier of [q.posts, q.teams]) {
      expect(tier.unitsAttaining / q.participatingUnits).toBeGreaterThanOrEqual(0.75);
      expect(tier.unitsAttaining).toBeLessThan(q.participatingUnits);
      expect(tier.attained).toBe(false);
    }
    expect(q.units.attained).toBe(true);
    expect(q.industries.attained).toBe(true);
    expect(q.industries.count).toBeGreaterThanOrEqual(2);
    expect(q.industries.count).toBeLessThanOrEqual(3);
  });

  it('has candidacies in every status', async () => {
    const counts: Count[] = (await ask(COUNTS, { c: campaigns[2016] })).honorCounts;
    expect(new Set(counts.map((c) => c.status))).toEqual(new Set(HONOR_STATUSES));
  });

  it('names a 七一前首批 batch before 1 July and a later batch after it', async () => {
    const batches = await h.sql(`select batch, min(named_on)::text as first, max(named_on)::text as last, count(*)::int as n
      from honors.honor where campaign_id = $1 and batch is not null group by batch order by min(named_on)`, [campaigns[2016]]);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches[0]).toMatchObject({ batch: FIRST_BATCH });
    expect(batches[0].last < '2016-07-01').toBe(true);
    expect(batches.slice(1).every((b) => b.first >= '2016-07-01' && b.n > 0)).toBe(true);
  });

  it('has an objection upheld whose candidacy was rejected', async () => {
    const upheld = await h.sql(`select h.status from honors.objection o join honors.honor h on h.id = o.honor_id
      where h.campaign_id = $1 and o.upheld`, [campaigns[2016]]);
    expect(upheld.length).toBeGreaterThan(0);
    expect(upheld.every((o) => o.status === 'REJECTED')).toBe(true);
  });

  it('has rectifications passed, failed and overdue on the demo’s last day, and a revocation and commendations among the actions', async () => {
    const rows = (await ask(`query($c: ID!, $d: Date) { rectifications(campaignId: $c, asOf: $d) { outcome overdue closedBy } }`, {
      c: campaigns[2016], d: HONORS_SEED_AS_OF,
    })).rectifications as { outcome: string; overdue: boolean; closedBy: string | null }[];
    expect(rows.some((r) => r.outcome === 'PASSED')).toBe(true);
    expect(rows.some((r) => r.outcome === 'FAILED')).toBe(true);
    expect(rows.some((r) => r.outcome === 'OPEN' && r.overdue)).toBe(true);
    const overdue = (await ask(`query($c: ID!, $d: Date) { rectifications(campaignId: $c, asOf: $d, overdueOnly: true) { overdue } }`, {
      c: campaigns[2016], d: HONORS_SEED_AS_OF,
    })).rectifications;
    expect(overdue.length).toBe(rows.filter((r) => r.overdue).length);

    const actions = (await ask(`query($c: ID!) { managementActions(campaignId: $c) { action month count } }`, { c: campaigns[2016] })).managementActions as { action: string }[];
    expect(new Set(actions.map((a) => a.action))).toEqual(new Set(['COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE']));
  });

  it('has ledgers submitted on time, submitted late and missing', async () => {
    const [ledgers] = await h.sql(`select count(*) filter (where on_time)::int as on_time, count(*) filter (where not on_time)::int as late,
      count(distinct unit_id)::int as units from honors.ledger_submission where campaign_id = $1`, [campaigns[2016]]);
    expect(ledgers.on_time).toBeGreaterThan(0);
    expect(ledgers.late).toBeGreaterThan(0);
    expect(ledgers.units).toBeLessThan(participating.length);
  });
});

describe('the 2015 demo campaign', () => {
  it('has fewer candidacies than 2016, all settled, and falls short of the unit quota, for a year-on-year comparison', async () => {
    const total = async (year: number) => ((await ask(COUNTS, { c: campaigns[year] })).honorCounts as Count[]).reduce((n, c) => n + c.count, 0);
    expect(await total(2015)).toBeGreaterThan(0);
    expect(await total(2015)).toBeLessThan(await total(2016));
    const statuses = new Set(((await ask(COUNTS, { c: campaigns[2015] })).honorCounts as Count[]).map((c) => c.status));
    expect(statuses).toEqual(new Set(['NAMED', 'REJECTED', 'WITHDRAWN', 'REVOKED']));
    const before = (await ask(ATTAINMENT, { c: campaigns[2015] })).quotaAttainment;
    const now = (await ask(ATTAINMENT, { c: campaigns[2016] })).quotaAttainment;
    expect(before.units.attained).toBe(false);
    expect(before.posts.unitsAttaining).toBeLessThan(now.posts.unitsAttaining);
  });
});

describe('the demo data of a small city', () => {
  it.each([['tiny', SCALES.tiny], ['12-unit (the platform tests’)', { units: 12, membersPerUnit: 8 }]] as const)(
    'commends at least one honor in each campaign at the %s scale, so every management action has something to show',
    (_name, scale) => {
      const seed = generateHonorsSeed(generateSeed(scale));
      for (const campaign of seed.campaigns) {
        const ids = new Set(seed.honors.filter((x) => x.campaignId === campaign.id).map((x) => x.id));
        const commended = seed.events.filter((e) => ids.has(e.honorId) && e.action === 'COMMEND');
        expect(commended.length, String(campaign.year)).toBeGreaterThan(0);
        for (const e of commended) expect(seed.honors.find((x) => x.id === e.honorId)!.status).toBe('NAMED');
      }
    },
  );
});
