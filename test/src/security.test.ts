import { INTERNAL_TOKEN_HEADER, signUserToken, type Caller } from '@sfxd/kit';
import { bearer, gatewayHeaders, postGraphQL, type GraphQLResponse, sqlRows } from '@sfxd/kit/testing';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { Lexer, Source, TokenKind, buildSchema, isNonNullType } from 'graphql';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, INTEGRATOR, JWT_SECRET, LEADER, SUBGRAPH_SECRET, startTestPlatform, unitAdmin, type TestPlatform } from './testkit.js';

/**
 * Probes of issue 4, each as a different role, through the gateway and straight at the subgraphs.
 * A probe that must be refused is paired with one that must answer, so that neither can pass by
 * accident (a broken server refuses everything).
 */

let platform: TestPlatform;
let unitA: string;
let unitB: string;
let teamA: { id: string; name: string };
let teamB: { id: string; name: string };

const sql = <T = any>(text: string, params: unknown[] = []) => sqlRows<T>(platform.db.url, text, params);

/** A call at the gateway as this caller (null: no token). */
async function gateway(caller: Caller | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return postGraphQL(platform.gatewayUrl, query, variables, caller ? await bearer(caller, JWT_SECRET) : {});
}

/** A call straight at a subgraph, carrying the credential the gateway would send for this caller. */
async function direct(subgraph: string, caller: Caller | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  return postGraphQL(platform.subgraphs[subgraph]!.url, query, variables, await gatewayHeaders(caller, SUBGRAPH_SECRET));
}

/**
 * SQL statements run by every subgraph since the last reset. Every operation the limit probes send
 * reads the database when it reaches a subgraph, so 0 means no subgraph was called.
 */
const subgraphWork = () => Object.values(platform.subgraphs).reduce((n, s) => n + s.queries.count, 0);
const resetWork = () => Object.values(platform.subgraphs).forEach((s) => s.queries.reset());

const ROLES: [string, Caller | null][] = [
  ['anonymous', null],
  ['INTEGRATOR', INTEGRATOR],
  ['LEADER', LEADER],
  ['ADMIN', ADMIN],
];

const DASHBOARD = 'http://localhost:8080';

beforeAll(async () => {
  platform = await startTestPlatform({ corsOrigins: [DASHBOARD] });
  const seeded = platform.seeded!;
  const withTeams = seeded.units.filter((u) => seeded.teams.some((t) => t.unitId === u.id));
  unitA = withTeams[0]!.id;
  unitB = withTeams[1]!.id;
  teamA = seeded.teams.find((t) => t.unitId === unitA)!;
  teamB = seeded.teams.find((t) => t.unitId === unitB)!;
});

afterAll(async () => {
  await platform?.dispose();
});

describe('the public directory, the only thing anonymous callers may read', () => {
  it('answers industries and units with their public fields without a token', async () => {
    const res = await gateway(null, '{ industries { id code name } units { id code name excluded industry { name } teamCount } }');
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data.units).toHaveLength(platform.seeded!.units.length);
  });

  it('asks anonymous callers to sign in for a team, a unit’s teams and every write', async () => {
    for (const [query, variables] of [
      ['query($id: ID!) { team(id: $id) { id name } }', { id: teamA.id }],
      ['query($id: ID!) { unit(id: $id) { teams { id } } }', { id: unitA }],
      ['mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }', { input: { unitId: unitA, name: '匿名团队' } }],
    ] as const) {
      const res = await gateway(null, query, variables);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(res.data ?? null), query).not.toContain(teamA.id);
    }
  });
});

