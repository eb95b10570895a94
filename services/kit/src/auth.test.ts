import { SignJWT, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { MAX_INTERNAL_TOKEN_SECONDS, Role, internalTokenVerifier, lifetimeSeconds, signInternalToken, signUserToken, verifyInternalToken, type InternalIdentity } from './auth.js';

const SECRET = 'auth-test-subgraph-secret-0123456789';
const LEADER = { sub: 'leader-1', role: Role.LEADER };

/** A clock the test moves by hand, starting now (the tokens are signed with the real one). */
function handClock() {
  let ms = Date.now();
  return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000) };
}

/** The same claims the gateway signs, with one of them changed. */
function signedLike(overrides: { issuer?: string; audience?: string; secret?: string; ttlSeconds?: number }) {
  // One reading of the clock, as the gateway's signer does (a second turning between two gave 61 s).
  const iat = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: Role.ADMIN })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone')
    .setIssuer(overrides.issuer ?? 'sfxd-gateway')
    .setAudience(overrides.audience ?? 'sfxd-subgraph')
    .setIssuedAt(iat)
    .setExpirationTime(iat + (overrides.ttlSeconds ?? 60))
    .sign(new TextEncoder().encode(overrides.secret ?? SECRET));
}

/** The token with one character of its payload replaced, its signature kept. */
function tampered(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const i = Math.floor(payload.length / 2);
  const swapped = payload[i] === 'A' ? 'B' : 'A';
  return [header, payload.slice(0, i) + swapped + payload.slice(i + 1), signature].join('.');
}

const refused = (identity: InternalIdentity) => expect(identity.ok).toBe(false);

describe('the subgraph’s check of the gateway credential', () => {
  it('remembers a credential it accepted: the same string answers the same identity without a second verification', async () => {
    const verify = internalTokenVerifier(SECRET);
    const token = await signInternalToken(LEADER, SECRET, { clientAddress: '203.0.113.9' });
    const first = await verify(token);
    expect(first).toEqual({ ok: true, caller: LEADER, clientAddress: '203.0.113.9' });
    expect(await verify(token)).toBe(first);
  });

  it('shares a remembered identity frozen, so that no request can change the caller of another', async () => {
    const verify = internalTokenVerifier(SECRET);
    const identity = await verify(await signInternalToken(LEADER, SECRET));
    if (!identity.ok || !identity.caller) throw new Error('not accepted');
    expect(Object.isFrozen(identity)).toBe(true);
    expect(Object.isFrozen(identity.caller)).toBe(true);
  });

  it('still refuses a tampered credential after the genuine one was accepted and remembered', async () => {
    const verify = internalTokenVerifier(SECRET);
    const token = await signInternalToken(LEADER, SECRET);
    expect((await verify(token)).ok).toBe(true);
    refused(await verify(tampered(token)));
    const [header, payload] = token.split('.');
    refused(await verify(`${header}.${payload}.${'A'.repeat(43)}`));
    refused(await verify(`${header}.${payload}.`));
    expect((await verify(token)).ok).toBe(true);
  });

  it('refuses a remembered credential from the second it expires', async () => {
    const clock = handClock();
    const verify = internalTokenVerifier(SECRET, { now: clock.now });
    const token = await signInternalToken(LEADER, SECRET, { ttlSeconds: 5 });
    expect((await verify(token)).ok).toBe(true);
    clock.advance(2);
    expect((await verify(token)).ok).toBe(true);
    clock.advance(4);
    refused(await verify(token));
    // Forgotten and verified afresh: jose's own expiry check refuses it too.
    refused(await verify(token));
  });

  it('refuses a credential that expired before it was first seen', async () => {
    const token = await signInternalToken(LEADER, SECRET, { ttlSeconds: 5 });
    // From the second it was signed, however long signing took.
    const verify = internalTokenVerifier(SECRET, { now: () => (decodeJwt(token).iat! + 6) * 1000 });
    refused(await verify(token));
  });

  it('refuses another audience, another issuer, another secret or too long a lifetime while valid credentials are remembered', async () => {
    const verify = internalTokenVerifier(SECRET);
    expect((await verify(await signInternalToken(LEADER, SECRET))).ok).toBe(true);
    expect((await verify(await signedLike({}))).ok).toBe(true);
    refused(await verify(await signedLike({ audience: 'another-audience' })));
    refused(await verify(await signedLike({ issuer: 'another-issuer' })));
    refused(await verify(await signedLike({ secret: 'another-secret-0123456789-abcdef' })));
    refused(await verify(await signedLike({ ttlSeconds: 3600 })));
    refused(await verify(undefined));
    refused(await verify(''));
  });

  it('keeps no more credentials than its maximum, and verifies a forgotten one in full again', async () => {
    const clock = handClock();
    const verify = internalTokenVerifier(SECRET, { now: clock.now, maxRemembered: 2 });
    const tokens = await Promise.all(['a', 'b', 'c'].map((sub) => signInternalToken({ sub, role: Role.LEADER }, SECRET)));
    const identities = [];
    for (const token of tokens) identities.push(await verify(token));
    // The oldest was forgotten to make room: a new identity, verified again, still accepted.
    const again = await verify(tokens[0]);
    expect(again).toEqual(identities[0]);
    expect(again).not.toBe(identities[0]);
  });

  it('answers through verifyInternalToken as through a verifier of the same secret', async () => {
    const token = await signInternalToken(null, SECRET);
    expect(await verifyInternalToken(token, SECRET)).toEqual({ ok: true, caller: null, clientAddress: null });
    refused(await verifyInternalToken(token, 'another-secret-0123456789-abcdef'));
    refused(await verifyInternalToken(tampered(token), SECRET));
  });
});

