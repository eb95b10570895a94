import { DEV_SUBGRAPH_SECRET, Role, type Caller } from '@sfxd/kit';
import { createTestDatabase, gatewayHeaders, postGraphQL, type TestDatabase, sqlRows } from '@sfxd/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnitsService } from './server.js';

const admin: Caller = { sub: 'admin-1', role: Role.ADMIN };
const leader: Caller = { sub: 'leader-1', role: Role.LEADER };

let db: TestDatabase;
let service: Awaited<ReturnType<typeof createUnitsService>>;
let url: string;
let close: () => Promise<void>;

async function as(caller: Caller | null, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(url, query, variables, await gatewayHeaders(caller, DEV_SUBGRAPH_SECRET));
}

const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(db.url, text, params);

const CREATE_INDUSTRY = `mutation($input: CreateIndustryInput!) { createIndustry(input: $input) { id code name version } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name excluded version industry { name } } }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name version unit { id } } }`;

let industryId: string;
let unitA: string;
let unitB: string;

beforeAll(async () => {
  db = await createTestDatabase();
  service = await createUnitsService({ databaseUrl: db.url, subgraphSecret: DEV_SUBGRAPH_SECRET });
  const running = await service.listen(0);
  url = running.url;
  close = running.close;
  const industry = await as(admin, CREATE_INDUSTRY, { input: { code: 'IND-01', name: '发展改革系统' } });
  industryId = industry.data.createIndustry.id;
  unitA = (await as(admin, CREATE_UNIT, { input: { code: 'U001', name: '巴中市发展和改革委员会', industryId } })).data.createUnit.id;
  unitB = (await as(admin, CREATE_UNIT, { input: { code: 'U002', name: '巴中市财政局', industryId } })).data.createUnit.id;
});

afterAll(async () => {
  await close?.();
  await db?.drop();
});

