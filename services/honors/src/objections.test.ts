import { DEV_SUBGRAPH_SECRET, INTERNAL_TOKEN_HEADER, businessToday, signInternalToken, type Caller } from '@sfxd/kit';
import { admin, integrator, leader, postGraphQL, unitAdmin, type TestSubgraphs } from '@sfxd/kit/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { startHonorsSubgraphs } from './testing/subgraphs.js';

// The committee's "today", fixed for every subgraph of this process (kit's BUSINESS_DATE).
process.env.BUSINESS_DATE = '2026-06-03';
const today = businessToday();

let h: TestSubgraphs;
let campaignId: string;
const as = (...args: Parameters<ReturnType<TestSubgraphs['client']>>) => h.client('honors')(...args);

const LODGE = `mutation($input: LodgeObjectionInput!) { lodgeObjection(input: $input) { id lodgedAt } }`;
const RESOLVE = `mutation($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id resolved resolvedAt resolvedBy upheld finding } }`;
const OBJECTIONS = `query($id: ID!) { honor(id: $id) { id objections { id reason contact lodgedAt resolved upheld finding } } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { transitionHonor(input: { honorId: $id, action: CONFIRM, expectedVersion: $v }) { status version } }`;

/** A request to the honors subgraph as the gateway sends it for a caller at a client address. */
async function from(address: string | null, caller: Caller | null, query: string, variables: Record<string, unknown>) {
  const token = await signInternalToken(caller, DEV_SUBGRAPH_SECRET, { clientAddress: address });
  return postGraphQL(h.subgraph('honors').url, query, variables, { [INTERNAL_TOKEN_HEADER]: token });
}

let addresses = 0;
/** A client address no other test uses. */
const address = () => `198.51.100.${++addresses}`;

const lodge = (honorId: string, at: string | null = address(), reason = '该同志工作作风与申报材料不符', contact?: string, caller: Caller | null = null) =>
  from(at, caller, LODGE, { input: { honorId, reason, ...(contact === undefined ? {} : { contact }) } });

/** A candidacy in `status` (publicity since `ends` − some days, ending on `ends`), of its own unit unless given. */
async function honor(over: { status?: string; unitId?: string | null; tier?: string; ends?: string } = {}) {
  const id = randomUUID();
  const tier = over.tier ?? 'POST';
  const unitId = tier === 'INDUSTRY' ? null : over.unitId ?? randomUUID();
  const status = over.status ?? 'PUBLICIZING';
  const windowed = !['DECLARED', 'MASS_REVIEW', 'REJECTED', 'WITHDRAWN'].includes(status);
  const ends = over.ends ?? addDays(today, 3);
  await h.sql(
    `insert into honors.honor (id, campaign_id, tier, subject_id, subject_kind, unit_id, industry_id, status, declared_on, declared_by,
       publicity_starts_on, publicity_ends_on, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'test', $10, $11, now(), now())`,
    [id, campaignId, tier, randomUUID(), { POST: 'MEMBER', INDUSTRY: 'INDUSTRY' }[tier] ?? 'UNIT', unitId, randomUUID(), status, addDays(today, -30),
      windowed ? addDays(ends, -6) : null, windowed ? ends : null],
  );
  return { id, unitId };
}

const stored = async (honorId: string) => h.sql(`select reason, contact, client_address from honors.objection where honor_id = $1 order by lodged_at`, [honorId]);

beforeAll(async () => {
  h = await startHonorsSubgraphs();
  campaignId = (await as(admin, `mutation { createCampaign(input: { year: 2026 }) { id } }`)).data.createCampaign.id;
});

afterAll(async () => {
  await h?.close();
});

