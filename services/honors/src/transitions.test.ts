import { businessToday } from '@sfxd/kit';
import { admin, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { directoryMaker } from '@sfxd/units/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar/calendar.data.js';
import { addWorkingDays, workingCalendar, type HolidaySchedule } from './calendar/calendar.rules.js';
import { addDays } from './dates.js';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

// The committee's "today", fixed (kit's BUSINESS_DATE, which the in-process subgraphs read too):
// windows and deadlines below never depend on the day the tests run (a window opened in late
// December would run into the next year and be refused).
process.env.BUSINESS_DATE = '2026-06-03';

let h: TestSubgraphs;
let campaignId: string;
let make: ReturnType<typeof directoryMaker>;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const today = businessToday();
const year = Number(today.slice(0, 4));
const added: HolidaySchedule[] = [];

const TRANSITION = `mutation($input: TransitionHonorInput!) { transitionHonor(input: $input) {
  id status version publicityStartsOn publicityEndsOn plaqueNumber batch namedOn rectificationDeadline events { action fromStatus toStatus actor note }
} }`;

/** A candidacy as the declaration stores it, in `status`, with the columns that status needs. */
async function honor(over: { tier?: string; status?: string; unitId?: string | null; subjectId?: string; plaqueNumber?: string } = {}) {
  const id = randomUUID();
  const tier = over.tier ?? 'POST';
  const unitId = over.unitId === undefined ? randomUUID() : over.unitId;
  const kind = { POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' }[tier];
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by, plaque_number, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'test', $10, now(), now())`,
    [id, campaignId, tier, over.subjectId ?? randomUUID(), kind, tier === 'INDUSTRY' ? null : unitId, randomUUID(), over.status ?? 'DECLARED', today, over.plaqueNumber ?? null],
  );
  return { id, unitId };
}

const step = (honorId: string, action: string, expectedVersion: number, more: Record<string, unknown> = {}, caller = admin) =>
  as(caller, TRANSITION, { input: { honorId, action, expectedVersion, ...more } });

/** A member of a new unit, known to the members subgraph (NAME engraves their names). */
async function realMember() {
  const unit = await make.unit((await make.industry()).id);
  const res = await h.client('members')(admin, `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
    input: { unitId: unit.id, name: '李明', gender: 'MALE', birthDate: '1980-03-02', joinedPartyOn: '2005-07-01', status: 'FULL', position: '科长' },
  });
  return { unit, memberId: res.data.createMember.id as string };
}

const events = async (honorId: string) => (await h.sql(`select action from honors.honor_event where honor_id = $1 order by at`, [honorId])).map((r) => r.action);

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  make = directoryMaker(h.client('units'));
  // Years the shipped schedules lack (the tests run on today's date) are added as ADMIN would.
  const shipped = new Set(OFFICIAL_HOLIDAY_SCHEDULES.map((s) => s.year));
  for (const y of [year, year + 1].filter((y) => !shipped.has(y))) {
    const schedule = { year: y, holidays: [{ name: '元旦', from: `${y}-01-01`, to: `${y}-01-01` }], makeUpWorkdays: [] };
    added.push(schedule);
    await h.sql(`insert into honors.holiday_schedule (year, holidays, make_up_workdays, created_by, created_at) values ($1, $2, '[]', 'test', now())`, [y, JSON.stringify(schedule.holidays)]);
  }
  const res = await as(admin, `mutation($y: Int!) { createCampaign(input: { year: $y }) { id } }`, { y: year });
  campaignId = res.data.createCampaign.id;
});

afterAll(async () => {
  await h?.close();
});

