import { sqlRows } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CampaignByYear, CampaignHonors, CreateIndustry, CreateMember, CreateTeam, CreateUnit, DeclareHonor, HonorDetail, TransitionHonor,
} from './documents.js';
import {
  AddHolidaySchedule, HolidaySchedules, HonorObjections, LodgeObjection, PlaqueByCode, PlaqueQr, ResolveObjection, Step, UnitHonorObjections, UnitQuota,
} from './documents-procedure.js';
import { ADMIN, INTEGRATOR, LEADER, gatewayClient, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

/*
 * Issue 9's scenario, through the gateway only, on the demo 2016 campaign: the committee's
 * "today" is set with BUSINESS_DATE (read on every request by the subgraphs this process runs),
 * so publicity windows open, end and are confirmed on the plan's own dates.
 */

let platform: TestPlatform;
let request: ReturnType<typeof gatewayClient>;
let campaignId: string;
const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);
const on = (date: string) => {
  process.env.BUSINESS_DATE = date;
};

/** The scenario's unit: 25 Party members in 3 teams. */
const unit = { id: '', name: '', teams: [] as string[], members: [] as { id: string; name: string }[] };
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐';
/** The first post declared, taken through the whole procedure. */
let post = { id: '', member: { id: '', name: '' } };
let plaqueCode = '';

/** An anonymous caller of the gateway behind the dashboard's server, which forwards the browser's address. */
const anonymousAt = (address: string) => ({ 'x-forwarded-for': address });

beforeAll(async () => {
  on('2016-09-20');
  platform = await startTestPlatform();
  request = gatewayClient(platform.gatewayUrl);
  campaignId = (await request(CampaignByYear, { year: 2016 }, LEADER)).data!.campaignByYear!.id;

  const industry = platform.seeded!.units.find((u) => !u.excluded)!.industryId;
  const created = (await request(CreateUnit, { input: { code: 'SCN-01', name: '市示范局', industryId: industry } }, ADMIN)).data!.createUnit;
  Object.assign(unit, { id: created.id, name: created.name });
  for (const name of ['办公室', '业务科', '便民服务窗口']) {
    unit.teams.push((await request(CreateTeam, { input: { unitId: unit.id, name } }, ADMIN)).data!.createTeam.id);
  }
  for (let i = 0; i < 25; i++) {
    const res = await request(CreateMember, {
      input: {
        unitId: unit.id, teamId: unit.teams[i % 3], name: `${SURNAMES[i]}示范`, gender: i % 2 ? 'FEMALE' : 'MALE',
        birthDate: `${1960 + i}-03-0${1 + (i % 9)}`, joinedPartyOn: `${1982 + i}-07-01`, status: 'FULL', position: '科员',
      },
    }, ADMIN);
    expect(res.errors, `member ${i}`).toBeUndefined();
    unit.members.push({ id: res.data!.createMember.id, name: res.data!.createMember.name });
  }
});

afterAll(async () => {
  delete process.env.BUSINESS_DATE;
  await platform?.dispose();
});

