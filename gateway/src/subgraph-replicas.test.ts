import { buildSubgraphSchema } from '@apollo/subgraph';
import { Role } from '@sfxd/kit';
import { graphql, parse } from 'graphql';
import { SignJWT } from 'jose';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { composedGateway } from './testing.js';

// The gateway in front of several real HTTP processes of one subgraph, each counting what reaches it.
const JWT_SECRET = 'subgraph-replicas-test-jwt-secret-0123456789';
const SUBGRAPH_SECRET = 'subgraph-replicas-test-subgraph-secret-0123456789';

const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { units: [Unit!]! }
  type Mutation { renameUnit(id: ID!, name: String!): Unit! }
  type Unit @key(fields: "id") { id: ID! name: String! }
`;

async function subgraphProcess(name: string) {
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: {
      Query: { units: () => [{ id: 'u1', name }] },
      Mutation: { renameUnit: (_: unknown, args: { id: string; name: string }) => args },
    } as any,
  });
  const operations: string[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    operations.push(String(body.query).trimStart().split(/[\s({]/)[0]!);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(await graphql({ schema, source: body.query, variableValues: body.variables })));
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

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function gatewayOver(urls: string[], production = false) {
  const { gateway, running } = await composedGateway([{ name: 'units', urls, typeDefs: SDL }], { jwtSecret: JWT_SECRET, subgraphSecret: SUBGRAPH_SECRET, production });
  cleanups.push(running.close);
  const token = await new SignJWT({ role: Role.ADMIN }).setProtectedHeader({ alg: 'HS256' }).setSubject('admin-1').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(JWT_SECRET));
  const ask = async (query: string) => {
    const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  return { gateway, running, ask };
}

describe('several processes of one subgraph behind the gateway', () => {
  it('take the calls in turn, each answering its share', async () => {
    const [a, b] = [await subgraphProcess('甲'), await subgraphProcess('乙')];
    const { ask } = await gatewayOver([a.url, b.url]);
    const names: string[] = [];
    // One after another: identical queries in flight at once would share one call.
    for (let i = 0; i < 6; i += 1) names.push((await ask('{ units { name } }')).data.units[0].name);
    expect(a.operations).toHaveLength(3);
    expect(b.operations).toHaveLength(3);
    expect(names.sort()).toEqual(['乙', '乙', '乙', '甲', '甲', '甲']);
  });

  it('answer every query when one of them refuses connections, the refused calls sent to the next', async () => {
    const live = await subgraphProcess('甲');
    const { gateway, ask } = await gatewayOver([await refusingUrl(), live.url]);
    for (let i = 0; i < 4; i += 1) expect(await ask('{ units { name } }')).toEqual({ data: { units: [{ name: '甲' }] } });
    expect(live.operations).toHaveLength(4);
    expect(gateway.subgraphFetches.failedOver).toBe(2);
  });

  it('never send a mutation again to another process when the one it went to refused the connection', async () => {
    const live = await subgraphProcess('甲');
    const { gateway, ask } = await gatewayOver([await refusingUrl(), live.url]);
    // The first call of the turn goes to the first process: the refusing one.
    const refused = await ask('mutation { renameUnit(id: "u1", name: "新名") { name } }');
    expect(refused.data?.renameUnit ?? null).toBeNull();
    expect(refused.errors?.length).toBeGreaterThan(0);
    expect(live.operations).toEqual([]);
    expect(gateway.subgraphFetches.failedOver).toBe(0);
    // The next in turn is the live one: the mutation sent again by its caller lands there, once.
    expect((await ask('mutation { renameUnit(id: "u1", name: "新名") { name } }')).data).toEqual({ renameUnit: { name: '新名' } });
    expect(live.operations).toEqual(['mutation']);
  });
});

/** A load balancer in front of a subgraph with no process behind it: every call answers `status` with a page of its own. */
async function unavailableFront(status: number) {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(status, { 'content-type': 'text/html' }).end(`<html><body>${status} from the balancer at ${req.headers.host}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

describe('a subgraph, or the load balancer in front of it, saying it cannot answer now', () => {
  it.each([502, 503, 504])('with HTTP %i gives the caller SERVICE_UNAVAILABLE with reason UNAVAILABLE, naming no address in production', async (status) => {
    const url = await unavailableFront(status);
    const { ask } = await gatewayOver([url], true);
    const answer = await ask('{ units { name } }');
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'UNAVAILABLE' });
    expect(JSON.stringify(answer)).not.toContain(new URL(url).port);
    expect(JSON.stringify(answer)).not.toContain('balancer');
  });

  it('tells the caller of a mutation that its change was not confirmed, and sends it once', async () => {
    let calls = 0;
    const server = http.createServer((req, res) => {
      calls += 1;
      req.resume();
      res.writeHead(502).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { ask } = await gatewayOver([`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`]);
    const answer = await ask('mutation { renameUnit(id: "u1", name: "新名") { name } }');
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'UNAVAILABLE' });
    expect(answer.errors![0]!.message).toMatch(/not confirmed.*check before trying again/);
    expect(calls).toBe(1);
  });
});
