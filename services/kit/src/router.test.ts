import { describe, expect, it } from 'vitest';
import { Role, signUserToken } from './auth.js';
import { DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS } from './identity.js';
import { EnvironmentError, assertProductionSecrets } from './environment.js';
import { createRouterTrust, readRouterTrust, sameSecret } from './router.js';

const JWT = 'router-test-jwt-secret-0123456789';
const ROUTER = 'router-test-router-secret-0123456789';
const trust = createRouterTrust({ routerSecret: ROUTER, jwtSecret: JWT, maxLifetimeSeconds: DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS });

describe('the router trust scheme of the subgraphs', () => {
  it('takes the caller from the user token the router forwards, and the client address from the last forwarded hop', async () => {
    const token = await signUserToken({ sub: 'u1', role: Role.UNIT_ADMIN, unitId: 'unit-1' }, JWT);
    const identity = await trust({ credential: ROUTER, authorization: `Bearer ${token}`, forwardedFor: '198.51.100.7, 203.0.113.9' });
    expect(identity).toEqual({ ok: true, caller: { sub: 'u1', role: Role.UNIT_ADMIN, unitId: 'unit-1' }, clientAddress: '203.0.113.9' });
  });

  it('makes the router credential alone an anonymous caller, never a signed-in one', async () => {
    expect(await trust({ credential: ROUTER, authorization: undefined, forwardedFor: undefined })).toEqual({ ok: true, caller: null, clientAddress: null });
  });

  it('refuses a wrong or missing credential before it looks at the token or the forwarded address', async () => {
    const token = await signUserToken({ sub: 'a', role: Role.ADMIN }, JWT);
    for (const credential of [undefined, '', `${ROUTER}x`, ROUTER.slice(0, -1)]) {
      const identity = await trust({ credential, authorization: `Bearer ${token}`, forwardedFor: '203.0.113.9' });
      expect(identity.ok).toBe(false);
    }
  });

  it('refuses a forged user token rather than passing it on as anonymous', async () => {
    const forged = await signUserToken({ sub: 'a', role: Role.ADMIN }, 'some-other-secret-0123456789');
    const identity = await trust({ credential: ROUTER, authorization: `Bearer ${forged}`, forwardedFor: undefined });
    expect(identity).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid/) });
  });

  it('compares secrets of any length without throwing', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });

  it('is off unless ROUTER_SECRET is set, and refuses a weak one in production', () => {
    expect(readRouterTrust({})).toBeUndefined();
    expect(readRouterTrust({ ROUTER_SECRET: ROUTER, JWT_SECRET: JWT })?.routerSecret).toBe(ROUTER);
    expect(() => readRouterTrust({ ROUTER_SECRET: ROUTER, NODE_ENV: 'production' })).toThrow(EnvironmentError);
    const production = { NODE_ENV: 'production', SUBGRAPH_SECRET: 's'.repeat(40), JWT_SECRET: 'j'.repeat(40) };
    expect(() => assertProductionSecrets({ ...production, ROUTER_SECRET: 'short-router-secret!' })).toThrow(/at least 32/);
    expect(() => assertProductionSecrets({ ...production, ROUTER_SECRET: 's'.repeat(40) })).toThrow(/must differ/);
    expect(() => assertProductionSecrets({ ...production, ROUTER_SECRET: 'r'.repeat(40) })).not.toThrow();
  });
});