describe('a unit of 25 members and 3 teams in the 2016 campaign', () => {
  it('has a post target of 3 and a team target of 1, and attains its posts exactly at the third declared post', async () => {
    const quota = async () => (await request(UnitQuota, { id: unit.id, campaignId }, LEADER)).data!.unit!.quota!;
    expect(await quota()).toMatchObject({
      partyMembers: 25, teams: 3, posts: { count: 0, target: 3, attained: false }, teamQuota: { count: 0, target: 1, attained: false },
    });
    const caller = unitAdmin(unit.id);
    const attained: boolean[] = [];
    for (const member of unit.members.slice(0, 3)) {
      const declared = await request(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: member.id } }, caller);
      expect(declared.errors).toBeUndefined();
      if (!post.id) post = { id: declared.data!.declareHonor.id, member };
      attained.push((await quota()).posts.attained);
    }
    expect(attained).toEqual([false, false, true]);
    expect((await request(DeclareHonor, { input: { campaignId, tier: 'TEAM', subjectId: unit.teams[2]! } }, caller)).errors).toBeUndefined();
    expect(await quota()).toMatchObject({ posts: { count: 3, target: 3, ratio: 1, attained: true }, teamQuota: { count: 1, target: 1, attained: true } });
  });

  it('names a post only through mass review, publicity and confirmation, in order; confirming before the window ends or with an open objection is ILLEGAL_TRANSITION', async () => {
    const step = (input: Record<string, unknown>) => request(Step, { input: { honorId: post.id, ...input } as never }, ADMIN);
    for (const action of ['CONFIRM', 'PUBLICIZE', 'NAME'] as const) {
      const early = await step({ action, expectedVersion: 1, ...(action === 'PUBLICIZE' ? { publicityStartsOn: '2016-09-30' } : {}) });
      expect(early.errors?.[0]?.extensions, action).toMatchObject({ code: 'ILLEGAL_TRANSITION', status: 'DECLARED', reason: 'WRONG_STATUS' });
    }
    expect((await step({ action: 'START_MASS_REVIEW', expectedVersion: 1 })).data!.transitionHonor).toMatchObject({ status: 'MASS_REVIEW', version: 2 });

    // Friday 30 September 2016, the day before 国庆 (1–7 October off; Saturday 8 and Sunday 9
    // October worked). Five working days: 9/30 (1), 10/8 (2), 10/9 (3), 10/10 (4), 10/11 (5) — the
    // window ends on Tuesday 11 October (weekdays only would have said Thursday 6 October, a holiday).
    on('2016-09-30');
    const publicized = (await step({ action: 'PUBLICIZE', expectedVersion: 2, publicityStartsOn: '2016-09-30' })).data!.transitionHonor;
    expect(publicized).toMatchObject({ status: 'PUBLICIZING', version: 3, publicityStartsOn: '2016-09-30', publicityEndsOn: '2016-10-11' });

    // Someone with no account objects, through the dashboard's server: a receipt and nothing else.
    on('2016-10-08');
    const lodged = await request(LodgeObjection, { input: { honorId: post.id, reason: '该同志的志愿服务时长与申报材料不符，请核查', contact: '13900001111' } }, null, anonymousAt('203.0.113.50'));
    expect(lodged.errors).toBeUndefined();
    expect(Object.keys(lodged.data!.lodgeObjection).sort()).toEqual(['id', 'lodgedAt']);

    on('2016-10-11');
    const lastDay = await step({ action: 'CONFIRM', expectedVersion: 3 });
    expect(lastDay.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'PUBLICITY_NOT_ENDED', status: 'PUBLICIZING' });
    on('2016-10-12');
    const objected = await step({ action: 'CONFIRM', expectedVersion: 3 });
    expect(objected.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'OPEN_OBJECTIONS', allowedActions: ['REJECT', 'WITHDRAW'] });

    const seen = (await request(HonorObjections, { id: post.id }, ADMIN)).data!.honor!.objections!;
    expect(seen).toEqual([expect.objectContaining({ id: lodged.data!.lodgeObjection.id, contact: '13900001111', resolved: false })]);
    const resolved = await request(ResolveObjection, { input: { objectionId: seen[0]!.id, finding: '经核查，服务时长有签到记录为证，反映不属实', upheld: false } }, ADMIN);
    expect(resolved.data!.resolveObjection).toMatchObject({ resolved: true, upheld: false });

    expect((await step({ action: 'CONFIRM', expectedVersion: 3 })).data!.transitionHonor).toMatchObject({ status: 'CONFIRMED', version: 4 });
    const named = (await step({ action: 'NAME', expectedVersion: 4, plaqueNumber: 'SFG-2016-SCN-001', batch: '国庆后第二批' })).data!.transitionHonor;
    expect(named).toMatchObject({ status: 'NAMED', version: 5, namedOn: '2016-10-12', plaqueNumber: 'SFG-2016-SCN-001' });
    expect(named.events.map((e) => e.action)).toEqual(['START_MASS_REVIEW', 'PUBLICIZE', 'CONFIRM', 'NAME']);
  });

  it('gives the named post a plaque anyone can check, which says revoked, with the day, once revoked', async () => {
    const qr = (await request(PlaqueQr, { honorId: post.id }, unitAdmin(unit.id))).data!.plaqueQr!;
    expect(qr.url).toBe(`http://localhost:8080/verify/${qr.code}`);
    expect(qr.svg).toMatch(/^<svg /);
    plaqueCode = qr.code;
    const record = { name: post.member.name, unitName: unit.name, tier: 'POST', year: 2016, batch: '国庆后第二批', namedOn: '2016-10-12' };
    expect((await request(PlaqueByCode, { code: plaqueCode.toLowerCase() }, null)).data!.plaque).toEqual({ ...record, status: 'VALID', revokedOn: null });

    on('2016-11-15');
    const revoked = await request(Step, { input: { honorId: post.id, action: 'REVOKE', expectedVersion: 5, note: '经查实存在违纪行为，取消命名' } }, ADMIN);
    expect(revoked.data!.transitionHonor.status).toBe('REVOKED');
    expect((await request(PlaqueByCode, { code: plaqueCode }, null)).data!.plaque).toEqual({ ...record, status: 'REVOKED', revokedOn: '2016-11-15' });
    expect((await request(PlaqueByCode, { code: 'ZZZZ-ZZZZ-ZZZZ' }, null))).toEqual({ status: 200, data: { plaque: null } });
  });

  it('lets exactly one of two identical transitions at one version win, writing one event', async () => {
    const second = (await request(CampaignHonors, { campaignId, tier: 'POST', unitId: unit.id }, LEADER)).data!.honors.edges
      .map((e) => e.node).find((n) => n.status === 'DECLARED')!;
    const both = await Promise.all([1, 2].map(() => request(TransitionHonor, { input: { honorId: second.id, action: 'START_MASS_REVIEW', expectedVersion: 1 } }, ADMIN)));
    expect(both.filter((r) => !r.errors).map((r) => r.data!.transitionHonor.version)).toEqual([2]);
    expect(both.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect((await request(HonorDetail, { id: second.id }, LEADER)).data!.honor!.events).toHaveLength(1);
  });

  it('refuses to name a fourth industry in the campaign', async () => {
    const namedIndustries = async () => {
      let n = 0;
      for (const status of ['NAMED', 'RECTIFYING'] as const) n += (await request(CampaignHonors, { campaignId, tier: 'INDUSTRY', status, first: 10 }, LEADER)).data!.honors.totalCount;
      return n;
    };
    const already = await namedIndustries();
    expect(already).toBeLessThanOrEqual(3);
    // Enough new industries, each taken through the procedure, to fill the three places and try a fourth.
    const ids: string[] = [];
    on('2016-09-30');
    for (let i = 0; i <= 3 - already; i++) {
      const industry = (await request(CreateIndustry, { input: { code: `SCN-IND-${i}`, name: `示范行业候选${i}` } }, ADMIN)).data!.createIndustry;
      const honorId = (await request(DeclareHonor, { input: { campaignId, tier: 'INDUSTRY', subjectId: industry.id } }, ADMIN)).data!.declareHonor.id;
      await request(Step, { input: { honorId, action: 'START_MASS_REVIEW', expectedVersion: 1 } }, ADMIN);
      expect((await request(Step, { input: { honorId, action: 'PUBLICIZE', expectedVersion: 2, publicityStartsOn: '2016-09-30' } }, ADMIN)).errors).toBeUndefined();
      ids.push(honorId);
    }
    on('2016-10-12');
    const results = [];
    for (const [i, honorId] of ids.entries()) {
      await request(Step, { input: { honorId, action: 'CONFIRM', expectedVersion: 3 } }, ADMIN);
      results.push(await request(Step, { input: { honorId, action: 'NAME', expectedVersion: 4, plaqueNumber: `SFG-2016-IND-SCN-${i}`, batch: '国庆后第二批' } }, ADMIN));
    }
    expect(results.slice(0, -1).every((r) => r.data?.transitionHonor.status === 'NAMED')).toBe(true);
    expect(results.at(-1)!.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'action' });
    expect(await namedIndustries()).toBe(3);
  });
});

