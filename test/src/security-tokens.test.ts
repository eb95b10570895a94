import { PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS, createGateway, readGatewayEnvironment } from '@sfxd/gateway';
import { INTERNAL_TOKEN_HEADER, createLogger, signUserToken } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import { SignJWT } from 'jose';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_SECRET, LEADER, SUBGRAPH_SECRET, startTestPlatform, type TestPlatform } from './testkit.js';

/** How long a token may live, at the gateway (user tokens) and at the subgraphs (the gateway's credential). */

let platform: TestPlatform;
const now = () => Math.floor(Date.now() / 1000);
const DAY = 24 * 3600;
const PUBLIC = '{ units { id } }';

/** A token with exactly these `iat` and `exp` (either left out when undefined). */
function signed(claims: Record<string, unknown>, secret: string, times: { iat?: number; exp?: number }) {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' });
  if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

const userToken = (times: { iat?: number; exp?: number }, secret = JWT_SECRET) => signed({ sub: 'x', role: 'LEADER' }, secret, times);
const gatewayCredential = (times: { iat?: number; exp?: number }) =>
  signed({ sub: 'x', role: 'ADMIN', iss: 'sfxd-gateway', aud: 'sfxd-subgraph' }, SUBGRAPH_SECRET, times);

async function asUser(url: string, token: string, query = PUBLIC) {
  return postGraphQL(url, query, {}, { authorization: `Bearer ${token}` });
}

function expectRefused(res: { status: number; errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown }, reason?: RegExp) {
  expect(res.status).toBe(401);
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  if (reason) expect(res.errors?.[0]?.message).toMatch(reason);
  expect(res.data ?? null).toBeNull();
}

/** A POST whose Authorization header is sent exactly as given, which fetch would normalise. */
function postWithRawAuthorization(url: string, authorization: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query: PUBLIC });
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  platform = await startTestPlatform({ seed: { units: 2, membersPerUnit: 1 } });
});

afterAll(async () => {
  await platform?.dispose();
});

describe("the gateway's credential at a subgraph", () => {
  const sdl = (name: string, token: string) => postGraphQL(platform.subgraphs[name]!.url, '{ _service { sdl } }', {}, { [INTERNAL_TOKEN_HEADER]: token });

  it.each(['units', 'members'])('%s accepts one that lives a minute', async (name) => {
    const t = now();
    expect((await sdl(name, await gatewayCredential({ iat: t, exp: t + 60 }))).status).toBe(200);
  });

  it.each(['units', 'members'])('%s refuses one without an expiry, without an issue time, or living longer than a minute, with 401', async (name) => {
    const t = now();
    for (const times of [{ iat: t }, { exp: t + 30 }, { iat: t, exp: t + 61 }, { iat: t, exp: t + 3600 }, { iat: t + 3600, exp: t + 3630 }]) {
      const res = await sdl(name, await gatewayCredential(times));
      expect(res.status, JSON.stringify(times)).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('user tokens at a development gateway', () => {
  it('accept the 30 days of the demo sign-in tokens', async () => {
    const t = now();
    expect((await asUser(platform.gatewayUrl, await userToken({ iat: t, exp: t + 30 * DAY }))).status).toBe(200);
    expect((await asUser(platform.gatewayUrl, await signUserToken(LEADER, JWT_SECRET, '30d'))).status).toBe(200);
  });

  it('refuse a longer lifetime, a token without an issue time, and one issued in the future', async () => {
    const t = now();
    expectRefused(await asUser(platform.gatewayUrl, await userToken({ iat: t, exp: t + 30 * DAY + 1 })), /lifetime/);
    expectRefused(await asUser(platform.gatewayUrl, await userToken({ exp: t + 300 })));
    expectRefused(await asUser(platform.gatewayUrl, await userToken({ iat: t + 3600, exp: t + 3900 })), /future/);
  });
});

describe('user tokens at a production gateway', () => {
  const PROD_JWT_SECRET = 'test-production-jwt-secret-0123456789';
  const PROD_SUBGRAPH_SECRET = 'test-production-subgraph-secret-0123456789';
  const running: { url: string; close(): Promise<void> }[] = [];
  const productionGateway = async (maxTokenLifetimeSeconds?: number) => {
    const gateway = await createGateway({
      subgraphUrls: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.url])),
      jwtSecret: PROD_JWT_SECRET,
      subgraphSecret: PROD_SUBGRAPH_SECRET,
      production: true,
      maxTokenLifetimeSeconds,
      logger: createLogger('test', 'silent'),
    });
    const r = await gateway.listen(0);
    running.push(r);
    return r.url;
  };
  // Answered by the gateway itself: only the identity check decides the status.
  const TYPENAME = '{ __typename }';

  afterAll(async () => {
    for (const r of running) await r.close();
  });

  it('live 24 hours at most unless configured', async () => {
    const url = await productionGateway();
    const t = now();
    expect(PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS).toBe(DAY);
    const day = await asUser(url, await userToken({ iat: t, exp: t + DAY }, PROD_JWT_SECRET), TYPENAME);
    expect(day.status).toBe(200);
    expect(day.data).toEqual({ __typename: 'Query' });
    expectRefused(await asUser(url, await userToken({ iat: t, exp: t + DAY + 1 }, PROD_JWT_SECRET), TYPENAME), /lifetime/);
    expectRefused(await asUser(url, await userToken({ iat: t, exp: t + 30 * DAY }, PROD_JWT_SECRET), TYPENAME), /lifetime/);
  });

  it('live as long as the configured maximum', async () => {
    const url = await productionGateway(3600);
    const t = now();
    expect((await asUser(url, await userToken({ iat: t, exp: t + 3600 }, PROD_JWT_SECRET), TYPENAME)).status).toBe(200);
    expectRefused(await asUser(url, await userToken({ iat: t, exp: t + 7200 }, PROD_JWT_SECRET), TYPENAME), /lifetime/);
  });

  it('take the maximum from JWT_MAX_LIFETIME_HOURS', () => {
    const env = { NODE_ENV: 'production', JWT_SECRET: PROD_JWT_SECRET, SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET };
    expect(readGatewayEnvironment({ ...env, JWT_MAX_LIFETIME_HOURS: '8' }).JWT_MAX_LIFETIME_HOURS).toBe(8);
    expect(readGatewayEnvironment(env).JWT_MAX_LIFETIME_HOURS).toBeUndefined();
    expect(() => readGatewayEnvironment({ ...env, JWT_MAX_LIFETIME_HOURS: '0' })).toThrow(/JWT_MAX_LIFETIME_HOURS/);
  });
});

describe('an Authorization header without a token', () => {
  it('is refused with 401, empty or blank, never read as anonymous', async () => {
    for (const authorization of ['', ' ', '\t ']) {
      const res = await postWithRawAuthorization(platform.gatewayUrl, authorization);
      expect(res.status, JSON.stringify(authorization)).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.data ?? null).toBeNull();
    }
    expect((await postGraphQL(platform.gatewayUrl, PUBLIC)).status).toBe(200);
  });
});
