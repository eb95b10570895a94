import { randomUUID } from 'node:crypto';
import { compiledAndInterpreted } from '@sfxd/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { membersSubgraph } from './subgraph.js';
import { CREATE_MEMBER, admin, integrator, leader, newMember, startMembersFixture, unitAdmin, type MembersFixture } from './testing/fixture.js';

let f: MembersFixture;
let unitA: string;
let unitB: string;
let teamA1: string;
let teamA2: string;
let teamB1: string;

const MEMBER = `query($id: ID!) { member(id: $id) { id name phone birthDate version unit { id } team { id } } }`;
const MEMBERS = `query($unitId: ID, $search: String, $first: Int, $after: String) {
  members(unitId: $unitId, search: $search, first: $first, after: $after) {
    totalCount edges { cursor node { id name position } } pageInfo { hasNextPage endCursor }
  }
}`;
const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id name phone version } }`;
const TRANSFER = `mutation($input: TransferMemberInput!) { transferMember(input: $input) { id version unit { id } team { id } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Unit { id partyMemberCount } ... on Team { id memberCount } ... on Member { id name phone }
} }`;

async function create(over: Record<string, unknown> = {}, caller = admin, unitId = unitA) {
  const res = await f.as(caller, CREATE_MEMBER, { input: newMember(unitId, over) });
  expect(res.errors).toBeUndefined();
  return res.data.createMember;
}

beforeAll(async () => {
  f = await startMembersFixture();
});

// Every test gets two units of its own, A with two teams and B with one: no test sees another's members.
beforeEach(async () => {
  const industry = await f.industry();
  unitA = await f.unit(industry);
  unitB = await f.unit(industry);
  teamA1 = await f.team(unitA, '综合科');
  teamA2 = await f.team(unitA, '价格科');
  teamB1 = await f.team(unitB, '预算科');
});

afterAll(async () => {
  await f?.close();
});

describe('the members subgraph', () => {
  it('refuses any request that did not come through the gateway', async () => {
    const { postGraphQL } = await import('@sfxd/kit/testing');
    const res = await postGraphQL(f.url, '{ members { totalCount } }');
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("lets a unit's UNIT_ADMIN add a member to one of its teams and read every field back", async () => {
    const created = await create({ name: '李娜', gender: 'FEMALE', teamId: teamA1, phone: '139 0000 1111' }, unitAdmin(unitA));
    expect(created).toMatchObject({
      name: '李娜', gender: 'FEMALE', birthDate: '1985-03-12', joinedPartyOn: '2008-07-01', status: 'FULL',
      position: '科员', phone: '13900001111', version: 1, unit: { id: unitA }, team: { id: teamA1 },
    });
    const read = await f.as(unitAdmin(unitA), MEMBER, { id: created.id });
    expect(read.data.member).toMatchObject({ name: '李娜', phone: '13900001111', birthDate: '1985-03-12' });
  });

  it('refuses a team of another unit, an unknown team and an unknown unit, and writes nothing', async () => {
    const before = await f.sql('select count(*)::int as n from members.member');
    const foreignTeam = await f.as(admin, CREATE_MEMBER, { input: newMember(unitA, { name: '王强', teamId: teamB1 }) });
    expect(foreignTeam.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
    const unknownTeam = await f.as(admin, CREATE_MEMBER, { input: newMember(unitA, { name: '王强', teamId: '00000000-0000-4000-8000-000000000000' }) });
    expect(unknownTeam.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
    const unknownUnit = await f.as(admin, CREATE_MEMBER, { input: newMember('00000000-0000-4000-8000-000000000000', { name: '王强' }) });
    expect(unknownUnit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await f.sql('select count(*)::int as n from members.member')).toEqual(before);
  });

  it('checks phone numbers and dates: a mainland mobile number, real dates, 18 or older on joining', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ phone: '12345' }, 'phone'],
      [{ phone: '12812345678' }, 'phone'],
      [{ joinedPartyOn: '2001-01-01' }, 'joinedPartyOn'],
      [{ birthDate: '2999-01-01', joinedPartyOn: '2008-07-01' }, 'birthDate'],
    ];
    for (const [over, field] of cases) {
      const res = await f.as(admin, CREATE_MEMBER, { input: newMember(unitA, { name: '赵敏', ...over }) });
      expect(res.errors?.[0]?.extensions, JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const notADate = await f.as(admin, CREATE_MEMBER, { input: newMember(unitA, { name: '赵敏', birthDate: '1985-02-30' }) });
    expect(notADate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await f.sql(`select count(*)::int as n from members.member where unit_id = $1`, [unitA])).toEqual([{ n: 0 }]);
  });

  it('shows phone and birth date only to ADMIN and the unit’s own UNIT_ADMIN: null for everyone else, with no error', async () => {
    const m = await create({ name: '陈静', phone: '13700000001', birthDate: '1990-05-05', joinedPartyOn: '2012-06-01' });
    for (const caller of [leader, integrator, unitAdmin(unitB)]) {
      const res = await f.as(caller, ENTITIES, { r: [{ __typename: 'Member', id: m.id }] });
      expect(res.errors).toBeUndefined();
      if (caller.role === 'UNIT_ADMIN') expect(res.data._entities).toEqual([null]);
      else expect(res.data._entities[0]).toEqual({ id: m.id, name: '陈静', phone: null });
    }
    const asLeader = await f.as(leader, MEMBER, { id: m.id });
    expect(asLeader.errors).toBeUndefined();
    expect(asLeader.data.member).toMatchObject({ name: '陈静', phone: null, birthDate: null });
    const asAdmin = await f.as(admin, MEMBER, { id: m.id });
    expect(asAdmin.data.member).toMatchObject({ phone: '13700000001', birthDate: '1990-05-05' });
  });

  it("keeps another unit's UNIT_ADMIN out: no reading, no listing, no changing its members", async () => {
    const m = await create({ name: '刘洋', phone: '13600000002' });
    const outsider = unitAdmin(unitB);
    const read = await f.as(outsider, MEMBER, { id: m.id });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(read)).not.toContain('13600000002');
    const list = await f.as(outsider, MEMBERS, { unitId: unitA });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unitMembers = await f.as(outsider, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { members { totalCount edges { node { phone } } } } } }`, {
      r: [{ __typename: 'Unit', id: unitA }],
    });
    expect(unitMembers.data._entities[0].members).toEqual({ totalCount: 0, edges: [] });
    const change = await f.as(outsider, UPDATE, { input: { id: m.id, expectedVersion: 1, phone: '13900000000' } });
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const move = await f.as(outsider, TRANSFER, { input: { id: m.id, expectedVersion: 1, unitId: unitB } });
    expect(move.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const add = await f.as(outsider, CREATE_MEMBER, { input: newMember(unitA, { name: '冒名' }) });
    expect(add.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await f.sql('select phone, version, unit_id from members.member where id = $1', [m.id])).toEqual([{ phone: '13600000002', version: 1, unit_id: unitA }]);
  });

  it('asks anonymous callers to sign in, and lets LEADER and INTEGRATOR list members', async () => {
    await create({ name: '马丽' });
    const anonymous = await f.as(null, MEMBERS, { unitId: unitA });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const caller of [leader, integrator]) {
      const res = await f.as(caller, MEMBERS, { unitId: unitA });
      expect(res.errors).toBeUndefined();
      expect(res.data.members.totalCount).toBe(1);
    }
  });

  it('refuses an update made from a stale version with CONFLICT, and keeps the first change', async () => {
    const m = await create({ name: '孙磊' });
    const first = await f.as(unitAdmin(unitA), UPDATE, { input: { id: m.id, expectedVersion: 1, phone: '13500000003' } });
    expect(first.data.updateMember).toMatchObject({ phone: '13500000003', version: 2 });
    const stale = await f.as(admin, UPDATE, { input: { id: m.id, expectedVersion: 1, phone: '13500000004' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', actualVersion: 2 });
    const badPhone = await f.as(admin, UPDATE, { input: { id: m.id, expectedVersion: 2, phone: '023-1234567' } });
    expect(badPhone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
    expect(await f.sql('select phone, version from members.member where id = $1', [m.id])).toEqual([{ phone: '13500000003', version: 2 }]);
  });

  it('refuses a second member with the same name and birth date in one unit', async () => {
    await create({ name: '周杰', birthDate: '1980-01-01', joinedPartyOn: '2000-01-01' });
    const again = await f.as(admin, CREATE_MEMBER, { input: newMember(unitA, { name: '周杰', birthDate: '1980-01-01', joinedPartyOn: '2000-01-01' }) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  });

  it('lets a unit admin move a member between its own teams, and only the committee move one to another unit', async () => {
    const m = await create({ name: '吴昊', teamId: teamA1 });
    const ua = unitAdmin(unitA);
    const toTeam = await f.as(ua, TRANSFER, { input: { id: m.id, expectedVersion: 1, teamId: teamA2 } });
    expect(toTeam.data.transferMember).toMatchObject({ version: 2, unit: { id: unitA }, team: { id: teamA2 } });
    // Moving someone into another unit would let a unit admin add members there, and probe
    // that unit's names and birth dates through the duplicate check.
    for (const input of [{ unitId: unitB }, { unitId: unitB, teamId: teamB1 }]) {
      const refused = await f.as(ua, TRANSFER, { input: { id: m.id, expectedVersion: 2, ...input } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const toUnit = await f.as(admin, TRANSFER, { input: { id: m.id, expectedVersion: 2, unitId: unitB } });
    expect(toUnit.data.transferMember).toMatchObject({ version: 3, unit: { id: unitB }, team: null });
    const placed = await f.as(unitAdmin(unitB), TRANSFER, { input: { id: m.id, expectedVersion: 3, teamId: teamB1 } });
    expect(placed.data.transferMember).toMatchObject({ version: 4, unit: { id: unitB }, team: { id: teamB1 } });
    const trail = await f.sql(`select unit_id from members.audit_event where operation = 'transferMember' and entity_id = $1 order by at, unit_id`, [m.id]);
    expect(trail.map((r) => r.unit_id).sort()).toEqual([unitA, unitA, unitB, unitB].sort());
  });

  it('lists members in pinyin order, as a Chinese roster is read', async () => {
    for (const name of ['张测', '王测', '安测', '李测', '何测']) await create({ name });
    const res = await f.as(leader, MEMBERS, { unitId: unitA, search: '测', first: 10 });
    expect(res.data.members.edges.map((e: any) => e.node.name)).toEqual(['安测', '何测', '李测', '王测', '张测']);
  });

  it('pages through a unit by name with opaque cursors, every member once, with the total on every page', async () => {
    const names = ['甲一', '乙二', '丙三', '丁四', '戊五', '己六', '庚七'];
    for (const [i, name] of names.entries()) await create({ name, phone: `1580000000${i}`, teamId: teamA2 });
    const total = (await f.as(leader, MEMBERS, { unitId: unitA, first: 100 })).data.members.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: any = await f.as(leader, MEMBERS, { unitId: unitA, first: 3, after });
      expect(res.errors).toBeUndefined();
      expect(res.data.members.totalCount).toBe(total);
      seen.push(...res.data.members.edges.map((e: any) => e.node.id));
      pages++;
      if (!res.data.members.pageInfo.hasNextPage) break;
      after = res.data.members.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 3));
    const searched = await f.as(leader, MEMBERS, { unitId: unitA, search: '丙' });
    expect(searched.data.members.edges.map((e: any) => e.node.name)).toEqual(['丙三']);
    expect(searched.data.members.totalCount).toBe(1);
  });

  it('refuses page sizes outside 1–100 and cursors it did not give out with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { first: 10, after: 'bm90LWEtY3Vyc29y' }]) {
      const res = await f.as(leader, MEMBERS, { unitId: unitA, ...variables });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('counts members of many units and teams with one SQL statement each, however many there are', async () => {
    for (const [i, name] of ['甲', '乙', '丙'].entries()) await create({ name, teamId: teamA2, phone: `1590000000${i}` });
    await create({ name: '丁' }, admin, unitB);
    const count = async (r: { __typename: string; id: string }[]) => {
      f.service.db.queries.reset();
      const res = await f.as(leader, ENTITIES, { r });
      expect(res.errors).toBeUndefined();
      return { n: f.service.db.queries.count, data: res.data._entities, length: f.service.db.queries.statements.join('').length };
    };
    const unitIds = [unitA, unitB, ...Array.from({ length: 38 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)];
    const few = await count(unitIds.slice(0, 2).map((id) => ({ __typename: 'Unit', id })));
    const many = await count(unitIds.map((id) => ({ __typename: 'Unit', id })));
    expect(few.n).toBe(1);
    expect(many.n).toBe(1);
    // The ids go as one uuid[] literal, not a placeholder each: the statement does not grow with them.
    expect(many.length).toBe(few.length);
    const [a, b] = await Promise.all([unitA, unitB].map((id) => f.sql('select count(*)::int as n from members.member where unit_id = $1', [id])));
    expect(many.data.slice(0, 2)).toEqual([{ id: unitA, partyMemberCount: a![0].n }, { id: unitB, partyMemberCount: b![0].n }]);
    expect(many.data[2]).toEqual({ id: unitIds[2], partyMemberCount: 0 });
    const teams = await count([teamA1, teamA2, teamB1].map((id) => ({ __typename: 'Team', id })));
    expect(teams.n).toBe(1);
    expect(teams.data).toEqual([{ id: teamA1, memberCount: 0 }, { id: teamA2, memberCount: 3 }, { id: teamB1, memberCount: 0 }]);
  });

  it("resolves a batch of member references with one SQL statement, and a foreign unit's members to null for a UNIT_ADMIN", async () => {
    for (const name of ['甲', '乙', '丙', '丁']) await create({ name });
    for (const name of ['戊', '己', '庚', '辛']) await create({ name }, admin, unitB);
    const ids = await f.sql<{ id: string; unit_id: string }>('select id, unit_id from members.member where unit_id in ($1, $2) order by name', [unitA, unitB]);
    expect(ids).toHaveLength(8);
    f.service.db.queries.reset();
    const res = await f.as(unitAdmin(unitA), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id } } }`, {
      r: ids.map((m) => ({ __typename: 'Member', id: m.id })),
    });
    expect(f.service.db.queries.count).toBe(1);
    expect(res.data._entities).toEqual(ids.map((m) => (m.unit_id === unitA ? { id: m.id } : null)));
  });

  it('audits every read of personal fields, one line per unit in one statement per request, without the values', async () => {
    await create({ name: '甲', phone: '13700000011' });
    await create({ name: '乙', phone: '13700000012' });
    await create({ name: '丙', phone: '13700000013' }, admin, unitB);
    f.service.db.queries.reset();
    const res = await f.as(admin, `query($a: ID!, $b: ID!) {
      a: members(unitId: $a, first: 100) { edges { node { phone birthDate } } }
      b: members(unitId: $b, first: 100) { edges { node { phone } } }
    }`, { a: unitA, b: unitB });
    expect(res.errors).toBeUndefined();
    // one page statement for both units, one audit insert
    expect(f.service.db.queries.count).toBe(2);
    // The last two lines of these units: the reads above (creating the members showed their fields too).
    const lines = await f.sql(`select actor, unit_id, detail from members.audit_event where operation = 'readPersonalFields' and unit_id in ($1, $2) order by at desc, unit_id limit 2`, [unitA, unitB]);
    expect(lines.map((l) => l.actor)).toEqual([admin.sub, admin.sub]);
    expect(lines.map((l) => l.unit_id).sort()).toEqual([unitA, unitB].sort());
    const lineA = lines.find((l) => l.unit_id === unitA)!;
    expect(lineA.detail.fields).toEqual(['birthDate', 'phone']);
    expect(lineA.detail.memberIds).toHaveLength(2);
    const phones = await f.sql<{ phone: string }>('select phone from members.member where unit_id in ($1, $2)', [unitA, unitB]);
    for (const { phone } of phones) expect(JSON.stringify(lines)).not.toContain(phone);
  });

  it('records activities, lists them on the member and totals them by type and month for many units in one statement', async () => {
    const m = await create({ name: '郑爽', joinedPartyOn: '2010-01-01' });
    const RECORD = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id type date hours title member { id } } }`;
    const inputs = [
      { type: 'VOLUNTEER_SERVICE', date: '2016-05-20', hours: 2.5, title: '双报到社区志愿服务' },
      { type: 'VOLUNTEER_SERVICE', date: '2016-05-28', hours: 3, title: '社区环境整治' },
      { type: 'PUBLIC_COMMITMENT', date: '2016-06-01', hours: 1, title: '亮承诺：办事不过夜' },
    ];
    for (const input of inputs) {
      const res = await f.as(unitAdmin(unitA), RECORD, { input: { memberId: m.id, description: '', ...input } });
      expect(res.errors).toBeUndefined();
      expect(res.data.recordActivity.member).toEqual({ id: m.id });
    }
    const foreign = await f.as(unitAdmin(unitB), RECORD, { input: { memberId: m.id, ...inputs[0] } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const halfHours = await f.as(admin, RECORD, { input: { memberId: m.id, ...inputs[0], hours: 1.3 } });
    expect(halfHours.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });

    const listed = await f.as(leader, `query($id: ID!) { member(id: $id) { activities(year: 2016) { type date hours } } }`, { id: m.id });
    expect(listed.data.member.activities).toEqual([
      { type: 'VOLUNTEER_SERVICE', date: '2016-05-20', hours: 2.5 },
      { type: 'VOLUNTEER_SERVICE', date: '2016-05-28', hours: 3 },
      { type: 'PUBLIC_COMMITMENT', date: '2016-06-01', hours: 1 },
    ]);

    f.service.db.queries.reset();
    const totals = await f.as(leader, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id activityTotals(year: 2016) { type month count hours members } } } }`, {
      r: [unitA, unitB].map((id) => ({ __typename: 'Unit', id })),
    });
    expect(f.service.db.queries.count).toBe(1);
    expect(totals.data._entities[0].activityTotals).toEqual([
      { type: 'VOLUNTEER_SERVICE', month: 5, count: 2, hours: 5.5, members: 1 },
      { type: 'PUBLIC_COMMITMENT', month: 6, count: 1, hours: 1, members: 1 },
    ]);
    expect(totals.data._entities[1].activityTotals).toEqual([]);
  });

  it('refuses text that cannot be stored or that hides what it says, naming the field, and writes nothing', async () => {
    const m = await create({ name: '钱多' });
    const counts = () => f.sql('select (select count(*)::int from members.member) as m, (select count(*)::int from members.activity_record) as a, (select count(*)::int from members.audit_event) as e');
    const before = await counts();
    const RECORD = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
    const activity = { memberId: m.id, type: 'VOLUNTEER_SERVICE', date: '2016-05-20', hours: 1, title: '志愿服务', description: '' };
    const forged = Buffer.from(JSON.stringify(['RT\u0000', randomUUID()])).toString('base64url');
    const attempts: [string, Record<string, unknown>, string][] = [
      [CREATE_MEMBER, { input: newMember(unitA, { name: 'RT\u0000' }) }, 'name'],
      [CREATE_MEMBER, { input: newMember(unitA, { name: '张\ud800' }) }, 'name'],
      [CREATE_MEMBER, { input: newMember(unitA, { name: '\u200b\u200d\u3164' }) }, 'name'],
      [CREATE_MEMBER, { input: newMember(unitA, { name: '王\u202e强' }) }, 'name'],
      [CREATE_MEMBER, { input: newMember(unitA, { name: '王强', position: '科员\u0008' }) }, 'position'],
      [CREATE_MEMBER, { input: newMember(unitA, { name: '王强', phone: '138\u00001234567' }) }, 'phone'],
      [UPDATE, { input: { id: m.id, expectedVersion: 1, name: '\udfff' } }, 'name'],
      [MEMBERS, { unitId: unitA, search: '\u0000' }, 'search'],
      [MEMBERS, { unitId: unitA, after: '\u0000' }, 'after'],
      [MEMBERS, { unitId: unitA, after: forged }, 'after'],
      [RECORD, { input: { ...activity, title: '\ud800' } }, 'title'],
      [RECORD, { input: { ...activity, description: '第一行\n第二行\u0000' } }, 'description'],
    ];
    for (const [query, variables, field] of attempts) {
      const res = await f.as(admin, query, variables);
      expect(res.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await counts()).toEqual(before);
    const lines = await f.as(admin, RECORD, { input: { ...activity, description: '第一行\n第二行' } });
    expect(lines.errors).toBeUndefined();
  });

  it('finds members by ids written in upper case, and stores the ids it is given in the one form', async () => {
    const m = await create({ name: '大写', teamId: teamA1 });
    const read = await f.as(leader, MEMBER, { id: m.id.toUpperCase() });
    expect(read.data.member).toMatchObject({ id: m.id, unit: { id: unitA } });
    const listed = await f.as(leader, MEMBERS, { unitId: unitA.toUpperCase() });
    expect(listed.data.members.edges.map((e: any) => e.node.id)).toEqual([m.id]);
    const created = await f.as(unitAdmin(unitA), CREATE_MEMBER, { input: newMember(unitA.toUpperCase(), { name: '小写', teamId: teamA2.toUpperCase() }) });
    expect(created.errors).toBeUndefined();
    expect(created.data.createMember).toMatchObject({ unit: { id: unitA }, team: { id: teamA2 } });
    const moved = await f.as(unitAdmin(unitA), TRANSFER, { input: { id: m.id.toUpperCase(), expectedVersion: 1, teamId: teamA2.toUpperCase() } });
    expect(moved.data.transferMember).toMatchObject({ id: m.id, team: { id: teamA2 } });
    expect(await f.sql('select unit_id, team_id from members.member where unit_id = $1 order by name', [unitA])).toEqual([
      { unit_id: unitA, team_id: teamA2 },
      { unit_id: unitA, team_id: teamA2 },
    ]);
  });

  it('refuses an activity total for a year that is not one, as it refuses a bad page size', async () => {
    const TOTALS = `query($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Unit { activityTotals(year: $year) { count } } } }`;
    for (const year of [0, 10_000]) {
      const res = await f.as(leader, TOTALS, { r: [{ __typename: 'Unit', id: unitA }], year });
      expect(res.errors?.[0]?.extensions, String(year)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
    const ok = await f.as(leader, TOTALS, { r: [{ __typename: 'Unit', id: unitA }], year: 2016 });
    expect(ok.data._entities).toEqual([{ activityTotals: [] }]);
  });

  it("shows a UNIT_ADMIN none of another unit's team members, asking the database for its own unit's only", async () => {
    await create({ name: '乙队员', teamId: teamB1 }, admin, unitB);
    const TEAM_MEMBERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { id members { totalCount edges { node { id } } } } } }`;
    f.service.db.queries.reset();
    const outsider = await f.as(unitAdmin(unitA), TEAM_MEMBERS, { r: [{ __typename: 'Team', id: teamB1 }] });
    // one statement for the page, one for its count: both scoped, nothing loaded and then dropped
    expect(f.service.db.queries.count).toBe(2);
    expect(outsider.data._entities).toEqual([{ id: teamB1, members: { totalCount: 0, edges: [] } }]);
    const own = await f.as(unitAdmin(unitB), TEAM_MEMBERS, { r: [{ __typename: 'Team', id: teamB1 }] });
    expect(own.data._entities[0].members.totalCount).toBe(1);
  });
});

describe('party-member counts computed compiled (graphql-jit)', () => {
  it('are, byte for byte, what graphql-js answers, for units with members, without any and unknown', async () => {
    await create();
    await create({ name: '李娜' });
    await create({}, admin, unitB);
    const COUNTS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { partyMemberCount } } }';
    const r = [unitA, unitB, randomUUID()].map((id) => ({ __typename: 'Unit', id }));
    const both = await compiledAndInterpreted(f, membersSubgraph);
    try {
      for (const caller of [leader, admin, integrator, unitAdmin(unitA)]) {
        const { compiled, interpreted } = await both.ask(caller, COUNTS, { r });
        expect(compiled).toBe(interpreted);
      }
      expect(JSON.parse((await both.ask(leader, COUNTS, { r })).compiled).data._entities.map((e: { partyMemberCount: number }) => e.partyMemberCount)).toEqual([2, 1, 0]);
      expect(both.counts().compiled).toBeGreaterThan(0);
      expect(both.counts().interpreted).toBe(0);
    } finally {
      await both.close();
    }
  });
});
