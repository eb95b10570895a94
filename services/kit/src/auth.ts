import { SignJWT, jwtVerify } from 'jose';
import { webcrypto } from 'node:crypto';

export enum Role {
  ADMIN = 'ADMIN',
  UNIT_ADMIN = 'UNIT_ADMIN',
  LEADER = 'LEADER',
  INTEGRATOR = 'INTEGRATOR',
}

export const ROLES = Object.values(Role) as Role[];

/** Who is calling. `null` in a context means an anonymous caller (public pages only). */
export interface Caller {
  sub: string;
  role: Role;
  unitId?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value);
}

/** Turns verified JWT claims into a caller, or explains why they are not one. */
export function callerFromClaims(claims: Record<string, unknown>): Caller | string {
  if (typeof claims.sub !== 'string' || !claims.sub) return 'token has no subject';
  if (!isRole(claims.role)) return 'token has no valid role';
  if (claims.role === Role.UNIT_ADMIN && (typeof claims.unitId !== 'string' || !claims.unitId)) {
    return 'a UNIT_ADMIN token must carry unitId';
  }
  return { sub: claims.sub, role: claims.role, ...(claims.role === Role.UNIT_ADMIN ? { unitId: claims.unitId as string } : {}) };
}

/**
 * The gateway tells subgraphs who is calling with a short-lived token signed with the
 * secret only the gateway and subgraphs share. A subgraph refuses any request without it,
 * so nothing reaches a subgraph except through the gateway's checks.
 */
export const INTERNAL_TOKEN_HEADER = 'x-gateway-token';
const ISSUER = 'sfxd-gateway';
const AUDIENCE = 'sfxd-subgraph';

const keys = new Map<string, Promise<webcrypto.CryptoKey>>();

/**
 * The HMAC key of a secret, imported once per process: jose imported the raw bytes again on every
 * sign and verify, which cost more than the HMAC itself. Non-extractable; only sign and verify.
 */
function key(secret: string): Promise<webcrypto.CryptoKey> {
  let found = keys.get(secret);
  if (!found) {
    found = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, found);
  }
  return found;
}

/** The gateway signs one credential per request; none may outlive a minute. */
export const MAX_INTERNAL_TOKEN_SECONDS = 60;
/** How far a signer's clock may run ahead of the verifier's. */
export const CLOCK_SKEW_SECONDS = 30;

export interface InternalTokenOptions {
  ttlSeconds?: number;
  /**
   * The address the request came from, as the gateway saw it (after its trusted proxies). Signed
   * with the identity so a subgraph can limit abuse per client (objections, ballot-code guessing)
   * without trusting a header any caller could set. Peer lookups between subgraphs carry none.
   */
  clientAddress?: string | null;
}

export async function signInternalToken(caller: Caller | null, secret: string, options: InternalTokenOptions = {}): Promise<string> {
  const identity = caller ? { role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) } : { anonymous: true };
  const jwt = new SignJWT({ ...identity, ...(options.clientAddress ? { client: options.clientAddress } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller?.sub ?? 'anonymous')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE);
  return withLifetime(jwt, options.ttlSeconds ?? MAX_INTERNAL_TOKEN_SECONDS).sign(await key(secret));
}

/**
 * `iat` and `exp` from one reading of the clock. jose's relative `setExpirationTime('60s')` reads
 * the clock again: a token signed across a second's boundary got exp − iat = ttl + 1, which a
 * verifier holding the lifetime to ttl refuses (a gateway credential now and then under load; CI met it).
 */
function withLifetime(jwt: SignJWT, ttlSeconds: number): SignJWT {
  const issuedAt = Math.floor(Date.now() / 1000);
  return jwt.setIssuedAt(issuedAt).setExpirationTime(issuedAt + ttlSeconds);
}

const TTL_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds in a lifetime written as jose's short forms are ("90s", "5m", "12h", "30d"), or a number of seconds. */
export function lifetimeSeconds(ttl: string | number): number {
  if (typeof ttl === 'number') return ttl;
  const match = /^(\d+)\s*([smhd])$/.exec(ttl.trim());
  if (!match) throw new TypeError(`token lifetime "${ttl}" is not a number followed by s, m, h or d`);
  return Number(match[1]) * TTL_UNITS[match[2]!]!;
}

export type InternalIdentity = { ok: true; caller: Caller | null; clientAddress: string | null } | { ok: false; reason: string };

