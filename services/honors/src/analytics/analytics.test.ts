import { addDays } from '../dates.js';
import { admin, integrator, leader, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { businessToday } from '@sfxd/kit';
import { directoryMaker } from '@sfxd/units/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHonorsSubgraphs } from '../testing/subgraphs.js';

let h: TestSubgraphs;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);
const statements = () => h.subgraph('honors').db.queries;
let A: string;
let B: string;

type Step = [action: string, from: string, to: string, at: string, note?: string, deadline?: string];

/**
 * A candidacy and its history written straight into the honors schema, as the demo data is: the
 * status is where the last step left it (NAMED when there is none), with the deadline of a
 * rectification still open. Returns its id.
 */
async function honor(campaignId: string, unitId: string | null, tier: string, steps: Step[] = [], status?: string): Promise<string> {
  const id = randomUUID();
  const final = status ?? steps.at(-1)?.[2] ?? 'NAMED';
  const deadline = final === 'RECTIFYING' ? steps.filter((s) => s[0] === 'ORDER_RECTIFICATION').at(-1)![5] : null;
  const kind = { POST: 'MEMBER', TEAM: 'TEAM', UNIT: 'UNIT', INDUSTRY: 'INDUSTRY' }[tier];
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, version, declared_on, declared_by,
       rectification_deadline, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, '2016-05-20', 'test', $10, now(), now())`,
    [id, campaignId, tier, tier === 'UNIT' ? unitId : randomUUID(), kind, unitId, randomUUID(), final, 1 + steps.length, deadline],
  );
  for (const [action, from, to, at, note, due] of steps) {
    await h.sql(
      `insert into honors.honor_event (id, honor_id, action, from_status, to_status, actor, actor_role, at, note, changes)
       values ($1, $2, $3, $4, $5, 'demo-admin', 'ADMIN', $6, $7, $8)`,
      [randomUUID(), id, action, from, to, at, note ?? null, JSON.stringify(due ? { rectificationDeadline: due } : {})],
    );
  }
  return id;
}

const campaign = async (year: number) => (await as(admin, `mutation($y: Int!) { createCampaign(input: { year: $y }) { id } }`, { y: year })).data.createCampaign.id as string;

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  const make = directoryMaker(h.client('units'));
  const industryId = (await make.industry()).id;
  [A, B] = [(await make.unit(industryId)).id, (await make.unit(industryId)).id].sort();
});

afterAll(async () => {
  await h?.close();
});

const COUNTS = `query($c: ID!, $u: ID) { honorCounts(campaignId: $c, unitId: $u) { unitId unit { id } tier status count } }`;

describe('honorCounts', () => {
  let c: string;
  beforeAll(async () => {
    c = await campaign(2015);
    const other = await campaign(2014);
    await honor(c, A, 'POST');
    await honor(c, A, 'POST');
    await honor(c, A, 'POST', [], 'WITHDRAWN');
    await honor(c, A, 'TEAM', [], 'DECLARED');
    await honor(c, B, 'POST', [['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2015-10-20T02:00:00Z', '整改', '2015-11-30']]);
    await honor(c, null, 'INDUSTRY');
    await honor(other, A, 'POST');
  });

  it('counts a campaign’s candidacies per unit, tier and status in one statement, industries without a unit first', async () => {
    statements().reset();
    const res = await as(leader, COUNTS, { c });
    expect(statements().count).toBe(1);
    expect(res.errors).toBeUndefined();
    expect(res.data.honorCounts).toEqual([
      { unitId: null, unit: null, tier: 'INDUSTRY', status: 'NAMED', count: 1 },
      { unitId: A, unit: { id: A }, tier: 'POST', status: 'NAMED', count: 2 },
      { unitId: A, unit: { id: A }, tier: 'POST', status: 'WITHDRAWN', count: 1 },
      { unitId: A, unit: { id: A }, tier: 'TEAM', status: 'DECLARED', count: 1 },
      { unitId: B, unit: { id: B }, tier: 'POST', status: 'RECTIFYING', count: 1 },
    ]);
  });

  it('gives one unit’s counts when asked, and nothing for an unknown campaign', async () => {
    expect((await as(leader, COUNTS, { c, u: B })).data.honorCounts).toEqual([{ unitId: B, unit: { id: B }, tier: 'POST', status: 'RECTIFYING', count: 1 }]);
    expect((await as(leader, COUNTS, { c: randomUUID() })).data.honorCounts).toEqual([]);
    expect((await as(leader, COUNTS, { c: 'nonsense' })).data.honorCounts).toEqual([]);
  });

  it('shows every unit’s counts to every signed-in role, a UNIT_ADMIN included (aggregates without names), and nothing to anonymous callers', async () => {
    const all = (await as(leader, COUNTS, { c })).data.honorCounts;
    for (const caller of [admin, integrator, unitAdmin(A)]) expect((await as(caller, COUNTS, { c })).data.honorCounts).toEqual(all);
    expect((await as(unitAdmin(A), COUNTS, { c, u: B })).data.honorCounts).toHaveLength(1);
    expect((await as(null, COUNTS, { c })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const ACTIONS = `query($c: ID!, $u: ID) { managementActions(campaignId: $c, unitId: $u) { action unitId unit { id } month count } }`;

describe('managementActions', () => {
  let c: string;
  beforeAll(async () => {
    c = await campaign(2016);
    await honor(c, A, 'POST', [
      ['NAME', 'CONFIRMED', 'NAMED', '2016-06-30T02:00:00Z'],
      ['COMMEND', 'NAMED', 'NAMED', '2016-12-05T02:00:00Z', '表彰'],
    ]);
    await honor(c, A, 'TEAM', [['COMMEND', 'NAMED', 'NAMED', '2016-12-20T07:00:00Z', '表彰']]);
    // 01:30 on 1 November in Beijing is still 31 October in UTC.
    await honor(c, B, 'POST', [
      ['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2016-08-15T02:00:00Z', '整改', '2016-09-30'],
      ['FAIL_RECTIFICATION', 'RECTIFYING', 'REVOKED', '2016-10-31T17:30:00Z', '整改不到位'],
    ]);
    await honor(c, B, 'UNIT', [['REVOKE', 'NAMED', 'REVOKED', '2016-11-15T02:00:00Z', '取消']]);
    await honor(c, null, 'INDUSTRY', [['COMMEND', 'NAMED', 'NAMED', '2016-12-05T03:00:00Z', '表彰']]);
  });

  it('counts commendations, rectifications and revocations per action, unit and Beijing month in one statement, leaving the naming steps out', async () => {
    statements().reset();
    const res = await as(leader, ACTIONS, { c });
    expect(statements().count).toBe(1);
    expect(res.errors).toBeUndefined();
    expect(res.data.managementActions).toEqual([
      { action: 'ORDER_RECTIFICATION', unitId: B, unit: { id: B }, month: '2016-08', count: 1 },
      { action: 'FAIL_RECTIFICATION', unitId: B, unit: { id: B }, month: '2016-11', count: 1 },
      { action: 'REVOKE', unitId: B, unit: { id: B }, month: '2016-11', count: 1 },
      { action: 'COMMEND', unitId: null, unit: null, month: '2016-12', count: 1 },
      { action: 'COMMEND', unitId: A, unit: { id: A }, month: '2016-12', count: 2 },
    ]);
  });

  it('gives one unit’s actions when asked, to every signed-in role', async () => {
    for (const caller of [leader, integrator, unitAdmin(B), unitAdmin(A)]) {
      const res = await as(caller, ACTIONS, { c, u: A });
      expect(res.data.managementActions).toEqual([{ action: 'COMMEND', unitId: A, unit: { id: A }, month: '2016-12', count: 2 }]);
    }
    expect((await as(null, ACTIONS, { c })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const RECTIFICATIONS = `query($c: ID!, $u: ID, $o: Boolean, $d: Date) { rectifications(campaignId: $c, unitId: $u, overdueOnly: $o, asOf: $d) {
  honorId unitId tier reason orderedOn deadline outcome closedBy closedOn overdue
} }`;

describe('rectifications', () => {
  let c: string;
  const ids: Record<string, string> = {};
  const list = async (vars: Record<string, unknown>, caller = leader) => {
    const res = await as(caller, RECTIFICATIONS, { c, ...vars });
    expect(res.errors).toBeUndefined();
    return res.data.rectifications as { honorId: string; outcome: string; overdue: boolean; closedBy: string | null; deadline: string }[];
  };
  const brief = (rows: Awaited<ReturnType<typeof list>>) => rows.map((r) => `${Object.keys(ids).find((k) => ids[k] === r.honorId)} ${r.deadline} ${r.outcome}${r.overdue ? ' overdue' : ''}`);

  beforeAll(async () => {
    c = await campaign(2017);
    ids.passed = await honor(c, A, 'POST', [
      ['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2017-08-15T02:00:00Z', '服务群众意见较多', '2017-10-31'],
      ['PASS_RECTIFICATION', 'RECTIFYING', 'NAMED', '2017-10-24T02:00:00Z'],
    ]);
    ids.failed = await honor(c, A, 'TEAM', [
      ['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2017-08-15T03:00:00Z', '工作作风问题', '2017-09-30'],
      ['FAIL_RECTIFICATION', 'RECTIFYING', 'REVOKED', '2017-10-10T02:00:00Z', '整改不到位'],
    ]);
    ids.overdue = await honor(c, B, 'POST', [['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2017-10-20T02:00:00Z', '群众反映问题', '2017-11-30']]);
    ids.open = await honor(c, B, 'UNIT', [['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2017-12-08T02:00:00Z', '年终考核靠后', '2018-01-31']]);
    ids.twice = await honor(c, A, 'POST', [
      ['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2017-06-01T02:00:00Z', '第一次整改', '2017-07-01'],
      ['PASS_RECTIFICATION', 'RECTIFYING', 'NAMED', '2017-06-28T02:00:00Z'],
      ['COMMEND', 'NAMED', 'NAMED', '2017-07-05T02:00:00Z', '表彰'],
      ['ORDER_RECTIFICATION', 'NAMED', 'RECTIFYING', '2017-09-01T02:00:00Z', '第二次整改', '2017-10-15'],
      ['REVOKE', 'RECTIFYING', 'REVOKED', '2017-11-15T02:00:00Z', '取消命名'],
    ]);
  });

  it('lists every order to rectify by deadline, with its reason, outcome, the action and day that ended it, and overdue on the day asked, in one statement', async () => {
    statements().reset();
    const rows = await list({ d: '2017-12-31' });
    expect(statements().count).toBe(1);
    expect(brief(rows)).toEqual([
      'twice 2017-07-01 PASSED', 'failed 2017-09-30 FAILED', 'twice 2017-10-15 FAILED', 'passed 2017-10-31 PASSED',
      'overdue 2017-11-30 OPEN overdue', 'open 2018-01-31 OPEN',
    ]);
    expect(rows[0]).toEqual({
      honorId: ids.twice, unitId: A, tier: 'POST', reason: '第一次整改', orderedOn: '2017-06-01', deadline: '2017-07-01',
      outcome: 'PASSED', closedBy: 'PASS_RECTIFICATION', closedOn: '2017-06-28', overdue: false,
    });
    expect(rows[2]).toMatchObject({ reason: '第二次整改', closedBy: 'REVOKE', closedOn: '2017-11-15' });
    expect(rows[4]).toMatchObject({ honorId: ids.overdue, unitId: B, reason: '群众反映问题', orderedOn: '2017-10-20', closedBy: null, closedOn: null });
  });

  it('keeps only the overdue ones when asked', async () => {
    expect(brief(await list({ d: '2017-12-31', o: true }))).toEqual(['overdue 2017-11-30 OPEN overdue']);
  });

  it('shows them as they stood on an earlier day: later orders left out, later results still open, the deadline day in time', async () => {
    expect(brief(await list({ d: '2017-11-30' }))).toEqual([
      'twice 2017-07-01 PASSED', 'failed 2017-09-30 FAILED', 'twice 2017-10-15 FAILED', 'passed 2017-10-31 PASSED', 'overdue 2017-11-30 OPEN',
    ]);
    expect(brief(await list({ d: '2017-10-15' }))).toEqual([
      'twice 2017-07-01 PASSED', 'failed 2017-09-30 FAILED', 'twice 2017-10-15 OPEN', 'passed 2017-10-31 OPEN',
    ]);
    const refused = await as(leader, RECTIFICATIONS, { c, d: '2017-02-30' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives a UNIT_ADMIN its own unit’s only, FORBIDDEN for another unit, and the whole city to LEADER and INTEGRATOR', async () => {
    const mine = await list({ d: '2017-12-31' }, unitAdmin(B));
    expect(brief(mine)).toEqual(['overdue 2017-11-30 OPEN overdue', 'open 2018-01-31 OPEN']);
    expect(await list({ d: '2017-12-31', u: B }, unitAdmin(B))).toEqual(mine);
    const refused = await as(unitAdmin(B), RECTIFICATIONS, { c, u: A });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await list({ d: '2017-12-31', u: B }, integrator)).toEqual(mine);
    expect(await list({ d: '2017-12-31' }, integrator)).toHaveLength(6);
    expect((await as(null, RECTIFICATIONS, { c })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('leads to each honor, loaded for all rows at once', async () => {
    statements().reset();
    const res = await as(leader, `query($c: ID!) { rectifications(campaignId: $c, asOf: "2017-12-31") { honorId honor { id status } } }`, { c });
    expect(statements().count).toBe(2);
    for (const r of res.data.rectifications) expect(r.honor.id).toBe(r.honorId);
    expect(res.data.rectifications.map((r: { honor: { status: string } }) => r.honor.status)).toEqual(['REVOKED', 'REVOKED', 'REVOKED', 'NAMED', 'RECTIFYING', 'RECTIFYING']);
  });

  it('shows a rectification ordered through transitionHonor, open today and overdue the day after its deadline, and counts it as an action', async () => {
    const other = await campaign(2019);
    const id = await honor(other, A, 'POST');
    const deadline = addDays(businessToday(), 30);
    const ordered = await as(admin, `mutation($input: TransitionHonorInput!) { transitionHonor(input: $input) { status } }`, {
      input: { honorId: id, action: 'ORDER_RECTIFICATION', expectedVersion: 1, note: '台账资料不全', deadline },
    });
    expect(ordered.errors).toBeUndefined();
    const [event] = await h.sql(`select to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from honors.honor_event where honor_id = $1`, [id]);
    const now = (await as(leader, RECTIFICATIONS, { c: other })).data.rectifications;
    expect(now).toEqual([{
      honorId: id, unitId: A, tier: 'POST', reason: '台账资料不全', orderedOn: event.day, deadline, outcome: 'OPEN', closedBy: null, closedOn: null, overdue: false,
    }]);
    const later = (await as(leader, RECTIFICATIONS, { c: other, d: addDays(deadline, 1) })).data.rectifications;
    expect(later[0]).toMatchObject({ outcome: 'OPEN', overdue: true });
    const actions = (await as(leader, ACTIONS, { c: other })).data.managementActions;
    expect(actions).toEqual([{ action: 'ORDER_RECTIFICATION', unitId: A, unit: { id: A }, month: event.day.slice(0, 7), count: 1 }]);
  });
});
