import { buildSubgraphSchema } from '@apollo/subgraph';
import { INTERNAL_TOKEN_HEADER, Role, signUserToken, type Caller } from '@sfxd/kit';
import { graphql, parse } from 'graphql';
import { decodeJwt } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { composedGateway } from './testing.js';

// The gateway's kept answers against two real HTTP subgraphs that tag their answers as the kit's
// kept answers do: a directory of units, and figures of each unit (an entity call that depends on
// the directory's answer). Each says 304 to a tag of the answer it would give now.
const JWT_SECRET = 'kept-answers-test-jwt-secret-0123456789';
const SUBGRAPH_SECRET = 'kept-answers-test-subgraph-secret-0123456789';

const DIRECTORY = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { units: [Unit!]! untagged: String! broken: String }
  type Mutation { rename(id: ID!, name: String!): Unit! }
  type Unit @key(fields: "id") { id: ID! name: String! }
`;
const FIGURES = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Unit @key(fields: "id") { id: ID! members: Int! }
`;
const QUERY = '{ units { id name members } }';

interface Seen {
  role: unknown;
  unitId: unknown;
  ifNoneMatch: string | null;
  status: number;
}

/** A subgraph whose answers are tagged by its data's version and the caller's scope; `untagged` answers and mutations only weakly. */
async function taggingSubgraph(typeDefs: string, resolvers: object) {
  const schema = buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as any });
  const state = { version: 1, down: false, hold: false, untagged: false, waiting: [] as (() => void)[], seen: [] as Seen[], bodies: [] as string[] };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (state.down) {
      req.socket.destroy();
      return;
    }
    state.bodies.push(Buffer.concat(chunks).toString('utf8'));
    const body = JSON.parse(state.bodies.at(-1)!);
    const claims = decodeJwt(String(req.headers[INTERNAL_TOKEN_HEADER]));
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    const tag = `"v${state.version}-${String(claims.role)}-${String(claims.unitId ?? '')}"`;
    const tagged = !state.untagged && !String(body.query).includes('untagged') && !String(body.query).startsWith('mutation');
    const seen: Seen = { role: claims.role ?? null, unitId: claims.unitId ?? null, ifNoneMatch, status: 200 };
    state.seen.push(seen);
    if (state.hold) await new Promise<void>((resolve) => state.waiting.push(resolve));
    if (tagged && ifNoneMatch === tag) {
      seen.status = 304;
      res.writeHead(304, { etag: tag });
      res.end();
      return;
    }
    const result = await graphql({ schema, source: body.query, variableValues: body.variables, operationName: body.operationName, contextValue: { version: state.version } });
    // Tagged even with errors: the gateway must not keep such an answer on its own account.
    // What is not tagged gets a weak tag, as a web server tags any body: nothing to revalidate a POST by.
    res.writeHead(200, { 'content-type': 'application/json', etag: tagged ? tag : 'W/"any-body"' });
    res.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    state,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function release(state: { hold: boolean; waiting: (() => void)[] }) {
  state.hold = false;
  for (const go of state.waiting.splice(0)) go();
}