/**
 * Why `iat`/`exp` make a token's life too long, or undefined when they do not: a lifetime
 * (exp − iat) over the maximum, or an `iat` in the future, which would stretch the real lifetime
 * past the maximum however short exp − iat looks.
 */
export function lifetimeProblem(payload: { iat?: number; exp?: number }, maxSeconds: number, now = Math.floor(Date.now() / 1000)): string | undefined {
  if (typeof payload.iat !== 'number' || typeof payload.exp !== 'number') return 'token must carry iat and exp';
  if (payload.iat > now + CLOCK_SKEW_SECONDS) return 'token is issued in the future';
  if (payload.exp - payload.iat > maxSeconds) return `token lifetime (exp - iat) is over the maximum of ${maxSeconds} s`;
  return undefined;
}

export async function verifyInternalToken(token: string | undefined, secret: string): Promise<InternalIdentity> {
  let verify = verifiers.get(secret);
  if (!verify) verifiers.set(secret, (verify = internalTokenVerifier(secret)));
  return verify(token);
}

const verifiers = new Map<string, (token: string | undefined) => Promise<InternalIdentity>>();

/** How many verified credentials a verifier remembers at most (one per caller and second signed, each for a minute at most). */
export const REMEMBERED_TOKENS_MAX = 5000;

export interface InternalTokenVerifierOptions {
  /** The clock, in milliseconds since the epoch: tests move it past a token's expiry. */
  now?: () => number;
  maxRemembered?: number;
}

/**
 * A verifier of the gateway's credentials that remembers the ones it accepted until they expire.
 * The gateway signs one credential per operation (the same string for the same caller within a
 * second), and every fetch of its plan to this subgraph carries it; checking each again cost
 * every request an HMAC. Only the exact string that verified is remembered: any other string (a
 * byte changed, another signature, audience or issuer) is verified in full, refusals are never
 * remembered, and a remembered one is refused from the second its `exp` says, as jose would.
 */
export function internalTokenVerifier(secret: string, options: InternalTokenVerifierOptions = {}): (token: string | undefined) => Promise<InternalIdentity> {
  const now = options.now ?? Date.now;
  const max = options.maxRemembered ?? REMEMBERED_TOKENS_MAX;
  const remembered = new Map<string, { identity: InternalIdentity; exp: number }>();
  const forgetExpired = (seconds: number) => {
    for (const [token, entry] of remembered) if (entry.exp <= seconds) remembered.delete(token);
  };
  return async (token) => {
    if (!token) return { ok: false, reason: 'missing gateway credential' };
    const seconds = Math.floor(now() / 1000);
    const found = remembered.get(token);
    if (found) {
      if (found.exp > seconds) return found.identity;
      remembered.delete(token);
      return { ok: false, reason: 'invalid gateway credential' };
    }
    try {
      // A credential without an expiry, or a long one, would be a standing pass if it ever leaked.
      const { payload } = await jwtVerify(token, await key(secret), {
        issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'iat'], currentDate: new Date(seconds * 1000),
      });
      const problem = lifetimeProblem(payload, MAX_INTERNAL_TOKEN_SECONDS, seconds);
      if (problem) return { ok: false, reason: `invalid gateway credential: ${problem}` };
      const clientAddress = typeof payload.client === 'string' && payload.client ? payload.client : null;
      let identity: InternalIdentity;
      if (payload.anonymous === true) identity = { ok: true, caller: null, clientAddress };
      else {
        const caller = callerFromClaims(payload);
        if (typeof caller === 'string') return { ok: false, reason: caller };
        identity = { ok: true, caller: Object.freeze(caller), clientAddress };
      }
      // Shared by every request that sends this credential: frozen, so none can change another's caller.
      Object.freeze(identity);
      if (remembered.size >= max) {
        forgetExpired(seconds);
        // Still full (a flood of distinct valid credentials): the oldest go first.
        for (const oldest of remembered.keys()) {
          if (remembered.size < max) break;
          remembered.delete(oldest);
        }
      }
      remembered.set(token, { identity, exp: payload.exp! });
      return identity;
    } catch {
      return { ok: false, reason: 'invalid gateway credential' };
    }
  };
}

/** Signs a user token as the development issuer does (HS256 with JWT_SECRET): demo sign-in and tests. */
export async function signUserToken(caller: Caller, secret: string, ttl: string | number = '12h'): Promise<string> {
  const jwt = new SignJWT({ role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(caller.sub);
  return withLifetime(jwt, lifetimeSeconds(ttl)).sign(await key(secret));
}
