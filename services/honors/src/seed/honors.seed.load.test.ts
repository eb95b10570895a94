import { startTestOrm, type TestOrm } from '@sfxd/kit/testing';
import { SCALES, generateSeed } from '@sfxd/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { honorsSubgraph } from '../subgraph.js';
import { loadHonorsSeed } from './honors.seed.load.js';
import { generateHonorsSeed } from './honors.seed.js';

let t: TestOrm;

beforeAll(async () => {
  t = await startTestOrm(honorsSubgraph);
});

afterAll(async () => {
  await t?.close();
});

describe('loading the honors demo data', () => {
  it('stores both campaigns with every candidacy, event, objection and ledger, once, and never over existing data', async () => {
    const data = generateSeed(SCALES.tiny);
    const expected = generateHonorsSeed(data);
    expect(await loadHonorsSeed(t.db.orm, data)).toBe(true);
    const counts = await t.sql(`select
      (select count(*)::int from honors.campaign) as campaigns, (select count(*)::int from honors.honor) as honors,
      (select count(*)::int from honors.honor_event) as events, (select count(*)::int from honors.objection) as objections,
      (select count(*)::int from honors.ledger_submission) as ledgers`);
    expect(counts[0]).toEqual({
      campaigns: 2, honors: expected.honors.length, events: expected.events.length, objections: expected.objections.length,
      ledgers: expected.ledgerSubmissions.length,
    });
    expect((await t.sql(`select year from honors.campaign order by year`)).map((r) => r.year)).toEqual([2015, 2016]);
    const statuses = await t.sql(`select distinct status from honors.honor`);
    expect(statuses.length).toBeGreaterThanOrEqual(8);
    // Every plaque says whose it is and of which unit, as the seed's members and units are named;
    // a revoked one says when.
    const plaques = await t.sql(`select tier, status, plaque_name, plaque_unit_name, revoked_on from honors.honor where verification_code is not null`);
    expect(plaques.length).toBeGreaterThan(0);
    const names = new Set([...data.members, ...data.teams, ...data.units, ...data.industries].map((r) => r.name));
    for (const p of plaques) {
      expect(names.has(p.plaque_name)).toBe(true);
      expect(p.plaque_unit_name === null).toBe(p.tier === 'INDUSTRY');
      expect(p.revoked_on !== null).toBe(p.status === 'REVOKED');
    }
    expect(plaques.some((p) => p.status === 'REVOKED')).toBe(true);
    expect(await loadHonorsSeed(t.db.orm, data)).toBe(false);
    expect((await t.sql(`select count(*)::int as n from honors.honor`))[0].n).toBe(expected.honors.length);
  });
});
