import { buildSubgraphSchema } from '@apollo/subgraph';
import { INTERNAL_TOKEN_HEADER, Role, type Caller } from '@sfxd/kit';
import { graphql, parse } from 'graphql';
import { SignJWT, decodeJwt } from 'jose';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { demandControlOf } from './limits.js';
import { type GatewayOptions } from './server.js';
import { composedGateway } from './testing.js';

// The gateway against a real HTTP subgraph that counts what reaches it: its requests, the
// connections they came on, and who the gateway said was asking.
const JWT_SECRET = 'subgraph-calls-test-jwt-secret-0123456789';
const SUBGRAPH_SECRET = 'subgraph-calls-test-subgraph-secret-0123456789';

const subgraphSdl = (unitsSize: number) => `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize", "@cost"])
  type Query {
    units: [Unit!]! @listSize(assumedSize: ${unitsSize})
    unit(id: ID!): Unit
  }
  type Mutation { renameUnit(id: ID!, name: String!): Unit! }
  type Unit @key(fields: "id") { id: ID! name: String! }
`;

interface Seen {
  operation: string;
  role: unknown;
  unitId: unknown;
}

/** A subgraph whose answers wait for `release()` while `hold` is on, and which can cut its connections instead of answering. */
async function countingSubgraph() {
  const UNITS = [
    { id: 'u1', name: '一号单位' },
    { id: 'u2', name: '二号单位' },
  ];
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(30)),
    resolvers: {
      Query: { units: () => UNITS, unit: (_: unknown, { id }: { id: string }) => UNITS.find((u) => u.id === id) ?? null },
      Mutation: { renameUnit: (_: unknown, { id, name }: { id: string; name: string }) => ({ id, name }) },
    } as any,
  });
  const state = {
    requests: [] as Seen[],
    connections: 0,
    inFlight: 0,
    maxInFlight: 0,
    hold: false,
    fail: false,
    /** Cut a kept-alive connection when a request arrives on it again, as a subgraph closing an idle one does. */
    resetReused: false,
    resets: 0,
  };
  const perSocket = new WeakMap<object, number>();
  let waiting: (() => void)[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const onSocket = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, onSocket);
    if (state.resetReused && onSocket > 1) {
      state.resets += 1;
      req.socket.destroy();
      return;
    }
    const claims = decodeJwt(String(req.headers[INTERNAL_TOKEN_HEADER]));
    state.requests.push({ operation: body.query, role: claims.role ?? null, unitId: claims.unitId ?? null });
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    if (state.hold) await new Promise<void>((resolve) => waiting.push(resolve));
    state.inFlight -= 1;
    if (state.fail) {
      req.socket.destroy();
      return;
    }
    const result = await graphql({ schema, source: body.query, variableValues: body.variables, operationName: body.operationName });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(result));
  });
  server.on('connection', () => {
    state.connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    state,
    release() {
      state.hold = false;
      const resume = waiting;
      waiting = [];
      for (const go of resume) go();
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

// One token per caller for the whole file: identical requests carry the identical credential.
const tokens = new Map<Caller, Promise<string>>();
function token(caller: Caller): Promise<string> {
  if (!tokens.has(caller)) tokens.set(caller, signed(caller));
  return tokens.get(caller)!;
}

async function signed(caller: Caller): Promise<string> {
  return new SignJWT({ role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(JWT_SECRET));
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setUp(options: Partial<GatewayOptions> = {}, unitsSize = 30) {
  const subgraph = await countingSubgraph();
  cleanups.push(subgraph.close);
  const { gateway, running } = await composedGateway([{ name: 'counting', urls: subgraph.url, typeDefs: subgraphSdl(unitsSize) }], {
    jwtSecret: JWT_SECRET,
    subgraphSecret: SUBGRAPH_SECRET,
    // These tests look at the subgraph calls; the sharing of whole requests has tests of its own below.
    deduplicateRequests: false,
    ...options,
  });
  cleanups.push(running.close);
  const ask = async (caller: Caller | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? { authorization: `Bearer ${await token(caller)}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
  };
  /** Sends every request at once, holding the subgraph's answers until all of them reached the gateway's subgraph calls. */
  const together = async <T>(calls: (() => Promise<T>)[], arrived = 1) => {
    subgraph.state.hold = true;
    const before = gateway.subgraphFetches.sent + gateway.subgraphFetches.shared;
    const answers = Promise.all(calls.map((call) => call()));
    await expect.poll(() => gateway.subgraphFetches.sent + gateway.subgraphFetches.shared - before, { timeout: 20_000, interval: 10 }).toBe(calls.length);
    await expect.poll(() => subgraph.state.requests.length, { timeout: 20_000, interval: 10 }).toBeGreaterThanOrEqual(arrived);
    subgraph.release();
    return answers;
  };
  return { subgraph, gateway, ask, together };
}

const LEADER: Caller = { sub: 'leader-1', role: Role.LEADER };
const UNIT_ONE: Caller = { sub: 'unit-admin-1', role: Role.UNIT_ADMIN, unitId: 'u1' };
const UNIT_TWO: Caller = { sub: 'unit-admin-2', role: Role.UNIT_ADMIN, unitId: 'u2' };
const UNITS = '{ units { id name } }';

describe('identical subgraph queries in flight at once', () => {
  it('are one subgraph call for one caller, each caller getting the whole answer, and none is kept after it answers', async () => {
    const { subgraph, ask, together } = await setUp();
    const answers = await together(Array.from({ length: 8 }, () => () => ask(LEADER, UNITS)));
    expect(subgraph.state.requests).toHaveLength(1);
    const direct = await ask(LEADER, UNITS);
    for (const answer of answers) expect(answer).toEqual({ data: direct.data });
    expect(direct.data.units.length).toBeGreaterThan(0);
    // The query after the shared one answered went to the subgraph again: nothing was cached.
    expect(subgraph.state.requests).toHaveLength(2);
  });

  it('are one call per caller scope: two units and a leader asking the same make three, each with its own identity', async () => {
    const { subgraph, ask, together } = await setUp();
    const callers = [UNIT_ONE, UNIT_TWO, LEADER];
    await together(callers.flatMap((caller) => Array.from({ length: 4 }, () => () => ask(caller, UNITS))));
    expect(subgraph.state.requests).toHaveLength(3);
    expect(subgraph.state.requests.map((r) => `${r.role}/${r.unitId}`).sort()).toEqual(['LEADER/null', 'UNIT_ADMIN/u1', 'UNIT_ADMIN/u2']);
  });

  it('are each sent when the deduplication is turned off', async () => {
    const { subgraph, ask, together } = await setUp({ deduplicateSubgraphQueries: false });
    await together(Array.from({ length: 5 }, () => () => ask(LEADER, UNITS)));
    expect(subgraph.state.requests).toHaveLength(5);
  });

  it('never include mutations: each identical mutation reaches the subgraph', async () => {
    const { subgraph, ask, together } = await setUp();
    const rename = 'mutation($name: String!) { renameUnit(id: "u1", name: $name) { id name } }';
    const answers = await together(Array.from({ length: 5 }, () => () => ask(LEADER, rename, { name: '新名' })));
    expect(subgraph.state.requests).toHaveLength(5);
    expect(subgraph.state.requests.every((r) => r.operation.trimStart().startsWith('mutation'))).toBe(true);
    for (const answer of answers) expect(answer.data?.renameUnit).toEqual({ id: 'u1', name: '新名' });
  });

  it('fail together when the one shared call fails', async () => {
    const { subgraph, ask, together } = await setUp();
    subgraph.state.fail = true;
    const answers = await together(Array.from({ length: 6 }, () => () => ask(LEADER, UNITS)));
    expect(subgraph.state.requests).toHaveLength(1);
    for (const answer of answers) {
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.length).toBeGreaterThan(0);
    }
    // The failure is not remembered either.
    subgraph.state.fail = false;
    expect((await ask(LEADER, UNITS)).data?.units.length).toBeGreaterThan(0);
  });
});

describe('identical requests in flight at once', () => {
  /** Sends every request at once, holding the subgraph's answers until `executed` reached it and the rest wait for them. */
  async function atOnce<T>(setup: Awaited<ReturnType<typeof setUp>>, calls: (() => Promise<T>)[], executed: number) {
    const { subgraph, gateway } = setup;
    subgraph.state.hold = true;
    const answers = Promise.all(calls.map((call) => call()));
    await expect.poll(() => subgraph.state.requests.length, { timeout: 20_000, interval: 10 }).toBe(executed);
    await expect.poll(() => gateway.sharedRequests.waiting, { timeout: 20_000, interval: 10 }).toBe(calls.length - executed);
    subgraph.release();
    return answers;
  }

  it('are executed once for one caller, each request getting the whole answer, and none is kept after it answers', async () => {
    const setup = await setUp({ deduplicateRequests: true });
    const answers = await atOnce(setup, Array.from({ length: 6 }, () => () => setup.ask(LEADER, UNITS)), 1);
    expect(setup.gateway.sharedRequests.shared).toBe(5);
    const direct = await setup.ask(LEADER, UNITS);
    expect(direct.data.units).toHaveLength(2);
    for (const answer of answers) expect(answer).toEqual({ data: direct.data });
    expect(setup.subgraph.state.requests).toHaveLength(2);
  });

  it('are executed once per caller scope: two units and a leader asking the same make three executions', async () => {
    const setup = await setUp({ deduplicateRequests: true });
    const callers = [UNIT_ONE, UNIT_TWO, LEADER];
    await atOnce(setup, callers.flatMap((caller) => Array.from({ length: 3 }, () => () => setup.ask(caller, UNITS))), 3);
    expect(setup.subgraph.state.requests.map((r) => `${r.role}/${r.unitId}`).sort()).toEqual(['LEADER/null', 'UNIT_ADMIN/u1', 'UNIT_ADMIN/u2']);
  });

  it('never include mutations: each identical mutation is executed', async () => {
    const setup = await setUp({ deduplicateRequests: true });
    const rename = 'mutation($name: String!) { renameUnit(id: "u1", name: $name) { id name } }';
    const answers = await atOnce(setup, Array.from({ length: 4 }, () => () => setup.ask(LEADER, rename, { name: '新名' })), 4);
    expect(setup.gateway.sharedRequests.shared).toBe(0);
    for (const answer of answers) expect(answer.data?.renameUnit).toEqual({ id: 'u1', name: '新名' });
  });

  it('share a failure with every identical request, and forget it once answered', async () => {
    const setup = await setUp({ deduplicateRequests: true });
    setup.subgraph.state.fail = true;
    const answers = await atOnce(setup, Array.from({ length: 4 }, () => () => setup.ask(LEADER, UNITS)), 1);
    for (const answer of answers) {
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
    setup.subgraph.state.fail = false;
    expect((await setup.ask(LEADER, UNITS)).data?.units).toHaveLength(2);
  });
});

describe('connections to a subgraph', () => {
  it('are kept alive: one connection carries several requests in a row', async () => {
    const { subgraph, ask } = await setUp();
    for (const id of ['u1', 'u2', 'u1', 'u2', 'u1']) {
      expect((await ask(LEADER, `{ unit(id: "${id}") { name } }`)).data?.unit?.name).toBeTruthy();
    }
    expect(subgraph.state.requests).toHaveLength(5);
    expect(subgraph.state.connections).toBe(1);
  });

  it('are bounded: calls beyond the pool wait for a free connection', async () => {
    const { subgraph, ask, together } = await setUp({ subgraphMaxSockets: 2 });
    // Different callers' calls are never shared: six calls, at most two on the wire at once.
    const callers = Array.from({ length: 6 }, (_, i): Caller => ({ sub: `leader-${i}`, role: Role.LEADER }));
    const answers = await together(callers.map((caller) => () => ask(caller, UNITS)), 2);
    expect(answers.every((a) => a.data?.units.length > 0)).toBe(true);
    expect(subgraph.state.requests).toHaveLength(6);
    expect(subgraph.state.maxInFlight).toBe(2);
    expect(subgraph.state.connections).toBe(2);
  });
});

describe('a connection the subgraph cut as it was reused', () => {
  it("costs a query nothing: it is sent again on a fresh connection; a mutation's call is never sent again", async () => {
    const { subgraph, ask } = await setUp();
    expect((await ask(LEADER, '{ unit(id: "u1") { name } }')).data?.unit?.name).toBeTruthy();
    subgraph.state.resetReused = true;
    expect((await ask(LEADER, '{ unit(id: "u2") { name } }')).data?.unit?.name).toBeTruthy();
    expect(subgraph.state.resets).toBe(1);
    expect(subgraph.state.connections).toBe(2);

    const renamed = await ask(LEADER, 'mutation { renameUnit(id: "u1", name: "新名") { name } }');
    expect(subgraph.state.resets).toBe(2);
    expect(renamed.data ?? null).toBeNull();
    expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', cause: expect.stringContaining('fetch failed') });
    expect(renamed.errors?.[0]?.message).toContain('may or may not have been made');
    expect(subgraph.state.requests.filter((r) => r.operation.trimStart().startsWith('mutation'))).toHaveLength(0);
    expect(subgraph.state.connections).toBe(2);
  });
});

describe('query plans', () => {
  it('are built once per operation and reused for every caller', async () => {
    const { gateway, ask } = await setUp();
    for (const caller of [LEADER, UNIT_ONE, UNIT_TWO]) await ask(caller, UNITS);
    expect(gateway.queryPlans).toEqual({ resolved: 3, built: 1 });
    await ask(LEADER, '{ unit(id: "u1") { name } }');
    expect(gateway.queryPlans).toEqual({ resolved: 4, built: 2 });
  });
});

describe('the cost estimate', () => {
  it('follows the @listSize a subgraph declares, through composition', async () => {
    const costWith = async (unitsSize: number) => {
      const { subgraph, ask } = await setUp({ limits: { maxCost: 1 } }, unitsSize);
      const answer = await ask(LEADER, '{ units { id name } }');
      expect(subgraph.state.requests).toHaveLength(0);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST' });
      return answer.errors![0]!.extensions!.cost as number;
    };
    expect(await costWith(30)).toBe(1 + 30 * 2);
    expect(await costWith(60)).toBe(1 + 60 * 2);
  });

  it('reads from the committed supergraph every @listSize the subgraphs declare', () => {
    const read = (file: string) => readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');
    const supergraph = read('supergraph.graphql');
    expect(supergraph).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/cost\/v0\.\d+"/);
    const declared = Object.assign({}, ...['units', 'members', 'honors', 'evaluations'].map((name) => demandControlOf(read(`subgraphs/${name}.graphql`)).listSizes));
    expect(Object.keys(declared).length).toBeGreaterThan(0);
    expect(demandControlOf(supergraph).listSizes).toEqual(declared);
    expect(declared['Unit.teams']).toEqual({ assumedSize: 20 });
    expect(declared['Query.members']).toEqual({ slicingArguments: ['first'], sizedFields: ['edges'] });
  });
});