describe('lodging an objection', () => {
  it('is open to anyone, without a token, and answers with a receipt only, writing the objection and its audit line', async () => {
    const { id, unitId } = await honor();
    const res = await lodge(id, '203.0.113.9', ' 该同志申报材料中的服务时长与实际不符\n请核查 ', '13800000000');
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data.lodgeObjection).sort()).toEqual(['id', 'lodgedAt']);
    const receipt = res.data.lodgeObjection.id;
    expect(await stored(id)).toEqual([{ reason: '该同志申报材料中的服务时长与实际不符\n请核查', contact: '13800000000', client_address: '203.0.113.9' }]);
    const audits = await h.sql(`select actor, operation, entity_id, unit_id, detail from honors.audit_event where entity_id = $1`, [receipt]);
    expect(audits).toEqual([{ actor: 'anonymous', operation: 'lodgeObjection', entity_id: receipt, unit_id: unitId, detail: { honorId: id, contactGiven: true } }]);
  });

  it('is refused for an empty, short or over-long reason or a two-line contact, naming the field and storing nothing', async () => {
    const { id } = await honor();
    for (const [reason, contact, field] of [['', undefined, 'reason'], ['不实', undefined, 'reason'], ['举'.repeat(501), undefined, 'reason'], ['作风不实请核查', 'a\nb', 'contact']] as const) {
      const res = await lodge(id, address(), reason, contact);
      expect(res.errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await stored(id)).toEqual([]);
  });

  it('is refused for a candidacy that is not in publicity, without telling its status, and for an unknown one', async () => {
    for (const status of ['MASS_REVIEW', 'CONFIRMED', 'NAMED', 'REJECTED']) {
      const { id } = await honor({ status });
      const res = await lodge(id);
      expect(res.errors?.[0]?.extensions, status).toMatchObject({ code: 'ILLEGAL_TRANSITION', action: 'LODGE_OBJECTION', reason: 'NOT_PUBLICIZING' });
      expect(res.errors![0]!.extensions!.status).toBeUndefined();
      expect(res.errors![0]!.message).not.toContain(status);
      expect(await stored(id)).toEqual([]);
    }
    expect((await lodge(randomUUID())).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'honorId' });
    expect((await lodge('not-an-id')).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'honorId' });
  });

  it('is limited to five an hour per client address, counted in the database, with its own code and when to try again', async () => {
    const { id } = await honor();
    const mine = address();
    for (let i = 1; i <= 5; i++) expect((await lodge(id, mine, `第${i}条：申报材料与事实不符`)).errors, `objection ${i}`).toBeUndefined();
    const sixth = await lodge(id, mine, '第6条：申报材料与事实不符');
    expect(sixth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(sixth.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(3500);
    expect(sixth.errors![0]!.message).toContain('at most 5 objections an hour');
    // Signed in or not, on another candidacy too: the allowance is the address's.
    expect((await lodge((await honor()).id, mine, '另一条：申报材料与事实不符', undefined, leader)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another address is not affected; objections older than an hour no longer count.
    expect((await lodge(id, address())).errors).toBeUndefined();
    await h.sql(`update honors.objection set lodged_at = lodged_at - interval '61 minutes' where client_address = $1 and reason like '第1条%'`, [mine]);
    expect((await lodge(id, mine, '第7条：申报材料与事实不符')).errors).toBeUndefined();
    expect(await stored(id)).toHaveLength(7);
  });

  it('counts an IPv6 client by its /64 network, and calls with no address against one shared allowance', async () => {
    const { id } = await honor();
    for (let i = 0; i < 5; i++) expect((await lodge(id, `2001:db8:77:1::${i + 1}`)).errors).toBeUndefined();
    expect((await lodge(id, '2001:db8:77:1:abcd::9')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await lodge(id, '2001:db8:77:2::1')).errors).toBeUndefined();
    expect(new Set((await stored(id)).map((o) => o.client_address))).toEqual(new Set(['2001:db8:77:1::/64', '2001:db8:77:2::/64']));
    const unaddressed = await honor();
    for (let i = 0; i < 5; i++) expect((await lodge(unaddressed.id, null)).errors).toBeUndefined();
    expect((await lodge(unaddressed.id, null)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(new Set((await stored(unaddressed.id)).map((o) => o.client_address))).toEqual(new Set(['unknown']));
  });
});

describe('resolving objections and confirming', () => {
  it('lets the committee confirm only once every objection is resolved and none upheld; an upheld one leaves REJECT', async () => {
    const ended = addDays(today, -1);
    const dismissedCase = await honor({ ends: ended });
    const objection = (await lodge(dismissedCase.id)).data.lodgeObjection.id;
    const blocked = await as(admin, CONFIRM, { id: dismissedCase.id, v: 1 });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'OPEN_OBJECTIONS' });
    expect(blocked.errors![0]!.message).toContain('1 objection(s) still open');
    const resolved = await as(admin, RESOLVE, { input: { objectionId: objection, finding: ' 经核查，反映问题不属实 ', upheld: false } });
    expect(resolved.data.resolveObjection).toMatchObject({ id: objection, resolved: true, resolvedBy: admin.sub, upheld: false, finding: '经核查，反映问题不属实' });
    expect((await as(admin, CONFIRM, { id: dismissedCase.id, v: 1 })).data.transitionHonor).toEqual({ status: 'CONFIRMED', version: 2 });

    const upheldCase = await honor({ ends: ended });
    const upheld = (await lodge(upheldCase.id)).data.lodgeObjection.id;
    await as(admin, RESOLVE, { input: { objectionId: upheld, finding: '经核查，反映问题属实', upheld: true } });
    const refused = await as(admin, CONFIRM, { id: upheldCase.id, v: 1 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', reason: 'UPHELD_OBJECTION', allowedActions: ['REJECT', 'WITHDRAW'] });
    const [row] = await h.sql(`select status from honors.honor where id = $1`, [upheldCase.id]);
    expect(row.status).toBe('PUBLICIZING');
    const audits = await h.sql(`select operation, detail from honors.audit_event where entity_id = $1`, [upheld]);
    expect(audits.map((a) => a.operation).sort()).toEqual(['lodgeObjection', 'resolveObjection']);
  });

  it('resolves an objection once: a second finding is CONFLICT and changes nothing', async () => {
    const { id } = await honor();
    const objection = (await lodge(id)).data.lodgeObjection.id;
    const twice = await Promise.all([
      as(admin, RESOLVE, { input: { objectionId: objection, finding: '经核查，反映问题不属实', upheld: false } }),
      as(admin, RESOLVE, { input: { objectionId: objection, finding: '经核查，反映问题属实', upheld: true } }),
    ]);
    expect(twice.filter((r) => !r.errors)).toHaveLength(1);
    expect(twice.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'objectionId' });
    const winner = twice.find((r) => !r.errors)!.data.resolveObjection;
    const [row] = await h.sql(`select upheld, finding from honors.objection where id = $1`, [objection]);
    expect(row).toEqual({ upheld: winner.upheld, finding: winner.finding });
    expect(await h.sql(`select 1 from honors.audit_event where entity_id = $1 and operation = 'resolveObjection'`, [objection])).toHaveLength(1);
  });

  it('is the committee’s alone, needs a finding of 5–500 characters, and names an unknown objection', async () => {
    const { id, unitId } = await honor();
    const objection = (await lodge(id)).data.lodgeObjection.id;
    for (const caller of [unitAdmin(unitId!), leader, integrator]) {
      expect((await as(caller, RESOLVE, { input: { objectionId: objection, finding: '经核查不属实', upheld: false } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await as(null, RESOLVE, { input: { objectionId: objection, finding: '经核查不属实', upheld: false } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(admin, RESOLVE, { input: { objectionId: objection, finding: '不属实', upheld: false } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'finding' });
    expect((await as(admin, RESOLVE, { input: { objectionId: randomUUID(), finding: '经核查不属实', upheld: false } })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'objectionId' });
    const [row] = await h.sql(`select resolved_at from honors.objection where id = $1`, [objection]);
    expect(row.resolved_at).toBeNull();
  });
});

describe('who reads objections', () => {
  it('shows them to ADMIN and the unit’s own UNIT_ADMIN (without the objector’s contact), and null to everyone else', async () => {
    const { id, unitId } = await honor();
    await lodge(id, address(), '申报材料中的志愿服务时长与事实不符', '13900000000');
    const seen = await as(admin, OBJECTIONS, { id });
    expect(seen.data.honor.objections).toEqual([
      expect.objectContaining({ reason: '申报材料中的志愿服务时长与事实不符', contact: '13900000000', resolved: false, upheld: null, finding: null }),
    ]);
    const own = await as(unitAdmin(unitId!), OBJECTIONS, { id });
    expect(own.errors).toBeUndefined();
    expect(own.data.honor.objections).toEqual([expect.objectContaining({ reason: '申报材料中的志愿服务时长与事实不符', contact: null })]);
    for (const caller of [leader, integrator]) {
      const res = await as(caller, OBJECTIONS, { id });
      expect(res.errors, caller.role).toBeUndefined();
      expect(res.data.honor).toEqual({ id, objections: null });
    }
    expect((await as(unitAdmin(randomUUID()), OBJECTIONS, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(null, OBJECTIONS, { id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows an industry’s objections to ADMIN only', async () => {
    const { id } = await honor({ tier: 'INDUSTRY' });
    await lodge(id);
    expect((await as(admin, OBJECTIONS, { id })).data.honor.objections).toHaveLength(1);
    expect((await as(leader, OBJECTIONS, { id })).data.honor.objections).toBeNull();
  });

  it('loads the objections of every honor of a request in one statement, whatever their number', async () => {
    const queries = h.subgraph('honors').db.queries;
    const unitId = randomUUID();
    const count = async (n: number) => {
      const honors = await Promise.all(Array.from({ length: n }, () => honor({ unitId })));
      for (const x of honors) await lodge(x.id);
      const query = `{ ${honors.map((x, i) => `h${i}: honor(id: "${x.id}") { objections { reason } }`).join(' ')} }`;
      queries.reset();
      const res = await as(admin, query, {});
      expect(res.errors).toBeUndefined();
      expect(Object.values(res.data).every((x: any) => x.objections.length === 1)).toBe(true);
      return queries.count;
    };
    const few = await count(2);
    const many = await count(12);
    expect(many).toBe(few);
    // One statement for the honors, one for all their objections.
    expect(few).toBe(2);
  });
});
