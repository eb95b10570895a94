import { callerFromClaims, lifetimeProblem, type Caller } from './auth.js';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { readFileSync } from 'node:fs';

/** Production: a user token lives a working day at most, unless the operator sets another maximum. */
export const PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/** Development: the demo sign-in tokens `npm start` prints are valid 30 days. */
export const DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

export interface IdentityOptions {
  jwtSecret: string;
  jwksUrl?: string;
  jwksFile?: string;
  /** When set, tokens must name this issuer (`iss`) and this audience (`aud`): a key set shared with other systems then cannot sign for them. */
  issuer?: string;
  audience?: string;
  /** Longest lifetime (exp − iat) of a user token; longer ones are refused. */
  maxLifetimeSeconds: number;
}

export type Identity = { ok: true; caller: Caller | null } | { ok: false; reason: string };

/**
 * Reads `Authorization: Bearer …`. No header: an anonymous caller (public pages only).
 * A header that does not verify is refused, never downgraded to anonymous; an empty or blank one
 * is such a header (a client that meant to send a token and sent nothing has a bug to see).
 */
export function createIdentityVerifier(options: IdentityOptions): (authorization: string | undefined) => Promise<Identity> {
  const hsKey = new TextEncoder().encode(options.jwtSecret);
  let jwks: JWTVerifyGetKey | undefined;
  if (options.jwksFile) jwks = createLocalJWKSet(JSON.parse(readFileSync(options.jwksFile, 'utf8')));
  else if (options.jwksUrl) jwks = createRemoteJWKSet(new URL(options.jwksUrl));

  return async (authorization) => {
    if (authorization === undefined) return { ok: true, caller: null };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return { ok: false, reason: 'Authorization must be "Bearer <token>"' };
    const token = match[1]!;
    try {
      // A token without an expiry would stay valid forever once leaked, and one issued for months
      // nearly so: the issuer must say when it was issued and when it ends.
      const claims = { requiredClaims: ['exp', 'iat'], issuer: options.issuer, audience: options.audience };
      const { payload } = jwks
        ? await jwtVerify(token, jwks, { algorithms: ['RS256', 'ES256'], ...claims })
        : await jwtVerify(token, hsKey, { algorithms: ['HS256'], ...claims });
      const problem = lifetimeProblem(payload, options.maxLifetimeSeconds);
      if (problem) return { ok: false, reason: problem };
      const caller = callerFromClaims(payload);
      return typeof caller === 'string' ? { ok: false, reason: caller } : { ok: true, caller };
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      return { ok: false, reason: expired ? 'token expired' : 'token is not valid' };
    }
  };
}