describe('cross-unit reads and writes of teams, through the gateway', () => {
  it("lets a UNIT_ADMIN read its own unit's team and not another unit's", async () => {
    const own = await gateway(unitAdmin(unitA), 'query($id: ID!) { team(id: $id) { id name } }', { id: teamA.id });
    expect(own.data.team).toEqual({ id: teamA.id, name: teamA.name });
    const foreign = await gateway(unitAdmin(unitA), 'query($id: ID!) { team(id: $id) { id name } }', { id: teamB.id });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(foreign.data?.team ?? null).toBeNull();
  });

  it("shows a UNIT_ADMIN no teams of another unit through that unit's page", async () => {
    const foreign = await gateway(unitAdmin(unitA), 'query($id: ID!) { unit(id: $id) { name teams { id } } }', { id: unitB });
    expect(foreign.data.unit.teams).toEqual([]);
    const own = await gateway(unitAdmin(unitA), 'query($id: ID!) { unit(id: $id) { name teams { id } } }', { id: unitA });
    expect(own.data.unit.teams.map((t: { id: string }) => t.id)).toContain(teamA.id);
  });

  it('lets LEADER, INTEGRATOR and ADMIN read any unit’s team', async () => {
    for (const caller of [LEADER, INTEGRATOR, ADMIN]) {
      const res = await gateway(caller, 'query($id: ID!) { team(id: $id) { id } }', { id: teamB.id });
      expect(res.data.team, caller.role).toEqual({ id: teamB.id });
    }
  });

  it("refuses a UNIT_ADMIN's writes to another unit's teams and changes nothing", async () => {
    const before = await sql('select id, name, version from units.team where unit_id = $1 order by id', [unitB]);
    const create = await gateway(unitAdmin(unitA), 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }', {
      input: { unitId: unitB, name: '越权团队' },
    });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const update = await gateway(unitAdmin(unitA), 'mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }', {
      input: { id: teamB.id, expectedVersion: 1, name: '越权改名' },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const archive = await gateway(unitAdmin(unitA), 'mutation($input: ArchiveInput!) { archiveTeam(input: $input) { id } }', {
      input: { id: teamB.id, expectedVersion: 1 },
    });
    expect(archive.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sql('select id, name, version from units.team where unit_id = $1 order by id', [unitB])).toEqual(before);
  });

  it('refuses team writes from the read-only roles, and lets ADMIN and the unit’s own UNIT_ADMIN make them', async () => {
    const create = (caller: Caller, name: string) =>
      gateway(caller, 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id unit { id } } }', { input: { unitId: unitB, name } });
    for (const caller of [LEADER, INTEGRATOR, unitAdmin(unitA)]) {
      expect((await create(caller, `不应创建-${caller.role}`)).errors?.[0]?.extensions?.code, caller.role).toBe('FORBIDDEN');
    }
    expect((await create(ADMIN, '工委新建团队')).data.createTeam.unit.id).toBe(unitB);
    expect((await create(unitAdmin(unitB), '本单位新建团队')).data.createTeam.unit.id).toBe(unitB);
    const names = await sql<{ name: string }>('select name from units.team where unit_id = $1', [unitB]);
    expect(names.map((r) => r.name)).not.toContain('不应创建-LEADER');
  });

  it('records every write in the audit trail with actor, role, unit, operation, entity and time', async () => {
    const res = await gateway(unitAdmin(unitA), 'mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }', {
      input: { unitId: unitA, name: '审计测试组' },
    });
    const id = res.data.createTeam.id;
    const rows = await sql('select actor, actor_role, actor_unit_id, unit_id, operation, entity_type, at from units.audit_event where entity_id = $1', [id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: unitAdmin(unitA).sub, actor_role: 'UNIT_ADMIN', actor_unit_id: unitA, unit_id: unitA, operation: 'createTeam', entity_type: 'Team' });
    expect(Date.now() - new Date(rows[0].at).getTime()).toBeLessThan(60_000);
  });
});

