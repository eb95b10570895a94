import { businessToday } from '@sfxd/kit';
import { admin, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar/calendar.data.js';
import { addWorkingDays, workingCalendar } from './calendar/calendar.rules.js';
import { addDays } from './dates.js';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

// 2016 is a shipped schedule year (with its 国庆 holidays); the committee's "today" is fixed there.
process.env.BUSINESS_DATE = '2016-09-28';

let h: TestSubgraphs;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const today = businessToday();

async function honor(over: { status?: string; unitId?: string | null; tier?: string; plaqueNumber?: string; batch?: string; namedOn?: string } = {}) {
  const id = randomUUID();
  const tier = over.tier ?? 'POST';
  const unitId = over.unitId === undefined ? randomUUID() : over.unitId;
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by,
       publicity_starts_on, publicity_ends_on, plaque_number, batch, named_on, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'test', $10, $11, $12, $13, $14, now(), now())`,
    [id, campaignId, tier, randomUUID(), tier === 'INDUSTRY' ? 'INDUSTRY' : 'MEMBER', tier === 'INDUSTRY' ? null : unitId, randomUUID(), over.status ?? 'DECLARED', today,
      over.status === 'PUBLICIZING' ? addDays(today, -10) : null, over.status === 'PUBLICIZING' ? addDays(today, -1) : null,
      over.plaqueNumber ?? null, over.batch ?? null, over.namedOn ?? null],
  );
  return { id, unitId };
}

const ALLOWED = `query($id: ID!) { honor(id: $id) { status allowedActions } }`;
const allowed = async (id: string, caller = admin) => (await as(caller, ALLOWED, { id })).data?.honor?.allowedActions;

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  const res = await as(admin, `mutation { createCampaign(input: { year: 2016 }) { id } }`);
  campaignId = res.data.createCampaign.id;
});

afterAll(async () => {
  await h?.close();
});

describe('the work queue’s answers', () => {
  it('offers each role the actions the state machine allows it, and a confirmation only once every objection is resolved', async () => {
    const declared = await honor();
    expect(await allowed(declared.id)).toEqual(['START_MASS_REVIEW', 'REJECT', 'WITHDRAW']);
    expect(await allowed(declared.id, unitAdmin(declared.unitId!))).toEqual(['WITHDRAW']);
    expect(await allowed(declared.id, leader)).toEqual([]);

    const named = await honor({ status: 'NAMED', plaqueNumber: `Q-${randomUUID().slice(0, 8)}` });
    expect(await allowed(named.id)).toEqual(['COMMEND', 'ORDER_RECTIFICATION', 'REVOKE']);
    expect(await allowed(named.id, unitAdmin(named.unitId!))).toEqual([]);

    // The window ended yesterday; an open objection holds the confirmation back.
    const publicized = await honor({ status: 'PUBLICIZING' });
    const objection = randomUUID();
    await h.sql(`insert into honors.objection (id, honor_id, reason, lodged_at) values ($1, $2, '材料不实，请核查', now())`, [objection, publicized.id]);
    expect(await allowed(publicized.id)).toEqual(['REJECT', 'WITHDRAW']);
    const resolved = await as(admin, `mutation($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id } }`, {
      input: { objectionId: objection, finding: '经核查不属实', upheld: false },
    });
    expect(resolved.errors).toBeUndefined();
    expect(await allowed(publicized.id)).toEqual(['CONFIRM', 'REJECT', 'WITHDRAW']);
  });

  it('answers every honor’s buttons of a page in the same number of statements, however many honors it holds', async () => {
    const queries = h.subgraph('honors').db.queries;
    const unitId = randomUUID();
    for (let i = 0; i < 4; i++) await honor({ status: 'PUBLICIZING', unitId });
    const query = `query($c: ID!, $u: ID!, $n: Int!) { honors(campaignId: $c, unitId: $u, first: $n) { edges { node { allowedActions } } } }`;
    const count = async (n: number) => {
      queries.reset();
      const res = await as(admin, query, { c: campaignId, u: unitId, n });
      expect(res.errors).toBeUndefined();
      expect(res.data.honors.edges).toHaveLength(n);
      return queries.count;
    };
    expect(await count(4)).toBe(await count(1));
  });

  it('previews the window PUBLICIZE would open in Chinese working days, and says why a start would be refused', async () => {
    const preview = `query($c: ID!, $s: Date!) { campaign(id: $c) { publicityPreview(startsOn: $s) { startsOn endsOn workingDays problem today } } }`;
    // Opened on Wednesday 28 September 2016, the five working days are the 28th to the 30th and the
    // worked weekend after the 国庆 week: the window ends on Sunday 9 October.
    const res = await as(admin, preview, { c: campaignId, s: today });
    const expected = addWorkingDays(today, 5, workingCalendar(OFFICIAL_HOLIDAY_SCHEDULES));
    expect(res.data.campaign.publicityPreview).toEqual({ startsOn: today, endsOn: expected, workingDays: 5, problem: null, today });
    expect(expected).toBe('2016-10-09');
    const past = (await as(admin, preview, { c: campaignId, s: addDays(today, -1) })).data.campaign.publicityPreview;
    expect(past).toMatchObject({ endsOn: null });
    expect(past.problem).toContain('不能早于今天');
    expect((await as(leader, preview, { c: campaignId, s: today })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Left out, the start is the committee's business day, the same one the answer calls today.
    const byDefault = await as(admin, `query($c: ID!) { campaign(id: $c) { publicityPreview { startsOn endsOn problem today } } }`, { c: campaignId });
    expect(byDefault.data.campaign.publicityPreview).toEqual({ startsOn: today, endsOn: expected, problem: null, today });
  });

  it('proposes the next free plaque numbers of a tier in order, and lists the batches named so far', async () => {
    await honor({ status: 'NAMED', plaqueNumber: 'BZ2016-TEAM-0007', batch: '七一前首批', namedOn: '2016-06-30' });
    await honor({ status: 'NAMED', plaqueNumber: 'BZ2016-TEAM-0003', batch: '第二批', namedOn: '2016-09-20' });
    await honor({ status: 'NAMED', plaqueNumber: 'BZ2016-TEAM-A9', batch: '第二批', namedOn: '2016-09-21' });
    const res = await as(admin, `query($c: ID!) { campaign(id: $c) { team: nextPlaqueNumbers(tier: TEAM, count: 2) unit: nextPlaqueNumbers(tier: UNIT) batches } }`, { c: campaignId });
    expect(res.data.campaign.team).toEqual(['BZ2016-TEAM-0008', 'BZ2016-TEAM-0009']);
    expect(res.data.campaign.unit).toEqual(['BZ2016-UNIT-0001']);
    expect(res.data.campaign.batches.slice(-2)).toEqual(['七一前首批', '第二批']);
    const tooMany = await as(admin, `query($c: ID!) { campaign(id: $c) { nextPlaqueNumbers(tier: POST, count: 101) } }`, { c: campaignId });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
  });
});
