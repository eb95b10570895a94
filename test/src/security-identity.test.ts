import { createGateway } from '@sfxd/gateway';
import { Role, createLogger, signUserToken, type Caller } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_SECRET, LEADER, SUBGRAPH_SECRET, startTestPlatform, type TestPlatform } from './testkit.js';

/** User tokens at the gateway: what verifies, and everything that must not. */

let platform: TestPlatform;
let teamId: string;
const TEAM = 'query($id: ID!) { team(id: $id) { id } }';

const hs256 = (claims: Record<string, unknown>, secret = JWT_SECRET) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  if (!('exp' in claims)) jwt = jwt.setExpirationTime('5m');
  return jwt.sign(new TextEncoder().encode(secret));
};

async function asToken(url: string, token: string | null, query = TEAM) {
  return postGraphQL(url, query, { id: teamId }, token === null ? {} : { authorization: `Bearer ${token}` });
}

function expectRefused(res: Awaited<ReturnType<typeof asToken>>, reason?: RegExp) {
  expect(res.status).toBe(401);
  expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  if (reason) expect(res.errors?.[0]?.message).toMatch(reason);
  expect(res.data ?? null).toBeNull();
}

beforeAll(async () => {
  platform = await startTestPlatform({ seed: { units: 3, membersPerUnit: 2 } });
  teamId = platform.seeded!.teams[0]!.id;
});

afterAll(async () => {
  await platform?.dispose();
});

describe('HS256 tokens signed with JWT_SECRET (development)', () => {
  it('accepts a valid token', async () => {
    const res = await asToken(platform.gatewayUrl, await signUserToken(LEADER, JWT_SECRET));
    expect(res.status).toBe(200);
    expect(res.data.team).toEqual({ id: teamId });
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    expectRefused(await asToken(platform.gatewayUrl, await hs256({ sub: 'x', role: 'LEADER', iat: now - 7200, exp: now - 3600 })), /expired/);
  });

  it('refuses a token signed with another secret', async () => {
    expectRefused(await asToken(platform.gatewayUrl, await hs256({ sub: 'x', role: 'ADMIN' }, 'another-secret-of-enough-length')));
  });

  it('refuses a token without a role, with an unknown role, or without a subject', async () => {
    expectRefused(await asToken(platform.gatewayUrl, await hs256({ sub: 'x' })), /role/);
    expectRefused(await asToken(platform.gatewayUrl, await hs256({ sub: 'x', role: 'ROOT' })), /role/);
    expectRefused(await asToken(platform.gatewayUrl, await hs256({ role: 'ADMIN' })), /subject/);
  });

  it('refuses a UNIT_ADMIN token without unitId', async () => {
    expectRefused(await asToken(platform.gatewayUrl, await hs256({ sub: 'x', role: Role.UNIT_ADMIN })), /unitId/);
  });

  it('refuses a token without an expiry', async () => {
    const forever = await new SignJWT({ sub: 'x', role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(JWT_SECRET));
    expectRefused(await asToken(platform.gatewayUrl, forever));
  });

  it('refuses an unsigned token and a header that is not a bearer token', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'x', role: 'ADMIN', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url');
    expectRefused(await asToken(platform.gatewayUrl, `${header}.${body}.`));
    const basic = await postGraphQL(platform.gatewayUrl, TEAM, { id: teamId }, { authorization: 'Basic YWRtaW46YWRtaW4=' });
    expectRefused(basic);
  });

  it('never treats a refused token as anonymous, even for the public directory', async () => {
    expectRefused(await asToken(platform.gatewayUrl, 'not.a.token', '{ units { id } }'));
    expect((await asToken(platform.gatewayUrl, null, '{ units { id } }')).status).toBe(200);
  });
});

describe('RS256 tokens verified against a JWKS file (production identity)', () => {
  let dir: string;
  let url: string;
  let close: () => Promise<void>;
  let privateKey: CryptoKey;
  let strangerKey: CryptoKey;

  const rs256 = (caller: Caller, key: CryptoKey, kid = 'sfxd-test-1') =>
    new SignJWT({ role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject(caller.sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'sfxd-test-1', alg: 'RS256', use: 'sig' };
    dir = mkdtempSync(path.join(tmpdir(), 'sfxd-jwks-'));
    const jwksFile = path.join(dir, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    const gateway = await createGateway({
      subgraphUrls: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.url])),
      jwtSecret: JWT_SECRET,
      jwksFile,
      subgraphSecret: SUBGRAPH_SECRET,
      logger: createLogger('test', 'silent'),
    });
    const running = await gateway.listen(0);
    url = running.url;
    close = running.close;
  });

  afterAll(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a token signed with a key of the set', async () => {
    const res = await asToken(url, await rs256(LEADER, privateKey));
    expect(res.status).toBe(200);
    expect(res.data.team).toEqual({ id: teamId });
  });

  it('refuses the development HS256 token once a key set is configured', async () => {
    expectRefused(await asToken(url, await signUserToken(LEADER, JWT_SECRET)));
  });

  it('refuses a token signed with a key outside the set, under a known or an unknown key id', async () => {
    expectRefused(await asToken(url, await rs256(LEADER, strangerKey)));
    expectRefused(await asToken(url, await rs256(LEADER, strangerKey, 'someone-else')));
  });

  it('still checks the claims: a UNIT_ADMIN token without unitId is refused', async () => {
    expectRefused(await asToken(url, await rs256({ sub: 'x', role: Role.UNIT_ADMIN }, privateKey)), /unitId/);
  });

  it('requires the configured issuer and audience, so a key set shared with other systems cannot sign for this one', async () => {
    const gateway = await createGateway({
      subgraphUrls: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.url])),
      jwtSecret: JWT_SECRET,
      jwksFile: path.join(dir, 'jwks.json'),
      jwtIssuer: 'bazhong-identity',
      jwtAudience: 'sfxd-platform',
      subgraphSecret: SUBGRAPH_SECRET,
      logger: createLogger('test', 'silent'),
    });
    const strict = await gateway.listen(0);
    try {
      const token = (iss?: string, aud?: string) => {
        const jwt = new SignJWT({ role: LEADER.role }).setProtectedHeader({ alg: 'RS256', kid: 'sfxd-test-1' }).setSubject(LEADER.sub).setIssuedAt().setExpirationTime('5m');
        if (iss) jwt.setIssuer(iss);
        if (aud) jwt.setAudience(aud);
        return jwt.sign(privateKey);
      };
      expect((await asToken(strict.url, await token('bazhong-identity', 'sfxd-platform'))).status).toBe(200);
      expectRefused(await asToken(strict.url, await token()));
      expectRefused(await asToken(strict.url, await token('bazhong-identity', 'another-system')));
      expectRefused(await asToken(strict.url, await token('someone-else', 'sfxd-platform')));
    } finally {
      await strict.close();
    }
  });
});