describe('the audit trail', () => {
  // Each subgraph keeps its trail in its own schema, named after it.
  it.each(SUBGRAPHS.map((s) => s.name))('of %s cannot be changed or emptied, even by the role the service connects as', async (schema) => {
    await sql(`insert into ${schema}.audit_event (id, actor, operation, entity_type) values (gen_random_uuid(), 'probe', 'probe', 'Probe')`);
    const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from ${schema}.audit_event`);
    expect(n).toBeGreaterThan(0);
    for (const statement of [`update ${schema}.audit_event set actor = 'someone else'`, `delete from ${schema}.audit_event`, `truncate ${schema}.audit_event`]) {
      await expect(sql(statement), statement).rejects.toThrow(/append-only/);
    }
    expect(await sql(`select count(*)::int as n from ${schema}.audit_event`)).toEqual([{ n }]);
  });
});

describe('the subgraphs answer the gateway only', () => {
  const probes = [
    '{ units { id } }',
    '{ _service { sdl } }',
    '{ _entities(representations: [{ __typename: "Unit", id: "x" }]) { __typename } }',
  ];

  it.each(SUBGRAPHS.map((s) => s.name))('%s refuses calls without the gateway credential with 401, _service and _entities included', async (name) => {
    for (const query of probes) {
      const res = await postGraphQL(platform.subgraphs[name]!.url, query);
      expect(res.status, query).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }
  });

  it.each(SUBGRAPHS.map((s) => s.name))('%s refuses a user token, a forged credential and an expired one', async (name) => {
    const url = platform.subgraphs[name]!.url;
    const userToken = await signUserToken(ADMIN, JWT_SECRET);
    const forged = await gatewayHeaders(ADMIN, 'a-secret-that-is-not-the-shared-one');
    const expired = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('sfxd-gateway')
      .setAudience('sfxd-subgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(new TextEncoder().encode(SUBGRAPH_SECRET));
    for (const headers of [{ authorization: `Bearer ${userToken}` }, { [INTERNAL_TOKEN_HEADER]: userToken }, forged, { [INTERNAL_TOKEN_HEADER]: expired }]) {
      const res = await postGraphQL(url, '{ _service { sdl } }', {}, headers);
      expect(res.status, JSON.stringify(Object.keys(headers))).toBe(401);
    }
    const genuine = await direct(name, ADMIN, '{ _service { sdl } }');
    expect(genuine.status).toBe(200);
    expect(genuine.data._service.sdl.length).toBeGreaterThan(0);
  });
});

describe('_entities with foreign ids, straight at the units subgraph', () => {
  const TEAMS = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Team { id name unit { id } } } }';

  it("resolves another unit's team to null for a UNIT_ADMIN and for anonymous callers", async () => {
    for (const caller of [unitAdmin(unitA), null]) {
      const res = await direct('units', caller, TEAMS, { r: [{ __typename: 'Team', id: teamB.id }] });
      expect(res.errors, caller?.role ?? 'anonymous').toBeUndefined();
      expect(res.data._entities).toEqual([null]);
    }
  });

  it("resolves a UNIT_ADMIN's own team, and any team for the roles that read every unit", async () => {
    const own = await direct('units', unitAdmin(unitA), TEAMS, { r: [{ __typename: 'Team', id: teamA.id }] });
    expect(own.data._entities).toEqual([{ id: teamA.id, name: teamA.name, unit: { id: unitA } }]);
    for (const caller of [LEADER, INTEGRATOR, ADMIN]) {
      const res = await direct('units', caller, TEAMS, { r: [{ __typename: 'Team', id: teamB.id }] });
      expect(res.data._entities[0]?.id, caller.role).toBe(teamB.id);
    }
  });

  it("gives a UNIT_ADMIN no teams through another unit's entity reference", async () => {
    const res = await direct('units', unitAdmin(unitA), 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id teams { id } } } }', {
      r: [{ __typename: 'Unit', id: unitB }],
    });
    expect(res.data._entities).toEqual([{ id: unitB, teams: [] }]);
  });

  it('refuses the team query and the teams of a unit to anonymous callers at the subgraph too', async () => {
    const team = await direct('units', null, 'query($id: ID!) { team(id: $id) { id } }', { id: teamB.id });
    expect(team.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const teams = await direct('units', null, 'query($id: ID!) { unit(id: $id) { teams { id } } }', { id: unitB });
    expect(teams.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

// Personal fields live in the members subgraph. These probes run as soon as the platform starts it.
const HAS_MEMBERS = SUBGRAPHS.some((s) => s.name === 'members');

describe.runIf(HAS_MEMBERS)('personal fields of members (phone, birth date)', () => {
  const MEMBER = 'query($id: ID!) { member(id: $id) { id phone birthDate } }';
  const ENTITY = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Member { id phone birthDate } } }';
  const memberOf = (unitId: string) => platform.seeded!.members.find((m) => m.unitId === unitId)!;

  it('shows them to ADMIN and to the UNIT_ADMIN of the member’s unit, through the gateway and directly', async () => {
    const member = memberOf(unitA);
    for (const caller of [ADMIN, unitAdmin(unitA)]) {
      for (const res of [
        await gateway(caller, MEMBER, { id: member.id }),
        await direct('members', caller, ENTITY, { r: [{ __typename: 'Member', id: member.id }] }),
      ]) {
        const body = JSON.stringify(res);
        expect(body, caller.role).toContain(member.phone);
        expect(body, caller.role).toContain(member.birthDate);
      }
    }
  });

  it("refuses another unit's member to a UNIT_ADMIN's writes and to the read-only roles, changing nothing", async () => {
    const member = memberOf(unitB);
    const read = async () => (await gateway(ADMIN, 'query($id: ID!) { member(id: $id) { name phone version } }', { id: member.id })).data.member;
    const before = await read();
    const UPDATE = 'mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id phone } }';
    for (const caller of [unitAdmin(unitA), LEADER, INTEGRATOR]) {
      const res = await gateway(caller, UPDATE, { input: { id: member.id, expectedVersion: before.version, phone: '13900000000' } });
      expect(['FORBIDDEN', 'NOT_FOUND'], caller.role).toContain(res.errors?.[0]?.extensions?.code);
      expect(JSON.stringify(res.data ?? null)).not.toContain('13900000000');
    }
    const anonymous = await gateway(null, UPDATE, { input: { id: member.id, expectedVersion: before.version, phone: '13900000000' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await read()).toEqual(before);
  });

  it('never shows them to another unit’s UNIT_ADMIN, LEADER, INTEGRATOR or anonymous callers, through the gateway or directly', async () => {
    const member = memberOf(unitB);
    for (const caller of [unitAdmin(unitA), LEADER, INTEGRATOR, null]) {
      for (const res of [
        await gateway(caller, MEMBER, { id: member.id }),
        await direct('members', caller, ENTITY, { r: [{ __typename: 'Member', id: member.id }] }),
      ]) {
        const body = JSON.stringify(res);
        expect(body, caller?.role ?? 'anonymous').not.toContain(member.phone);
        expect(body, caller?.role ?? 'anonymous').not.toContain(member.birthDate);
      }
    }
  });
});

describe('abuse limits, refused at the gateway before any subgraph is called', () => {
  beforeEach(() => resetWork());

  /** The request must be refused with these extensions and leave every subgraph idle. */
  async function expectRefused(res: GraphQLResponse, extensions: Record<string, unknown>, status = 400) {
    expect(res.status).toBe(status);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject(extensions);
    expect(subgraphWork()).toBe(0);
  }

  async function expectAnswered(res: GraphQLResponse) {
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(subgraphWork()).toBeGreaterThan(0);
  }

  const tokens = (query: string) => {
    const lexer = new Lexer(new Source(query));
    let n = 0;
    while (lexer.advance().kind !== TokenKind.EOF) n++;
    return n;
  };

  it('allows depth 6 and refuses depth 7', async () => {
    const six = 'query($id: ID!) { unit(id: $id) { teams { unit { industry { units { name } } } } } }';
    const seven = 'query($id: ID!) { unit(id: $id) { teams { unit { industry { units { industry { name } } } } } } }';
    await expectAnswered(await gateway(LEADER, six, { id: unitA }));
    resetWork();
    await expectRefused(await gateway(LEADER, seven, { id: unitA }), { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DEPTH' });
  });

  it('does not let fragments hide depth', async () => {
    const query = 'query($id: ID!) { unit(id: $id) { ...A } } fragment A on Unit { teams { ...B } } fragment B on Team { unit { industry { units { industry { name } } } } }';
    await expectRefused(await gateway(LEADER, query, { id: unitA }), { limit: 'DEPTH' });
  });

  it('allows 15 aliases and refuses 16', async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: industries { id }`).join(' ')} }`;
    await expectAnswered(await gateway(LEADER, aliased(15)));
    resetWork();
    await expectRefused(await gateway(LEADER, aliased(16)), { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'ALIASES' });
  });

  it('allows 50 directives and refuses 51', async () => {
    const directed = (n: number) => `{ industries { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`;
    await expectAnswered(await gateway(LEADER, directed(50)));
    resetWork();
    await expectRefused(await gateway(LEADER, directed(51)), { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DIRECTIVES' });
  });

  it('allows 1,000 tokens and refuses 1,001', async () => {
    const padded = (n: number) => `{ unit(id: "${unitA}") { ${'id '.repeat(n - 10)}} }`;
    expect(tokens(padded(1000))).toBe(1000);
    expect(tokens(padded(1001))).toBe(1001);
    await expectAnswered(await gateway(LEADER, padded(1000)));
    resetWork();
    await expectRefused(await gateway(LEADER, padded(1001)), { code: 'GRAPHQL_PARSE_FAILED', limit: 'TOKENS' });
  });

  it('allows a cost of 5,000 and refuses 5,001, counting list sizes', async () => {
    // units: 1 + 100 × 49 ids = 4,901; industries: 1 + 20 × 4 = 81; unit: 1 + n ids.
    const costing = (unitIds: number) =>
      `{ units { ${'id '.repeat(49)}} industries { id id id id } unit(id: "${unitA}") { ${'id '.repeat(unitIds)}} }`;
    await expectAnswered(await gateway(LEADER, costing(17)));
    resetWork();
    await expectRefused(await gateway(LEADER, costing(18)), { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST', cost: 5001, maxCost: 5000 });
  });

  // The first connection of the committed contract that needs no other argument (members, honors…).
  const paged = (() => {
    const api = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
    return Object.values(api.getQueryType()!.getFields()).find(
      (f) => f.args.some((a) => a.name === 'first') && f.args.every((a) => a.name === 'first' || !isNonNullType(a.type) || a.defaultValue !== undefined),
    )?.name;
  })();

  it.runIf(paged)('refuses first = 0 and 101 on a connection and answers first = 1 and 100', async () => {
    for (const n of [0, 101]) {
      resetWork();
      await expectRefused(await gateway(ADMIN, `query($n: Int) { ${paged}(first: $n) { totalCount } }`, { n }), { code: 'BAD_USER_INPUT', field: 'first' });
      resetWork();
      await expectRefused(await gateway(ADMIN, `{ ${paged}(first: ${n}) { totalCount } }`), { code: 'BAD_USER_INPUT', field: 'first' });
    }
    for (const n of [1, 100]) {
      resetWork();
      await expectAnswered(await gateway(ADMIN, `query($n: Int) { ${paged}(first: $n) { totalCount } }`, { n }));
    }
  });

  it('refuses a fragment chain that doubles on every level, quickly', async () => {
    const levels = 40;
    const chain = Array.from({ length: levels }, (_, i) =>
      i < levels - 1 ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Query { industries { id } }`,
    ).join(' ');
    const started = performance.now();
    await expectRefused(await gateway(LEADER, `{ ...F0 } ${chain}`), { limit: 'COST' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a fan-out over lists of lists by its cost, though it is only six deep', async () => {
    await expectRefused(await gateway(LEADER, '{ units { teams { unit { industry { units { name } } } } } }'), { limit: 'COST' });
  });

  it('accepts a body of exactly 2 MB and refuses one byte more with 413', async () => {
    const body = (bytes: number) => {
      const shell = JSON.stringify({ query: '#\n{ industries { id } }' });
      return shell.replace('#', `#${'x'.repeat(bytes - shell.length)}`);
    };
    const post = (text: string) => fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    const limit = 2 * 1024 * 1024;
    expect(Buffer.byteLength(body(limit))).toBe(limit);
    const ok = await post(body(limit));
    expect(ok.status).toBe(200);
    expect(subgraphWork()).toBeGreaterThan(0);
    resetWork();
    const tooLarge = await post(body(limit + 1));
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'BODY_SIZE' });
    expect(subgraphWork()).toBe(0);
  });

  it('refuses a batch (a JSON array of operations) and answers the same operation sent alone', async () => {
    const operation = { query: '{ industries { id } }' };
    const post = (body: unknown) => fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const batch = await post([operation, operation]);
    expect(batch.status).toBe(400);
    expect(subgraphWork()).toBe(0);
    const single = await post(operation);
    expect(single.status).toBe(200);
    expect(subgraphWork()).toBeGreaterThan(0);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(platform.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });

  it("allows the dashboard's origin, as configured", async () => {
    const res = await preflight(DASHBOARD);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const post = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { origin: DASHBOARD, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
  });

  it('gives any other origin no access-control-allow-origin', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:8081', 'null']) {
      const res = await preflight(origin);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
      const post = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(post.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET without a content type or preflight header, which a cross-site page could send', async () => {
    const url = new URL(platform.gatewayUrl);
    url.searchParams.set('query', '{ industries { id } }');
    resetWork();
    const simple = await fetch(url, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(400);
    expect(subgraphWork()).toBe(0);
    const preflighted = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('refuses a POST with a form content type', async () => {
    const res = await fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(400);
  });

  it('refuses a mutation sent with GET with 405', async () => {
    const url = new URL(platform.gatewayUrl);
    url.searchParams.set('query', 'mutation { createIndustry(input: { code: "X", name: "X" }) { id } }');
    const res = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...(await bearer(ADMIN, JWT_SECRET)) } });
    expect(res.status).toBe(405);
  });
});

describe('roles through the gateway, one request each', () => {
  it.each(ROLES)('%s reads the public directory', async (_name, caller) => {
    const res = await gateway(caller, '{ units { id name } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.units.length).toBeGreaterThan(0);
  });
});
