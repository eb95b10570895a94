import { admin, compiledAndInterpreted, gatewayHeaders, integrator, leader, postGraphQL, startTestSubgraphs, unitAdmin, unique, type TestSubgraphs } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitsSubgraph } from './subgraph.js';
import { directoryMaker } from './testing.js';

let h: TestSubgraphs;
let as: ReturnType<TestSubgraphs['client']>;
let make: ReturnType<typeof directoryMaker>;

const CREATE_INDUSTRY = `mutation($input: CreateIndustryInput!) { createIndustry(input: $input) { id code name version } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name excluded version industry { name } } }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name version unit { id } } }`;
const UPDATE_TEAM = 'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { name version } }';
const UNITS_OF = 'query($industryId: ID!, $all: Boolean) { units(industryId: $industryId, includeExcluded: $all) { code name excluded industry { code name } teamCount } }';

const queries = () => h.subgraph('units').db.queries;

beforeAll(async () => {
  h = await startTestSubgraphs([unitsSubgraph]);
  as = h.client('units');
  make = directoryMaker(as);
});

afterAll(async () => {
  await h?.close();
});

describe('the units subgraph', () => {
  it('refuses any request that did not come through the gateway, _service and _entities included', async () => {
    const { url } = h.subgraph('units');
    for (const query of ['{ units { id } }', '{ _service { sdl } }', '{ _entities(representations: [{__typename: "Unit", id: "x"}]) { __typename } }']) {
      const res = await postGraphQL(url, query);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const forged = await postGraphQL(url, '{ units { id } }', {}, await gatewayHeaders(admin, 'not-the-shared-secret-at-all'));
    expect(forged.status).toBe(401);
  });

  it('lists units with their industry and team count, and anonymous callers see this public directory', async () => {
    const industry = await make.industry({ name: `发展改革系统${unique()}` });
    const a = await make.unit(industry.id, { code: `A${unique()}` });
    const b = await make.unit(industry.id, { code: `B${unique()}` });
    const res = await as(null, UNITS_OF, { industryId: industry.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.units).toEqual([
      { code: a.code, name: a.name, excluded: false, industry: { code: industry.code, name: industry.name }, teamCount: 0 },
      { code: b.code, name: b.name, excluded: false, industry: { code: industry.code, name: industry.name }, teamCount: 0 },
    ]);
  });

  it('leaves excluded units out when asked to', async () => {
    const industry = await make.industry();
    const counted = await make.unit(industry.id);
    const created = await as(admin, CREATE_UNIT, { input: { code: unique('X'), name: `人民检察院${unique()}`, industryId: industry.id, excluded: true } });
    expect(created.data.createUnit.excluded).toBe(true);
    const all = await as(leader, UNITS_OF, { industryId: industry.id });
    const quota = await as(leader, UNITS_OF, { industryId: industry.id, all: false });
    expect(all.data.units.map((u: { code: string }) => u.code)).toEqual([counted.code, created.data.createUnit.code].sort());
    expect(quota.data.units.map((u: { code: string }) => u.code)).toEqual([counted.code]);
  });

  it('refuses an empty name with BAD_USER_INPUT and writes nothing', async () => {
    const before = await h.sql('select count(*)::int as n from units.industry');
    const auditBefore = await h.sql('select count(*)::int as n from units.audit_event');
    const res = await as(admin, CREATE_INDUSTRY, { input: { code: unique('I'), name: '' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await h.sql('select count(*)::int as n from units.industry')).toEqual(before);
    expect(await h.sql('select count(*)::int as n from units.audit_event')).toEqual(auditBefore);
  });

  it('refuses names that cannot be stored or that hide what they say, naming the field, and writes nothing', async () => {
    const industry = await make.industry();
    const unit = await make.unit(industry.id);
    const before = await h.sql('select (select count(*)::int from units.industry) as i, (select count(*)::int from units.unit) as u, (select count(*)::int from units.team) as t, (select count(*)::int from units.audit_event) as a');
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_INDUSTRY, { input: { code: unique('I'), name: 'RT\u0000' } }],
      [CREATE_INDUSTRY, { input: { code: unique('I'), name: '\ud800系统' } }],
      [CREATE_UNIT, { input: { code: unique('U'), name: '财政\u202e局', industryId: industry.id } }],
      [CREATE_UNIT, { input: { code: unique('U'), name: '财政\n局', industryId: industry.id } }],
      [CREATE_TEAM, { input: { unitId: unit.id, name: '\u200b\u3164\ufeff' } }],
      [CREATE_TEAM, { input: { unitId: unit.id, name: '综合\u0007科' } }],
      [UPDATE_TEAM, { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, name: '\udc00' } }],
    ];
    for (const [query, variables] of attempts) {
      const res = await as(admin, query, variables);
      expect(res.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
    const lookup = await as(leader, 'query($id: ID!) { units(industryId: $id) { id } }', { id: `${industry.id}\u0000` });
    expect(lookup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'industryId' });
    expect(await h.sql('select (select count(*)::int from units.industry) as i, (select count(*)::int from units.unit) as u, (select count(*)::int from units.team) as t, (select count(*)::int from units.audit_event) as a')).toEqual(before);
  });

  it('finds a record by its id written in upper case', async () => {
    const industry = await make.industry();
    const unit = await make.unit(industry.id);
    const team = await make.team(unit.id);
    const res = await as(admin, 'query($u: ID!, $t: ID!, $i: ID!) { unit(id: $u) { id } team(id: $t) { id } industry(id: $i) { id } units(industryId: $i) { id } }', {
      u: unit.id.toUpperCase(), t: team.toUpperCase(), i: industry.id.toUpperCase(),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ unit: { id: unit.id }, team: { id: team }, industry: { id: industry.id }, units: [{ id: unit.id }] });
    const created = await as(unitAdmin(unit.id), CREATE_TEAM, { input: { unitId: unit.id.toUpperCase(), name: '大写编号' } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createTeam.unit).toEqual({ id: unit.id });
  });

  it('refuses a duplicate unit code with CONFLICT and writes nothing', async () => {
    const industry = await make.industry();
    const unit = await make.unit(industry.id);
    const before = await h.sql('select id, code, name from units.unit order by code');
    const res = await as(admin, CREATE_UNIT, { input: { code: unit.code, name: `另一个单位${unique()}`, industryId: industry.id } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(await h.sql('select id, code, name from units.unit order by code')).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown or malformed industry id', async () => {
    const code = unique('U');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await as(admin, CREATE_UNIT, { input: { code, name: `某局${code}`, industryId: id } });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await h.sql('select count(*)::int as n from units.unit where code = $1', [code])).toEqual([{ n: 0 }]);
    const lookup = await as(admin, '{ unit(id: "not-an-id") { id } }');
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data.unit).toBeNull();
  });

  it('refuses writes from roles that may not make them', async () => {
    const unit = await make.unit((await make.industry()).id);
    const code = unique('I');
    for (const caller of [leader, integrator, unitAdmin(unit.id)]) {
      const res = await as(caller, CREATE_INDUSTRY, { input: { code, name: '不应创建' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await as(null, CREATE_INDUSTRY, { input: { code, name: '不应创建' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.sql('select count(*)::int as n from units.industry where code = $1', [code])).toEqual([{ n: 0 }]);
  });

  it("lets a unit's own UNIT_ADMIN keep its teams, and nobody else's", async () => {
    const industry = await make.industry();
    const unitA = await make.unit(industry.id);
    const unitB = await make.unit(industry.id);
    const unitAdminA = unitAdmin(unitA.id);
    const own = await as(unitAdminA, CREATE_TEAM, { input: { unitId: unitA.id, name: '综合科' } });
    expect(own.errors).toBeUndefined();
    expect(own.data.createTeam).toMatchObject({ name: '综合科', version: 1, unit: { id: unitA.id } });

    const foreign = await as(unitAdminA, CREATE_TEAM, { input: { unitId: unitB.id, name: '综合科' } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const teamB = (await as(admin, CREATE_TEAM, { input: { unitId: unitB.id, name: '预算科' } })).data.createTeam;
    const probe = await as(unitAdminA, 'query($id: ID!) { team(id: $id) { name } }', { id: teamB.id });
    expect(probe.data?.team ?? null).toBeNull();
    expect(probe.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rename = await as(unitAdminA, UPDATE_TEAM, { input: { id: teamB.id, expectedVersion: 1, name: '被改名' } });
    expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const listed = await as(unitAdminA, 'query($id: ID!) { units(industryId: $id) { code teams { name } teamCount } }', { id: industry.id });
    const byCode = Object.fromEntries(listed.data.units.map((u: any) => [u.code, u]));
    expect(byCode[unitA.code!].teams).toEqual([{ name: '综合科' }]);
    expect(byCode[unitB.code!].teams).toEqual([]);
    expect(byCode[unitB.code!].teamCount).toBe(1);
  });

  it('refuses an update made from a stale version with CONFLICT', async () => {
    const unit = await make.unit((await make.industry()).id);
    const team = (await as(admin, CREATE_TEAM, { input: { unitId: unit.id, name: '办公室' } })).data.createTeam;
    const first = await as(admin, UPDATE_TEAM, { input: { id: team.id, expectedVersion: 1, name: '办公室（党支部）' } });
    expect(first.data.updateTeam).toEqual({ name: '办公室（党支部）', version: 2 });
    const stale = await as(admin, UPDATE_TEAM, { input: { id: team.id, expectedVersion: 1, name: '迟到的改名' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', actualVersion: 2 });
    expect(await h.sql('select name from units.team where id = $1', [team.id])).toEqual([{ name: '办公室（党支部）' }]);
  });

  it('archives a team: it leaves the lists and the team count, its record stays', async () => {
    const unit = await make.unit((await make.industry()).id);
    await make.team(unit.id, '综合科');
    const team = (await as(admin, CREATE_TEAM, { input: { unitId: unit.id, name: '临时专班' } })).data.createTeam;
    const archived = await as(admin, 'mutation($input: ArchiveInput!) { archiveTeam(input: $input) { archived } }', { input: { id: team.id, expectedVersion: 1 } });
    expect(archived.data.archiveTeam.archived).toBe(true);
    const after = (await as(admin, 'query($id: ID!) { unit(id: $id) { teamCount teams { name } } }', { id: unit.id })).data.unit;
    expect(after).toEqual({ teamCount: 1, teams: [{ name: '综合科' }] });
    expect(await h.sql('select archived_at is not null as archived from units.team where id = $1', [team.id])).toEqual([{ archived: true }]);
  });

  it('records who changed what in an audit trail that cannot be rewritten', async () => {
    const unit = await make.unit((await make.industry()).id);
    const rows = await h.sql('select actor, actor_role, operation, entity_type from units.audit_event where entity_id = $1', [unit.id]);
    expect(rows).toEqual([{ actor: admin.sub, actor_role: 'ADMIN', operation: 'createUnit', entity_type: 'Unit' }]);
    await expect(h.sql(`update units.audit_event set actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(h.sql(`delete from units.audit_event`)).rejects.toThrow(/append-only/);
  });

  it('resolves a batch of unit references with one SQL statement, however large the batch', async () => {
    const industry = await make.industry();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push((await make.unit(industry.id)).id);
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id name } } }';
    const count = async (n: number) => {
      queries().reset();
      const res = await as(leader, query, { r: ids.slice(0, n).map((id) => ({ __typename: 'Unit', id })) });
      expect(res.errors).toBeUndefined();
      expect(res.data._entities).toHaveLength(n);
      expect(res.data._entities.map((e: { id: string }) => e.id)).toEqual(ids.slice(0, n));
      return queries().count;
    };
    expect(await count(2)).toBe(1);
    expect(await count(40)).toBe(1);
  });

  it('counts the teams of many units with one SQL statement, as for few', async () => {
    const statements = async (units: number) => {
      const industry = await make.industry();
      for (let i = 0; i < units; i++) await make.team((await make.unit(industry.id)).id);
      queries().reset();
      const res = await as(leader, 'query($id: ID!) { units(industryId: $id) { teamCount industry { name } } }', { id: industry.id });
      expect(res.data.units).toHaveLength(units);
      expect(res.data.units.every((u: { teamCount: number }) => u.teamCount === 1)).toBe(true);
      return { count: queries().count, length: queries().statements.join('').length };
    };
    // one for the unit list, one for all team counts, one for all industries
    const few = await statements(2);
    const more = await statements(12);
    expect(few.count).toBe(3);
    expect(more.count).toBe(3);
    // The units' ids go as one uuid[] literal: the statements do not grow with them.
    expect(more.length).toBe(few.length);
  });

  it('reads only the columns of the fields a list of units and their teams is asked for, and answers each field as when all are asked', async () => {
    const industry = await make.industry();
    const unit = await make.unit(industry.id);
    await make.team(unit.id);
    await make.team(unit.id);
    const listed = async (selection: string) => {
      const res = await as(leader, `query($id: ID!) { units(industryId: $id) ${selection} }${selection.includes('...Coded') ? ` ${FRAGMENT}` : ''}`, { id: industry.id });
      expect(res.errors).toBeUndefined();
      return res.data.units;
    };
    const FRAGMENT = 'fragment Coded on Unit { code }';
    const UNIT_FIELDS = ['code', 'name', 'excluded', 'version', 'createdAt', 'updatedAt', 'archived', 'industry { id name }', 'teamCount'];
    const TEAM_FIELDS = ['name', 'version', 'createdAt', 'updatedAt', 'archived', 'unit { id code }'];
    const all = await listed(`{ id ...Coded ${UNIT_FIELDS.join(' ')} teams { id ${TEAM_FIELDS.join(' ')} } }`);
    expect(all).toHaveLength(1);
    expect(all[0].teams).toHaveLength(2);
    for (const field of UNIT_FIELDS) {
      const name = field.split(' ')[0]!;
      expect(await listed(`{ id ${field} }`)).toEqual(all.map((u: Record<string, unknown>) => ({ id: u.id, [name]: u[name] })));
    }
    for (const field of TEAM_FIELDS) {
      const name = field.split(' ')[0]!;
      const teams = (await listed(`{ teams { id ${field} } }`))[0].teams;
      expect(teams).toEqual(all[0].teams.map((t: Record<string, unknown>) => ({ id: t.id, [name]: t[name] })));
    }
    // An alias and a fragment name the fields they stand for.
    expect(await listed('{ label: name ...Coded }')).toEqual([{ label: all[0].name, code: all[0].code }]);

    queries().reset();
    await listed('{ id name teams { id name } }');
    const selected = queries().statements.map((sql) => sql.slice(0, sql.indexOf(' from ')));
    expect(selected).toHaveLength(2);
    for (const columns of selected) expect(columns).not.toMatch(/created_at|updated_at|version|code|excluded/);
  });

  it("resolves a foreign unit's team reference to null for a UNIT_ADMIN", async () => {
    const industry = await make.industry();
    const unitA = await make.unit(industry.id);
    const teamB = await make.team((await make.unit(industry.id)).id);
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { id name } } }';
    const asA = await as(unitAdmin(unitA.id), query, { r: [{ __typename: 'Team', id: teamB }] });
    expect(asA.data._entities).toEqual([null]);
    const asLeader = await as(leader, query, { r: [{ __typename: 'Team', id: teamB }] });
    expect(asLeader.data._entities[0]).toMatchObject({ id: teamB });
  });

  it('serves requests as a database role that may only add to the audit trail and cannot read other schemas', async () => {
    const conn = h.subgraph('units').db.orm.em.getConnection();
    expect(await conn.execute('select current_user as role')).toEqual([{ role: 'sfxd_units_app' }]);
    await expect(conn.execute(`update units.audit_event set actor = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(conn.execute('delete from units.audit_event')).rejects.toThrow(/permission denied/);
    await h.sql('create schema if not exists elsewhere; create table if not exists elsewhere.secret (x int)');
    await expect(conn.execute('select * from elsewhere.secret')).rejects.toThrow(/permission denied/);
  });
});

describe('the directory computed compiled (graphql-jit)', () => {
  it('answers the dashboard’s unit list byte for byte as graphql-js does, excluded units, units without teams and every role included', async () => {
    const industry = await make.industry();
    const withTeams = await make.unit(industry.id);
    await make.team(withTeams.id);
    await make.team(withTeams.id);
    await make.unit(industry.id);
    expect((await as(admin, CREATE_UNIT, { input: { code: unique('X'), name: `人民检察院${unique()}`, industryId: industry.id, excluded: true } })).errors).toBeUndefined();
    const both = await compiledAndInterpreted(h, unitsSubgraph);
    try {
      const LIST = 'query($i: ID!, $all: Boolean) { units(industryId: $i, includeExcluded: $all) { __typename id code name industry { id code name } teamCount excluded } }';
      for (const [caller, all] of [[leader, false], [admin, true], [unitAdmin(withTeams.id), false], [null, true]] as const) {
        const { compiled, interpreted } = await both.ask(caller, LIST, { i: industry.id, all });
        expect(compiled).toBe(interpreted);
        expect(JSON.parse(compiled).data.units).toHaveLength(all ? 3 : 2);
      }
      expect(both.counts()).toEqual({ compiled: 4, interpreted: 0 });
    } finally {
      await both.close();
    }
  });

  it('compiles a named operation with aliases as the gateway sends it, and gives it the same bytes', async () => {
    const industry = await make.industry();
    await make.team((await make.unit(industry.id)).id);
    const both = await compiledAndInterpreted(h, unitsSubgraph);
    try {
      const NAMED = 'query Plan__units__0($i: ID!) { list: units(industryId: $i, includeExcluded: false) { __typename key: id code teams: teamCount sector: industry { __typename name } } }';
      const { compiled, interpreted } = await both.ask(leader, NAMED, { i: industry.id });
      expect(compiled).toBe(interpreted);
      expect(JSON.parse(compiled).data.list[0]).toMatchObject({ __typename: 'Unit', teams: 1, sector: { __typename: 'Industry' } });
      expect(both.counts()).toEqual({ compiled: 1, interpreted: 0 });
    } finally {
      await both.close();
    }
  });

  it('leaves to graphql-js a document with a string literal, which graphql-jit would write into code, or a directive, and runs none of it as code', async () => {
    const industry = await make.industry();
    await make.unit(industry.id);
    const both = await compiledAndInterpreted(h, unitsSubgraph);
    const hostile = (globalThis as { SFXD_INJECTED?: unknown });
    try {
      // graphql-jit turns a string literal starting with its date marker into `new Date(<the rest>)` in its source.
      const injected = `__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d0)&&(globalThis.SFXD_INJECTED=process.version)&&(0`;
      const documents: [string, Record<string, unknown>][] = [
        [`{ units(industryId: ${JSON.stringify(injected)}) { id } }`, {}],
        [`{ units(industryId: ${JSON.stringify(industry.id)}) { id code } }`, {}],
        ['query($i: ID!, $x: Boolean!) { units(industryId: $i) { id code @include(if: $x) } }', { i: industry.id, x: false }],
      ];
      for (const [query, variables] of documents) {
        const { compiled, interpreted } = await both.ask(null, query, variables);
        expect(compiled).toBe(interpreted);
      }
      expect(hostile.SFXD_INJECTED).toBeUndefined();
      expect(both.counts()).toEqual({ compiled: 0, interpreted: 3 });
    } finally {
      delete hostile.SFXD_INJECTED;
      await both.close();
    }
  });
});
