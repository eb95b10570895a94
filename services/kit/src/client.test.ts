import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { Role } from './auth.js';
import { subgraphClient } from './client.js';

// A subgraph's calls to another, against real HTTP servers standing for the peer's processes.
const SECRET = 'client-test-subgraph-secret-0123456789abcdef';
const leader = { sub: 'l', role: Role.LEADER };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A peer process answering every call with `answer` (a GraphQL body, or a bare HTTP status), counting the operations it got. */
async function peer(answer: (operation: string) => { status?: number; body?: unknown } | 'hang') {
  const operations: string[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const operation = String(JSON.parse(Buffer.concat(chunks).toString('utf8')).query);
    operations.push(operation.trimStart().split(/[\s({]/)[0]!);
    const reply = answer(operation);
    if (reply === 'hang') return;
    res.statusCode = reply.status ?? 200;
    if (reply.body !== undefined) res.setHeader('content-type', 'application/json');
    res.end(reply.body === undefined ? '<html>Service Unavailable</html>' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, operations };
}

/** An address where nothing listens: a port taken and let go. */
async function refusingUrl(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected the call to fail'); }, (error: GraphQLError) => error);
const ok = () => ({ body: { data: { units: [{ id: 'u1' }] } } });

describe('a subgraph asking a peer', () => {
  it('spreads its queries over every URL of the list and skips one that refuses the connection', async () => {
    const live = await peer(ok);
    const client = subgraphClient('units', [await refusingUrl(), live.url], SECRET);
    for (let i = 0; i < 4; i += 1) expect(await client.query(leader, 'query Q { units { id } }')).toEqual({ units: [{ id: 'u1' }] });
    expect(live.operations).toHaveLength(4);
  });

  it('takes turns between live processes of the peer', async () => {
    const [a, b] = [await peer(ok), await peer(ok)];
    const client = subgraphClient('units', [a.url, b.url], SECRET);
    for (let i = 0; i < 4; i += 1) await client.query(leader, 'query Q { units { id } }');
    expect([a.operations.length, b.operations.length]).toEqual([2, 2]);
  });

  it('never sends a mutation to another address, even when the first one refused the connection', async () => {
    const live = await peer(() => ({ body: { data: { renameUnit: { id: 'u1' } } } }));
    const client = subgraphClient('units', [await refusingUrl(), live.url], SECRET);
    const error = await failure(client.query(leader, 'mutation M { renameUnit(id: "u1") { id } }'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'UNREACHABLE' });
    expect(live.operations).toEqual([]);
  });

  it('answers SERVICE_UNAVAILABLE with reason UNREACHABLE when no process of the peer listens', async () => {
    const error = await failure(subgraphClient('members', await refusingUrl(), SECRET).query(leader, '{ members { id } }'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'UNREACHABLE', subgraph: 'members' });
  });

  it('answers SERVICE_UNAVAILABLE with reason TIMEOUT when the peer does not answer within the deadline', async () => {
    const hung = await peer(() => 'hang');
    const error = await failure(subgraphClient('members', hung.url, SECRET, { timeoutMs: 300 }).query(leader, '{ members { id } }'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT' });
  });

  it.each([502, 503, 504])('answers SERVICE_UNAVAILABLE with reason UNAVAILABLE when the peer or a proxy before it answers HTTP %i', async (status) => {
    const front = await peer(() => ({ status }));
    const error = await failure(subgraphClient('members', front.url, SECRET).query(leader, '{ members { id } }'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'UNAVAILABLE' });
  });

  it('names neither the peer nor its address in production', async () => {
    const url = await refusingUrl();
    const error = await failure(subgraphClient('members', url, SECRET, { production: true }).query(leader, '{ members { id } }'));
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'UNREACHABLE' });
    expect(error.message).not.toContain('members');
    expect(error.message).not.toContain(new URL(url).port);
  });

  it('passes on a refusal the caller can act on with its code, and keeps any other error of the peer internal', async () => {
    const refusing = await peer((operation) =>
      operation.includes('secret')
        ? { body: { errors: [{ message: 'You are not allowed to do this', extensions: { code: 'FORBIDDEN', stacktrace: ['at peer'] } }], data: null } }
        : { status: 400, body: { errors: [{ message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] } },
    );
    const client = subgraphClient('members', refusing.url, SECRET);
    const forbidden = await failure(client.query(leader, '{ secret }'));
    expect(forbidden.message).toBe('You are not allowed to do this');
    expect(forbidden.extensions).toEqual({ code: 'FORBIDDEN' });
    const invalid = await failure(client.query(leader, '{ nope }'));
    expect(invalid.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
