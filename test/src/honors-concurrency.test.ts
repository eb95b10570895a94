import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignByYear, CreateUnit, DeclareHonor, TransitionHonor } from './documents.js';
import { LodgeObjection, Step } from './documents-procedure.js';
import { ADMIN, LEADER, gatewayClient, startTestPlatform, type TestPlatform } from './testkit.js';

/*
 * Races forced to happen, not hoped for: a test connection holds the candidacy's row lock while
 * the requests are sent through the gateway, the test waits until PostgreSQL shows every one of
 * them waiting for a lock, and only then lets them go — so they really meet inside the database,
 * however fast or slow the machine.
 */

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;
let campaignId: string;
let units = 0;

/** A connection of the test's own, holding a candidacy's row as another writer would. */
async function holdRow(honorId: string) {
  const client = new pg.Client({ connectionString: platform.db.url });
  await client.connect();
  await client.query('begin');
  await client.query('select 1 from honors.honor where id = $1 for update', [honorId]);
  // Watched from another connection: inside a transaction PostgreSQL keeps one snapshot of
  // pg_stat_activity, in which backends connected later would never appear.
  const watcher = new pg.Client({ connectionString: platform.db.url });
  await watcher.connect();
  return {
    /** Resolves once `n` backends of this database wait for a lock (row, transaction or advisory). */
    async waiting(n: number) {
      for (let i = 0; i < 400; i++) {
        const { rows } = await watcher.query(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        if (rows[0].n >= n) return rows[0].n as number;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`fewer than ${n} requests came to wait for a lock`);
    },
    async release() {
      await client.query('commit');
      await Promise.all([client.end(), watcher.end()]);
    },
  };
}

/** A fresh unit's 示范单位 candidacy in the 2016 campaign, taken to `PUBLICIZING` (window 9/30–10/11) when asked. */
async function candidacy(publicize = false) {
  process.env.BUSINESS_DATE = '2016-09-30';
  const industryId = platform.seeded!.units.find((u) => !u.excluded)!.industryId;
  const unit = (await request(CreateUnit, { input: { code: `RACE-${++units}`, name: `竞争测试单位${units}`, industryId } }, ADMIN)).data!.createUnit;
  const honorId = (await request(DeclareHonor, { input: { campaignId, tier: 'UNIT', subjectId: unit.id } }, ADMIN)).data!.declareHonor.id;
  if (publicize) {
    await request(Step, { input: { honorId, action: 'START_MASS_REVIEW', expectedVersion: 1 } }, ADMIN);
    const res = await request(Step, { input: { honorId, action: 'PUBLICIZE', expectedVersion: 2, publicityStartsOn: '2016-09-30' } }, ADMIN);
    expect(res.data!.transitionHonor.publicityEndsOn).toBe('2016-10-11');
    // The window is over: confirmation would be allowed but for objections.
    process.env.BUSINESS_DATE = '2016-10-12';
  }
  return honorId;
}

/** Rows as an operator reading the database would see them. */
async function rows(sql: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: platform.db.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const lodge = (honorId: string, address: string, reason = '该单位申报材料中的服务群众数据与实际不符') =>
  request(LodgeObjection, { input: { honorId, reason } }, null, { 'x-forwarded-for': address });
const confirm = (honorId: string) => request(TransitionHonor, { input: { honorId, action: 'CONFIRM', expectedVersion: 3 } }, ADMIN);

beforeAll(async () => {
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
  campaignId = (await request(CampaignByYear, { year: 2016 }, LEADER)).data!.campaignByYear!.id;
});

afterAll(async () => {
  delete process.env.BUSINESS_DATE;
  await platform?.dispose();
});

describe('concurrent writes to one candidacy, forced to meet in the database', () => {
  it('let exactly one of two identical transitions at one version win: one answer, one CONFLICT, one event', async () => {
    const honorId = await candidacy();
    const held = await holdRow(honorId);
    const both = [1, 2].map(() => request(TransitionHonor, { input: { honorId, action: 'START_MASS_REVIEW', expectedVersion: 1 } }, ADMIN));
    await held.waiting(2);
    await held.release();
    const results = await Promise.all(both);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results.filter((r) => !r.errors).map((r) => r.data!.transitionHonor.version)).toEqual([2]);
    // The loser waited for the winner's lock and read its version: it is told which version won.
    const loser = results.filter((r) => r.errors);
    expect(loser).toHaveLength(1);
    expect(loser[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
    expect(await rows(`select action from honors.honor_event where honor_id = $1`, [honorId])).toEqual([{ action: 'START_MASS_REVIEW' }]);
    expect(await rows(`select version from honors.honor where id = $1`, [honorId])).toEqual([{ version: 2 }]);
  });

  it('count an objection lodged before a confirmation that waits behind it: the confirmation is refused', async () => {
    const honorId = await candidacy(true);
    const held = await holdRow(honorId);
    const objection = lodge(honorId, '203.0.113.70');
    await held.waiting(1);
    const confirmation = confirm(honorId);
    await held.waiting(2);
    await held.release();
    const [lodged, confirmed] = await Promise.all([objection, confirmation]);
    expect(lodged.errors).toBeUndefined();
    expect(confirmed.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'OPEN_OBJECTIONS' });
    expect(await rows(`select status from honors.honor where id = $1`, [honorId])).toEqual([{ status: 'PUBLICIZING' }]);
  });

  it('refuse an objection that waits behind a confirmation: it finds the candidacy confirmed, and nothing is stored', async () => {
    const honorId = await candidacy(true);
    const held = await holdRow(honorId);
    const confirmation = confirm(honorId);
    await held.waiting(1);
    const objection = lodge(honorId, '203.0.113.71');
    await held.waiting(2);
    await held.release();
    const [confirmed, lodged] = await Promise.all([confirmation, objection]);
    expect(confirmed.data?.transitionHonor).toMatchObject({ status: 'CONFIRMED' });
    expect(lodged.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'NOT_PUBLICIZING' });
    expect(await rows(`select count(*)::int as n from honors.objection where honor_id = $1`, [honorId])).toEqual([{ n: 0 }]);
  });

  it('store exactly five of six objections sent at once from one address, refusing the sixth as RATE_LIMITED', async () => {
    const honorId = await candidacy(true);
    const held = await holdRow(honorId);
    const six = Array.from({ length: 6 }, (_, i) => lodge(honorId, '203.0.113.72', `第${i + 1}条：该单位服务群众数据与实际不符`));
    // One holds the address's lock and waits for the candidacy; five wait for the address.
    await held.waiting(6);
    await held.release();
    const results = await Promise.all(six);
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED')).toHaveLength(1);
    expect(await rows(`select count(*)::int as n from honors.objection where honor_id = $1`, [honorId])).toEqual([{ n: 5 }]);
  });
});