async function setUp(subgraphTimeoutMs = 2_000) {
  const names: Record<string, string> = { u1: '一号单位', u2: '二号单位' };
  const directory = await taggingSubgraph(DIRECTORY, {
    Query: { units: () => Object.entries(names).map(([id, name]) => ({ id, name })), untagged: () => 'no tag', broken: () => {
      throw new Error('broken');
    } },
    Mutation: { rename: (_: unknown, { id, name }: { id: string; name: string }) => ((names[id] = name), { id, name }) },
    Unit: { __resolveReference: ({ id }: { id: string }) => ({ id, name: names[id] }) },
  });
  cleanups.push(directory.close);
  // Members grow with the figures' version: a write there changes every answer.
  const figures = await taggingSubgraph(FIGURES, {
    Unit: { __resolveReference: ({ id }: { id: string }) => ({ id }), members: ({ id }: { id: string }, _: unknown, { version }: { version: number }) => (id === 'u1' ? 10 : 20) * version },
  });
  cleanups.push(figures.close);
  const { gateway, running } = await composedGateway(
    [{ name: 'directory', urls: directory.url, typeDefs: DIRECTORY }, { name: 'figures', urls: figures.url, typeDefs: FIGURES }],
    { jwtSecret: JWT_SECRET, subgraphSecret: SUBGRAPH_SECRET, subgraphTimeoutMs },
  );
  cleanups.push(running.close);
  const ask = async (caller: Caller, query = QUERY, authorization?: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authorization ?? `Bearer ${await signUserToken(caller, JWT_SECRET, '1h')}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, text: await response.text() };
  };
  const statuses = () => [...directory.state.seen, ...figures.state.seen].map((s) => s.status);
  const forget = () => {
    for (const s of [directory.state, figures.state]) {
      s.seen.length = 0;
      s.bodies.length = 0;
    }
  };
  return { gateway, directory, figures, ask, statuses, forget };
}

const leader: Caller = { sub: 'leader-1', role: Role.LEADER };
const otherLeader: Caller = { sub: 'leader-2', role: Role.LEADER };
const unitAdmin: Caller = { sub: 'ua-1', role: Role.UNIT_ADMIN, unitId: 'u1' };

describe('kept answers at the gateway', () => {
  it('give a repeated query its first answer, byte for byte, once each subgraph said 304 to the same calls under the new caller\'s credential', async () => {
    const t = await setUp();
    const first = await t.ask(leader);
    expect(JSON.parse(first.text).data.units).toEqual([{ id: 'u1', name: '一号单位', members: 10 }, { id: 'u2', name: '二号单位', members: 20 }]);
    expect(t.statuses()).toEqual([200, 200]);
    const sent = [t.directory.state.bodies[0], t.figures.state.bodies[0]];
    t.forget();
    // Another leader: the same scope, so the same kept answer, revalidated with that leader's credential.
    const again = await t.ask(otherLeader);
    expect(again).toEqual(first);
    expect(t.statuses()).toEqual([304, 304]);
    expect(t.directory.state.seen[0]!.ifNoneMatch).toBe('"v1-LEADER-"');
    // The very requests of the first execution, the figures' with the representations it was sent.
    expect([t.directory.state.bodies.at(-1), t.figures.state.bodies.at(-1)]).toEqual(sent);
    expect(sent[1]).toContain('"representations":[{"__typename":"Unit","id":"u1"}');
    expect(t.gateway.keptAnswers).toMatchObject({ kept: 1, answered: 1, stale: 0 });
  });

  it('execute the query again when a subgraph\'s part changed, and show the change, without sending again a call the revalidation heard', async () => {
    const t = await setUp();
    await t.ask(leader);
    t.figures.state.version = 2;
    t.forget();
    const after = JSON.parse((await t.ask(leader)).text);
    expect(after.data.units.map((u: { members: number }) => u.members)).toEqual([20, 40]);
    // The directory's part was unchanged (304), the figures' was not (its new answer in full): the
    // execution took the directory's kept answer and the figures' new one, and called neither again.
    expect(t.statuses()).toEqual([304, 200]);
    expect(t.gateway.subgraphFetches.replayed).toBe(2);
    expect(t.gateway.keptAnswers).toMatchObject({ answered: 0, stale: 1, kept: 2 });
    t.forget();
    expect(JSON.parse((await t.ask(leader)).text)).toEqual(after);
    expect(t.statuses()).toEqual([304, 304]);
  });

  it('hand the execution no answer the revalidation got untagged (perhaps a failure): that call is sent again', async () => {
    const t = await setUp();
    await t.ask(leader);
    t.figures.state.version = 2;
    t.figures.state.untagged = true;
    t.forget();
    const after = JSON.parse((await t.ask(leader)).text);
    expect(after.data.units.map((u: { members: number }) => u.members)).toEqual([20, 40]);
    // The directory's kept answer was taken; the figures' untagged answer was not, and was asked again.
    expect(t.statuses()).toEqual([304, 200, 200]);
    expect(t.gateway.subgraphFetches.replayed).toBe(1);
  });

  it('stop at the first call answered in full: a later call is not sent for a directory that changed', async () => {
    const t = await setUp();
    await t.ask(leader);
    await t.ask(leader, 'mutation { rename(id: "u2", name: "新名") { id } }');
    t.directory.state.version = 2;
    t.forget();
    const after = JSON.parse((await t.ask(leader)).text);
    expect(after.data.units[1]).toEqual({ id: 'u2', name: '新名', members: 20 });
    // Revalidation stopped at the directory's 200; the execution took that answer and called the figures.
    expect(t.directory.state.seen.map((s) => s.status)).toEqual([200]);
    expect(t.figures.state.seen.map((s) => s.ifNoneMatch)).toEqual([null]);
    expect(t.gateway.subgraphFetches.replayed).toBe(1);
  });

  it('keep answers apart by role and unit: a unit\'s admin never gets a leader\'s kept answer', async () => {
    const t = await setUp();
    await t.ask(leader);
    t.forget();
    await t.ask(unitAdmin);
    // Nothing was revalidated for the unit's admin: no kept answer of its scope yet.
    expect(t.directory.state.seen).toEqual([{ role: Role.UNIT_ADMIN, unitId: 'u1', ifNoneMatch: null, status: 200 }]);
    expect(t.gateway.keptAnswers).toMatchObject({ kept: 2, answered: 0 });
  });

  it('answer as always when a subgraph is down: its part fails, and no kept answer stands in for it', async () => {
    const t = await setUp();
    await t.ask(leader);
    t.figures.state.down = true;
    const answer = JSON.parse((await t.ask(leader)).text);
    expect(answer.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(t.gateway.keptAnswers).toMatchObject({ answered: 0, stale: 1 });
    t.figures.state.down = false;
    expect(JSON.parse((await t.ask(leader)).text).errors).toBeUndefined();
  });

  it('keep nothing of an answer a subgraph did not tag (or tagged weakly), with errors, or of a mutation', async () => {
    const t = await setUp();
    for (let i = 0; i < 2; i++) {
      await t.ask(leader, '{ untagged }');
      await t.ask(leader, 'mutation { rename(id: "u1", name: "一号单位") { id name } }');
      await t.ask(leader, '{ units { id name members } missing: untagged }');
      await t.ask(leader, '{ units { id } broken }');
    }
    expect(t.gateway.keptAnswers).toMatchObject({ kept: 0, answered: 0 });
    expect(t.statuses().every((s) => s === 200)).toBe(true);
  });

  it('never share a revalidation with an identical call of another request in flight, which gets an answer of its own', async () => {
    const t = await setUp();
    // Two requests of one caller whose first call is the same (the variable decides the second only).
    const query = 'query Units($members: Boolean!) { units { id name members @include(if: $members) } }';
    expect(JSON.parse((await t.ask(leader, query, undefined, { members: true })).text).errors).toBeUndefined();
    t.forget();
    t.directory.state.hold = true;
    const before = t.gateway.subgraphFetches.sent + t.gateway.subgraphFetches.shared;
    const repeat = t.ask(leader, query, undefined, { members: true });
    const other = t.ask(leader, query, undefined, { members: false });
    await expect.poll(() => t.gateway.subgraphFetches.sent + t.gateway.subgraphFetches.shared - before, { timeout: 5_000, interval: 10 }).toBe(2);
    release(t.directory.state);
    const [a, b] = await Promise.all([repeat, other]);
    expect(JSON.parse(b.text)).toEqual({ data: { units: [{ id: 'u1', name: '一号单位' }, { id: 'u2', name: '二号单位' }] } });
    expect(JSON.parse(a.text).data.units[1].members).toBe(20);
    expect(t.gateway.subgraphFetches.shared).toBe(0);
    expect(t.directory.state.seen.map((s) => s.ifNoneMatch === null)).toEqual(expect.arrayContaining([true, false]));
  });

  it('stop waiting for a revalidation that hangs and execute the request as always, long before the gateway\'s deadline', async () => {
    // A deadline the test would not outlive: the request must be executed after REVALIDATION_MS.
    const t = await setUp(60_000);
    await t.ask(leader);
    t.forget();
    t.figures.state.hold = true;
    const answer = t.ask(leader);
    // The revalidation's call, then the execution's own (no tag): sent while the first still hangs.
    await expect.poll(() => t.figures.state.seen.map((s) => s.ifNoneMatch), { timeout: 5_000, interval: 20 }).toEqual(['"v1-LEADER-"', null]);
    release(t.figures.state);
    expect(JSON.parse((await answer).text).data.units[0].members).toBe(10);
    expect(t.gateway.keptAnswers).toMatchObject({ answered: 0, stale: 1 });
    // Only the directory's 304 was heard before the figures' call hung: its kept answer was taken.
    expect(t.gateway.subgraphFetches.replayed).toBe(1);
  });

  it('refuse a caller whose token does not verify, whatever answer is kept', async () => {
    const t = await setUp();
    await t.ask(leader);
    const refused = await t.ask(leader, QUERY, 'Bearer not-a-token');
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(t.gateway.keptAnswers.answered).toBe(0);
  });
});
