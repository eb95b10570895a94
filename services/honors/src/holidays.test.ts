import { DEV_SUBGRAPH_SECRET, createLogger, startSubgraph, type Caller } from '@sfxd/kit';
import { admin, gatewayHeaders, integrator, leader, postGraphQL, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar/calendar.data.js';
import { honorsSubgraph } from './subgraph.js';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

// A year the platform ships no schedule for, as the committee would meet one.
process.env.BUSINESS_DATE = '2030-04-26';

let h: TestSubgraphs;
let campaignId: string;
/** A second honors process on the same database, as a deployment runs several. */
let other: { url: string; close(): Promise<void> };
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const asOther = async (caller: Caller | null, query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL(other.url, query, variables, await gatewayHeaders(caller, DEV_SUBGRAPH_SECRET));

const ADD = `mutation($input: AddHolidayScheduleInput!) { addHolidaySchedule(input: $input) { year holidays { name from to } makeUpWorkdays source recordedBy } }`;
const LIST = `{ holidaySchedules { year source holidays { name } makeUpWorkdays recordedBy } }`;
const PUBLICIZE = `mutation($id: ID!) { transitionHonor(input: { honorId: $id, action: PUBLICIZE, expectedVersion: 1, publicityStartsOn: "2030-04-26" }) { publicityEndsOn } }`;

/**
 * A hypothetical 2030 notice: 劳动节 Wednesday 1 – Sunday 5 May, with Sunday 28 April and Saturday
 * 11 May worked. A window opened on Friday 26 April runs 4/26 (1), Sunday 4/28 worked (2), 4/29
 * (3), 4/30 (4), then 5/1–5/5 off, and Monday 5/6 (5): it ends on 2030-05-06. Counted as weekdays
 * only, it would have ended on Thursday 2 May, in the middle of the holiday.
 */
const Y2030 = {
  year: 2030,
  holidays: [{ name: '元旦', from: '2030-01-01', to: '2030-01-01' }, { name: '劳动节', from: '2030-05-01', to: '2030-05-05' }],
  makeUpWorkdays: ['2030-04-28', '2030-05-11'],
};

async function inReview() {
  const id = randomUUID();
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by, created_at, updated_at)
     values ($1, $2, 'UNIT', $3, 'UNIT', $3, $4, 'MASS_REVIEW', '2030-04-01', 'test', now(), now())`,
    [id, campaignId, randomUUID(), randomUUID()],
  );
  return id;
}

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  campaignId = (await as(admin, `mutation { createCampaign(input: { year: 2030 }) { id } }`)).data.createCampaign.id;
  const service = await startSubgraph(honorsSubgraph, {
    databaseUrl: h.db.url, subgraphSecret: DEV_SUBGRAPH_SECRET, logger: createLogger('test', 'silent'),
    peerUrls: { units: h.subgraph('units').url, members: h.subgraph('members').url },
  });
  other = await service.listen(0);
});

afterAll(async () => {
  await other?.close();
  await h?.close();
});

describe('holiday schedules', () => {
  it('refuse a window in a year without one, naming the year; once ADMIN adds it, every honors process counts with it at once', async () => {
    const first = await inReview();
    const refused = await asOther(admin, PUBLICIZE, { id: first });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicityStartsOn' });
    expect(refused.errors![0]!.message).toContain('no holiday schedule for 2030');

    const added = await as(admin, ADD, { input: Y2030 });
    expect(added.errors).toBeUndefined();
    expect(added.data.addHolidaySchedule).toEqual({ ...Y2030, source: 'ADDED', recordedBy: admin.sub });
    // The other process asked about 2030 a moment ago; it keeps nothing that could be stale.
    expect((await asOther(admin, PUBLICIZE, { id: first })).data.transitionHonor).toEqual({ publicityEndsOn: '2030-05-06' });
    const audits = await h.sql(`select actor, detail->>'replaced' as replaced from honors.audit_event where operation = 'addHolidaySchedule' and entity_id = '2030'`);
    expect(audits).toEqual([{ actor: admin.sub, replaced: null }]);
  });

  it('cannot overwrite a known year silently, shipped or added; replace: true replaces it for the windows computed after', async () => {
    const again = await as(admin, ADD, { input: { ...Y2030, makeUpWorkdays: [] } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'year' });
    const shipped = await as(admin, ADD, { input: { year: 2016, holidays: [{ name: '国庆节', from: '2016-10-01', to: '2016-10-03' }], makeUpWorkdays: [] } });
    expect(shipped.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'year' });
    expect(shipped.errors![0]!.message).toContain('shipped with it');

    // The notice amended: 劳动节 1–3 May only, no make-up days. 4/26 (1), 4/29 (2), 4/30 (3), 5/6 (4), 5/7 (5).
    const amended = { year: 2030, holidays: [{ name: '劳动节', from: '2030-05-01', to: '2030-05-03' }], makeUpWorkdays: [], replace: true };
    expect((await as(admin, ADD, { input: amended })).errors).toBeUndefined();
    expect((await asOther(admin, PUBLICIZE, { id: await inReview() })).data.transitionHonor).toEqual({ publicityEndsOn: '2030-05-07' });
    const [audit] = await h.sql(`select detail from honors.audit_event where operation = 'addHolidaySchedule' and detail->>'replaced' = 'ADDED'`);
    expect(audit.detail.previous.makeUpWorkdays).toEqual(Y2030.makeUpWorkdays);
  });

  it('are listed for every signed-in role: the shipped years, and the added ones marked so', async () => {
    const res = await as(leader, LIST);
    expect(res.errors).toBeUndefined();
    const years = res.data.holidaySchedules.map((s: { year: number; source: string }) => `${s.year} ${s.source}`);
    expect(years).toEqual([...OFFICIAL_HOLIDAY_SCHEDULES.map((s) => `${s.year} SHIPPED`), '2030 ADDED']);
    expect(res.data.holidaySchedules.find((s: { year: number }) => s.year === 2016)).toMatchObject({
      recordedBy: null, makeUpWorkdays: ['2016-02-06', '2016-02-14', '2016-06-12', '2016-09-18', '2016-10-08', '2016-10-09'],
    });
    expect((await as(null, LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are the committee’s to add, and a wrong one is refused naming the field, with nothing stored', async () => {
    for (const caller of [unitAdmin(randomUUID()), leader, integrator]) {
      expect((await as(caller, ADD, { input: { ...Y2030, year: 2031 } })).errors?.[0]?.extensions?.code, caller.role).toBe('FORBIDDEN');
    }
    expect((await as(null, ADD, { input: { ...Y2030, year: 2031 } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const y = (d: string) => d.replace('2030', '2031');
    const base = { year: 2031, holidays: Y2030.holidays.map((x) => ({ ...x, from: y(x.from), to: y(x.to) })), makeUpWorkdays: [] as string[] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, year: 1999 }, 'year'],
      [{ ...base, holidays: [] }, 'holidays'],
      [{ ...base, holidays: [...base.holidays, { name: '重叠', from: '2031-05-03', to: '2031-05-04' }] }, 'holidays[2].from'],
      [{ ...base, holidays: [{ name: '  ', from: '2031-01-01', to: '2031-01-01' }] }, 'holidays[0].name'],
      [{ ...base, holidays: [{ name: '元旦', from: '2031-01-02', to: '2031-01-01' }] }, 'holidays[0].to'],
      [{ ...base, holidays: [{ name: '元旦', from: '2030-12-31', to: '2031-01-01' }] }, 'holidays[0].from'],
      [{ ...base, makeUpWorkdays: ['2031-04-29'] }, 'makeUpWorkdays[0]'],
      [{ ...base, holidays: Array.from({ length: 21 }, (_, i) => ({ name: `节${i}`, from: '2031-03-01', to: '2031-03-01' })) }, 'holidays'],
    ];
    for (const [input, field] of cases) {
      expect((await as(admin, ADD, { input })).errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await h.sql(`select year from honors.holiday_schedule where year <> 2030`)).toEqual([]);
  });
});
