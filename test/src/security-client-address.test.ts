import { createGateway } from '@sfxd/gateway';
import { INTERNAL_TOKEN_HEADER, createLogger, verifyInternalToken } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_SECRET, SUBGRAPH_SECRET } from './testkit.js';

/**
 * Per-client limits in the subgraphs (objections, ballot-code guessing) rest on the address the
 * gateway signs into its credential: a caller must not be able to choose it.
 */

// A stand-in for every subgraph that keeps the credentials it receives.
let subgraph: http.Server;
let subgraphUrl: string;
const credentials: (string | undefined)[] = [];

beforeAll(async () => {
  subgraph = http.createServer((req, res) => {
    credentials.push(req.headers[INTERNAL_TOKEN_HEADER] as string | undefined);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { industries: [] } }));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => subgraph?.close(resolve));
});

async function addressSeenBehind(trustProxy: string | undefined, headers: Record<string, string>) {
  const gateway = await createGateway({
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrl])),
    jwtSecret: JWT_SECRET,
    subgraphSecret: SUBGRAPH_SECRET,
    ...(trustProxy === undefined ? {} : { trustProxy }),
    logger: createLogger('gateway', 'silent'),
  });
  const { url, close } = await gateway.listen(0);
  try {
    credentials.length = 0;
    const res = await postGraphQL(url, '{ industries { id } }', {}, headers);
    expect(res.errors).toBeUndefined();
    expect(credentials).toHaveLength(1);
    const identity = await verifyInternalToken(credentials[0], SUBGRAPH_SECRET);
    if (!identity.ok) throw new Error(identity.reason);
    return identity.clientAddress;
  } finally {
    await close();
  }
}

describe('the client address the gateway tells the subgraphs', () => {
  it('is the connection’s address when no proxy header is sent', async () => {
    expect(await addressSeenBehind(undefined, {})).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('is the forwarded address when the hop before is the dashboard’s server on this machine', async () => {
    expect(await addressSeenBehind(undefined, { 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For from a hop the gateway was not told to trust', async () => {
    expect(await addressSeenBehind('10.9.8.7', { 'x-forwarded-for': '203.0.113.7' })).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('cannot be set by a caller through the credential header itself', async () => {
    // A caller's own x-gateway-token is replaced by the gateway's, so a forged address never reaches a subgraph.
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnQiOiIxLjIuMy40In0.x';
    expect(await addressSeenBehind('10.9.8.7', { [INTERNAL_TOKEN_HEADER]: forged })).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});
