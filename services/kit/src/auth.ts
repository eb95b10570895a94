import { SignJWT, jwtVerify } from 'jose';

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

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signInternalToken(caller: Caller | null, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT(caller ? { role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) } : { anonymous: true })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller?.sub ?? 'anonymous')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

export type InternalIdentity = { ok: true; caller: Caller | null } | { ok: false; reason: string };

export async function verifyInternalToken(token: string | undefined, secret: string): Promise<InternalIdentity> {
  if (!token) return { ok: false, reason: 'missing gateway credential' };
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    if (payload.anonymous === true) return { ok: true, caller: null };
    const caller = callerFromClaims(payload);
    return typeof caller === 'string' ? { ok: false, reason: caller } : { ok: true, caller };
  } catch {
    return { ok: false, reason: 'invalid gateway credential' };
  }
}

/** Signs a user token as the development issuer does (HS256 with JWT_SECRET): demo sign-in and tests. */
export async function signUserToken(caller: Caller, secret: string, ttl = '12h'): Promise<string> {
  return new SignJWT({ role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(caller.sub)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}