describe('the naming procedure', () => {
  it('goes mass review → publicity → confirmation → naming in order, each step one event, refusing steps out of order', async () => {
    const member = await realMember();
    const { id } = await honor({ unitId: member.unit.id, subjectId: member.memberId });
    const early = await step(id, 'CONFIRM', 1);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'DECLARED', allowedActions: ['START_MASS_REVIEW', 'REJECT', 'WITHDRAW'] });
    expect(early.errors?.[0]?.message).toContain('CONFIRM is not allowed from DECLARED');

    expect((await step(id, 'START_MASS_REVIEW', 1)).data.transitionHonor).toMatchObject({ status: 'MASS_REVIEW', version: 2 });

    // Five working days from today, by the same schedules the service has.
    const end = addWorkingDays(today, 5, workingCalendar([...OFFICIAL_HOLIDAY_SCHEDULES, ...added]));
    const short = await step(id, 'PUBLICIZE', 2, { publicityStartsOn: today, publicityEndsOn: addDays(end, -1) });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicityEndsOn' });
    const publicized = (await step(id, 'PUBLICIZE', 2, { publicityStartsOn: today })).data.transitionHonor;
    expect(publicized).toMatchObject({ status: 'PUBLICIZING', version: 3, publicityStartsOn: today });
    expect(publicized.publicityEndsOn).toBe(end);

    const during = await step(id, 'CONFIRM', 3);
    expect(during.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'PUBLICIZING', reason: 'PUBLICITY_NOT_ENDED' });

    // The window is over (as it would be days later), but an objection is still open.
    await h.sql(`update honors.honor set publicity_starts_on = $2, publicity_ends_on = $2 where id = $1`, [id, addDays(today, -1)]);
    const objection = randomUUID();
    await h.sql(`insert into honors.objection (id, honor_id, reason, lodged_at) values ($1, $2, '材料不实，请核查', now())`, [objection, id]);
    const objected = await step(id, 'CONFIRM', 3);
    expect(objected.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'OPEN_OBJECTIONS' });
    await h.sql(`update honors.objection set resolved_at = now(), resolved_by = 'admin-1', upheld = false, finding = '经核查不属实' where id = $1`, [objection]);
    expect((await step(id, 'CONFIRM', 3)).data.transitionHonor).toMatchObject({ status: 'CONFIRMED', version: 4 });

    await honor({ status: 'NAMED', plaqueNumber: `P${year}-001` });
    const taken = await step(id, 'NAME', 4, { plaqueNumber: `P${year}-001`, batch: '七一前首批' });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'plaqueNumber' });
    const named = (await step(id, 'NAME', 4, { plaqueNumber: `P${year}-002`, batch: '七一前首批' })).data.transitionHonor;
    expect(named).toMatchObject({ status: 'NAMED', version: 5, plaqueNumber: `P${year}-002`, batch: '七一前首批', namedOn: today });
    expect(named.events.map((e: any) => e.action)).toEqual(['START_MASS_REVIEW', 'PUBLICIZE', 'CONFIRM', 'NAME']);
    const [row] = await h.sql(`select verification_code, plaque_name, plaque_unit_name from honors.honor where id = $1`, [id]);
    expect(row.verification_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    // The plaque carries the names the owners gave at naming: the member's, and the unit's.
    expect(row).toMatchObject({ plaque_name: '李明', plaque_unit_name: member.unit.name });
    const audits = await h.sql(`select detail->>'action' as action from honors.audit_event where entity_id = $1 order by at`, [id]);
    expect(audits.map((a) => a.action)).toEqual(['START_MASS_REVIEW', 'PUBLICIZE', 'CONFIRM', 'NAME']);
  });

  it('lets exactly one of two transitions at one version win, writing one event', async () => {
    const { id } = await honor({ status: 'NAMED', plaqueNumber: `C-${randomUUID().slice(0, 8)}` });
    const results = await Promise.all([
      step(id, 'COMMEND', 1, { note: '表彰奖励' }),
      step(id, 'ORDER_RECTIFICATION', 1, { note: '群众意见较多', deadline: addDays(today, 30) }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(await events(id)).toHaveLength(1);
    const stale = await step(id, 'REVOKE', 1, { note: '取消命名' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const { id } = await honor({ status: 'NAMED', plaqueNumber: `B-${randomUUID().slice(0, 8)}` });
    const past = await step(id, 'ORDER_RECTIFICATION', 1, { note: '整改', deadline: addDays(today, -1) });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline' });
    const noReason = await step(id, 'REVOKE', 1);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const stray = await step(id, 'COMMEND', 1, { note: '表彰', publicityEndsOn: today });
    expect(stray.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicityEndsOn' });
    expect((await step(randomUUID(), 'COMMEND', 1, { note: '表彰' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await events(id)).toEqual([]);
    const [row] = await h.sql(`select version, status from honors.honor where id = $1`, [id]);
    expect(row).toEqual({ version: 1, status: 'NAMED' });
  });

  it('is the committee’s: a UNIT_ADMIN may only withdraw its own unit’s candidacy, LEADER nothing', async () => {
    const mine = await honor();
    const other = await honor();
    const caller = unitAdmin(mine.unitId!);
    expect((await step(mine.id, 'START_MASS_REVIEW', 1, {}, caller)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await step(other.id, 'WITHDRAW', 1, {}, caller)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await step(mine.id, 'WITHDRAW', 1, {}, leader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await step(mine.id, 'WITHDRAW', 1, {}, caller)).data.transitionHonor).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect(await events(other.id)).toEqual([]);
  });

  it('names at most industryMax industries a campaign, even when two namings race for the last place', async () => {
    const industries = await Promise.all([1, 2, 3, 4].map(async () => honor({ tier: 'INDUSTRY', status: 'CONFIRMED', subjectId: (await make.industry()).id })));
    const name = (i: number) => step(industries[i]!.id, 'NAME', 1, { plaqueNumber: `IND-${randomUUID().slice(0, 8)}`, batch: '七一前首批' });
    expect((await name(0)).errors).toBeUndefined();
    expect((await name(1)).errors).toBeUndefined();
    const race = await Promise.all([name(2), name(3)]);
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    const refused = race.find((r) => r.errors)!;
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'action' });
    const [count] = await h.sql(`select count(*)::int as n from honors.honor where campaign_id = $1 and tier = 'INDUSTRY' and status = 'NAMED'`, [campaignId]);
    expect(count.n).toBe(3);
  });
});