describe('another unit’s UNIT_ADMIN', () => {
  it('cannot see, declare, transition, print or read the objections of this unit’s candidacies', async () => {
    const stranger = unitAdmin(platform.seeded!.units.find((u) => !u.excluded && u.id !== unit.id)!.id);
    const own = unitAdmin(unit.id);
    expect((await request(HonorDetail, { id: post.id }, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await request(HonorObjections, { id: post.id }, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await request(CampaignHonors, { campaignId, unitId: unit.id }, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = (await request(CampaignHonors, { campaignId, first: 100 }, stranger)).data!.honors.edges.map((e) => e.node);
    expect(list.some((n) => n.unit?.id === unit.id)).toBe(false);
    const viaUnit = await request(UnitHonorObjections, { id: unit.id, campaignId }, stranger);
    expect(viaUnit.data!.unit!.honors).toEqual([]);
    // A member it cannot see is not found; the unit itself it may see, but not declare.
    expect((await request(DeclareHonor, { input: { campaignId, tier: 'POST', subjectId: unit.members[10]!.id } }, stranger)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await request(DeclareHonor, { input: { campaignId, tier: 'UNIT', subjectId: unit.id } }, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const declared = (await request(CampaignHonors, { campaignId, unitId: unit.id, status: 'DECLARED' }, own)).data!.honors.edges[0]!.node;
    expect((await request(TransitionHonor, { input: { honorId: declared.id, action: 'WITHDRAW', expectedVersion: 1 } }, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await request(PlaqueQr, { honorId: post.id }, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The unit's own UNIT_ADMIN reads its objections, without the objector's contact; LEADER and INTEGRATOR get null.
    expect((await request(HonorObjections, { id: post.id }, own)).data!.honor!.objections).toEqual([expect.objectContaining({ contact: null, resolved: true })]);
    for (const reader of [LEADER, INTEGRATOR]) expect((await request(HonorObjections, { id: post.id }, reader)).data!.honor!.objections).toBeNull();
    const [{ n }] = await sql(`select count(*)::int as n from honors.honor where unit_id = $1 and status = 'WITHDRAWN'`, [unit.id]);
    expect(n).toBe(0);
  });
});

describe('anonymous callers', () => {
  it('reach plaque and lodgeObjection only: everything else of the honors subgraph is UNAUTHENTICATED', async () => {
    expect((await request(PlaqueByCode, { code: plaqueCode }, null)).data!.plaque!.status).toBe('REVOKED');
    const declared = (await request(CampaignHonors, { campaignId, unitId: unit.id, status: 'DECLARED' }, ADMIN)).data!.honors.edges[0]!.node;
    const refusal = await request(LodgeObjection, { input: { honorId: declared.id, reason: '申报材料与事实不符，请核查' } }, null, anonymousAt('203.0.113.51'));
    expect(refusal.errors?.[0]?.extensions?.code).toBe('ILLEGAL_TRANSITION');

    const refused = [
      await request(CampaignByYear, { year: 2016 }, null),
      await request(CampaignHonors, { campaignId }, null),
      await request(HonorDetail, { id: post.id }, null),
      await request(HonorObjections, { id: post.id }, null),
      await request(UnitHonorObjections, { id: unit.id, campaignId }, null),
      await request(UnitQuota, { id: unit.id, campaignId }, null),
      await request(PlaqueQr, { honorId: post.id }, null),
      await request(HolidaySchedules, {}, null),
      await request(DeclareHonor, { input: { campaignId, tier: 'UNIT', subjectId: unit.id } }, null),
      await request(TransitionHonor, { input: { honorId: declared.id, action: 'WITHDRAW', expectedVersion: 1 } }, null),
      await request(ResolveObjection, { input: { objectionId: post.id, finding: '经核查不属实', upheld: false } }, null),
      await request(AddHolidaySchedule, { input: { year: 2031, holidays: [{ name: '元旦', from: '2031-01-01', to: '2031-01-01' }], makeUpWorkdays: [] } }, null),
    ];
    for (const [i, res] of refused.entries()) expect(res.errors?.[0]?.extensions?.code, `operation ${i}`).toBe('UNAUTHENTICATED');
  });
});