/**
 * Runs `sign` with the process's clock 1 ms before the end of a second and moving 1 ms each time
 * it is read (Date.now() or new Date()), as a busy machine's clock may turn between two readings.
 */
async function signedAsTheSecondTurns(sign: () => Promise<string>): Promise<string> {
  const RealDate = Date;
  let ms = (Math.floor(RealDate.now() / 1000) + 1) * 1000 - 1;
  class TurningDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(ms++);
      else super(...(args as [number]));
    }
    static override now() {
      return ms++;
    }
  }
  globalThis.Date = TurningDate as DateConstructor;
  try {
    return await sign();
  } finally {
    globalThis.Date = RealDate;
  }
}

describe('the lifetime a signer gives its tokens', () => {
  it('is exactly the lifetime asked even when the clock turns a second while signing, so the subgraph accepts the credential', async () => {
    const token = await signedAsTheSecondTurns(() => signInternalToken(LEADER, SECRET));
    const { iat, exp } = decodeJwt(token);
    expect(exp! - iat!).toBe(MAX_INTERNAL_TOKEN_SECONDS);
    expect((await internalTokenVerifier(SECRET)(token)).ok).toBe(true);
  });

  it('gives a user token the lifetime written as "30d" to the second, the longest a development gateway accepts', async () => {
    const { iat, exp } = decodeJwt(await signedAsTheSecondTurns(() => signUserToken(LEADER, SECRET, '30d')));
    expect(exp! - iat!).toBe(720 * 3600);
  });

  it('reads jose’s short forms and refuses a lifetime it cannot read instead of guessing', () => {
    expect([lifetimeSeconds('90s'), lifetimeSeconds('5m'), lifetimeSeconds('12h'), lifetimeSeconds('2d'), lifetimeSeconds(7)]).toEqual([90, 300, 43_200, 172_800, 7]);
    expect(() => lifetimeSeconds('12 hours')).toThrow(/not a number followed by/);
    expect(() => lifetimeSeconds('')).toThrow(/not a number followed by/);
  });
});