describe('the units subgraph', () => {
  it('refuses any request that did not come through the gateway, _service and _entities included', async () => {
    for (const query of ['{ units { id } }', '{ _service { sdl } }', '{ _entities(representations: [{__typename: "Unit", id: "x"}]) { __typename } }']) {
      const res = await postGraphQL(url, query);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const forged = await postGraphQL(url, '{ units { id } }', {}, await gatewayHeaders(admin, 'not-the-shared-secret-at-all'));
    expect(forged.status).toBe(401);
  });

  it('lists units with their industry and team count, and anonymous callers see this public directory', async () => {
    const res = await as(null, '{ units { code name excluded industry { code name } teamCount } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.units).toEqual([
      { code: 'U001', name: '巴中市发展和改革委员会', excluded: false, industry: { code: 'IND-01', name: '发展改革系统' }, teamCount: 0 },
      { code: 'U002', name: '巴中市财政局', excluded: false, industry: { code: 'IND-01', name: '发展改革系统' }, teamCount: 0 },
    ]);
  });

  it('leaves excluded units out when asked to', async () => {
    const created = await as(admin, CREATE_UNIT, { input: { code: 'U900', name: '巴中市人民检察院', industryId, excluded: true } });
    expect(created.data.createUnit.excluded).toBe(true);
    const all = await as(leader, '{ units { code } }');
    const counted = await as(leader, '{ units(includeExcluded: false) { code } }');
    expect(all.data.units.map((u: { code: string }) => u.code)).toContain('U900');
    expect(counted.data.units.map((u: { code: string }) => u.code)).not.toContain('U900');
  });

  it('refuses an empty name with BAD_USER_INPUT and writes nothing', async () => {
    const before = await sql('select count(*)::int as n from units.industry');
    const auditBefore = await sql('select count(*)::int as n from units.audit_event');
    const res = await as(admin, CREATE_INDUSTRY, { input: { code: 'IND-02', name: '' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql('select count(*)::int as n from units.industry')).toEqual(before);
    expect(await sql('select count(*)::int as n from units.audit_event')).toEqual(auditBefore);
  });

  it('refuses a duplicate unit code with CONFLICT and writes nothing', async () => {
    const before = await sql('select id, code, name from units.unit order by code');
    const res = await as(admin, CREATE_UNIT, { input: { code: 'U001', name: '另一个单位', industryId } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(await sql('select id, code, name from units.unit order by code')).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown or malformed industry id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await as(admin, CREATE_UNIT, { input: { code: 'U777', name: '巴中市某局', industryId: id } });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await sql(`select count(*)::int as n from units.unit where code = 'U777'`)).toEqual([{ n: 0 }]);
    const lookup = await as(admin, '{ unit(id: "not-an-id") { id } }');
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data.unit).toBeNull();
  });

  it('refuses writes from roles that may not make them', async () => {
    for (const caller of [leader, { sub: 'i', role: Role.INTEGRATOR }, { sub: 'ua', role: Role.UNIT_ADMIN, unitId: unitA }] as Caller[]) {
      const res = await as(caller, CREATE_INDUSTRY, { input: { code: 'IND-99', name: '不应创建' } });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await as(null, CREATE_INDUSTRY, { input: { code: 'IND-99', name: '不应创建' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sql(`select count(*)::int as n from units.industry where code = 'IND-99'`)).toEqual([{ n: 0 }]);
  });

  it("lets a unit's own UNIT_ADMIN keep its teams, and nobody else's", async () => {
    const unitAdminA: Caller = { sub: 'ua-a', role: Role.UNIT_ADMIN, unitId: unitA };
    const own = await as(unitAdminA, CREATE_TEAM, { input: { unitId: unitA, name: '综合科' } });
    expect(own.errors).toBeUndefined();
    expect(own.data.createTeam).toMatchObject({ name: '综合科', version: 1, unit: { id: unitA } });

    const foreign = await as(unitAdminA, CREATE_TEAM, { input: { unitId: unitB, name: '综合科' } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const teamB = (await as(admin, CREATE_TEAM, { input: { unitId: unitB, name: '预算科' } })).data.createTeam;
    const probe = await as(unitAdminA, 'query($id: ID!) { team(id: $id) { name } }', { id: teamB.id });
    expect(probe.data?.team ?? null).toBeNull();
    expect(probe.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rename = await as(unitAdminA, 'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { name } }', {
      input: { id: teamB.id, expectedVersion: 1, name: '被改名' },
    });
    expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const listed = await as(unitAdminA, '{ units { code teams { name } teamCount } }');
    const byCode = Object.fromEntries(listed.data.units.map((u: any) => [u.code, u]));
    expect(byCode.U001.teams).toEqual([{ name: '综合科' }]);
    expect(byCode.U002.teams).toEqual([]);
    expect(byCode.U002.teamCount).toBe(1);
  });

  it('refuses an update made from a stale version with CONFLICT', async () => {
    const team = (await as(admin, CREATE_TEAM, { input: { unitId: unitA, name: '办公室' } })).data.createTeam;
    const first = await as(admin, 'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { name version } }', {
      input: { id: team.id, expectedVersion: 1, name: '办公室（党支部）' },
    });
    expect(first.data.updateTeam).toEqual({ name: '办公室（党支部）', version: 2 });
    const stale = await as(admin, 'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { name version } }', {
      input: { id: team.id, expectedVersion: 1, name: '迟到的改名' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', actualVersion: 2 });
    expect(await sql('select name from units.team where id = $1', [team.id])).toEqual([{ name: '办公室（党支部）' }]);
  });

  it('archives a team: it leaves the lists and the team count, its record stays', async () => {
    const team = (await as(admin, CREATE_TEAM, { input: { unitId: unitB, name: '临时专班' } })).data.createTeam;
    const before = (await as(admin, 'query($id: ID!) { unit(id: $id) { teamCount } }', { id: unitB })).data.unit.teamCount;
    const archived = await as(admin, 'mutation($input: ArchiveInput!) { archiveTeam(input: $input) { archived } }', { input: { id: team.id, expectedVersion: 1 } });
    expect(archived.data.archiveTeam.archived).toBe(true);
    const after = (await as(admin, 'query($id: ID!) { unit(id: $id) { teamCount teams { name } } }', { id: unitB })).data.unit;
    expect(after.teamCount).toBe(before - 1);
    expect(after.teams.map((t: { name: string }) => t.name)).not.toContain('临时专班');
  });

  it('records who changed what in an audit trail that cannot be rewritten', async () => {
    const rows = await sql(`select actor, actor_role, operation, entity_type from units.audit_event where operation = 'createUnit' order by at`);
    expect(rows[0]).toEqual({ actor: 'admin-1', actor_role: 'ADMIN', operation: 'createUnit', entity_type: 'Unit' });
    await expect(sql(`update units.audit_event set actor = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from units.audit_event`)).rejects.toThrow(/append-only/);
  });

  it('resolves a batch of unit references with one SQL statement, however large the batch', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids.push((await as(admin, CREATE_UNIT, { input: { code: `B${String(i).padStart(3, '0')}`, name: `批量测试单位${i}`, industryId } })).data.createUnit.id);
    }
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id name } } }';
    const count = async (n: number) => {
      service.db.queries.reset();
      const res = await as(leader, query, { r: ids.slice(0, n).map((id) => ({ __typename: 'Unit', id })) });
      expect(res.errors).toBeUndefined();
      expect(res.data._entities).toHaveLength(n);
      expect(res.data._entities.map((e: { id: string }) => e.id)).toEqual(ids.slice(0, n));
      return service.db.queries.count;
    };
    expect(await count(2)).toBe(1);
    expect(await count(40)).toBe(1);
  });

  it('counts teams for many units with one SQL statement', async () => {
    service.db.queries.reset();
    const res = await as(leader, '{ units { teamCount industry { name } } }');
    expect(res.data.units.length).toBeGreaterThan(40);
    // one for the unit list, one for all team counts, one for all industries
    expect(service.db.queries.count).toBe(3);
  });

  it("resolves a foreign unit's team reference to null for a UNIT_ADMIN", async () => {
    const teamB = (await sql<{ id: string }>('select id from units.team where unit_id = $1 and archived_at is null limit 1', [unitB]))[0]!;
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { id name } } }';
    const asA = await as({ sub: 'ua-a', role: Role.UNIT_ADMIN, unitId: unitA }, query, { r: [{ __typename: 'Team', id: teamB.id }] });
    expect(asA.data._entities).toEqual([null]);
    const asLeader = await as(leader, query, { r: [{ __typename: 'Team', id: teamB.id }] });
    expect(asLeader.data._entities[0]).toMatchObject({ id: teamB.id });
  });

  it('serves requests as a database role that may only add to the audit trail and cannot read other schemas', async () => {
    const conn = service.db.orm.em.getConnection();
    expect(await conn.execute('select current_user as role')).toEqual([{ role: 'sfxd_units_app' }]);
    await expect(conn.execute(`update units.audit_event set actor = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(conn.execute('delete from units.audit_event')).rejects.toThrow(/permission denied/);
    await sql('create schema if not exists elsewhere; create table if not exists elsewhere.secret (x int)');
    await expect(conn.execute('select * from elsewhere.secret')).rejects.toThrow(/permission denied/);
  });
});
