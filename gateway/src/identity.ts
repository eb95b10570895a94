import { callerFromClaims, type Caller } from '@sfxd/kit';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { readFileSync } from 'node:fs';

export interface IdentityOptions {
  jwtSecret: string;
  jwksUrl?: string;
  jwksFile?: string;
  /** When set, tokens must name this issuer (`iss`) and this audience (`aud`): a key set shared with other systems then cannot sign for them. */
  issuer?: string;
  audience?: string;
}

export type Identity = { ok: true; caller: Caller | null } | { ok: false; reason: string };

/**
 * Reads `Authorization: Bearer …`. No header: an anonymous caller (public pages only).
 * A header that does not verify is refused, never downgraded to anonymous.
 */
export function createIdentityVerifier(options: IdentityOptions): (authorization: string | undefined) => Promise<Identity> {
  const hsKey = new TextEncoder().encode(options.jwtSecret);
  let jwks: JWTVerifyGetKey | undefined;
  if (options.jwksFile) jwks = createLocalJWKSet(JSON.parse(readFileSync(options.jwksFile, 'utf8')));
  else if (options.jwksUrl) jwks = createRemoteJWKSet(new URL(options.jwksUrl));

  return async (authorization) => {
    if (!authorization) return { ok: true, caller: null };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return { ok: false, reason: 'Authorization must be "Bearer <token>"' };
    const token = match[1]!;
    try {
      // A token without an expiry would stay valid forever once leaked; the issuer must set one.
      const claims = { requiredClaims: ['exp'], issuer: options.issuer, audience: options.audience };
      const { payload } = jwks
        ? await jwtVerify(token, jwks, { algorithms: ['RS256', 'ES256'], ...claims })
        : await jwtVerify(token, hsKey, { algorithms: ['HS256'], ...claims });
      const caller = callerFromClaims(payload);
      return typeof caller === 'string' ? { ok: false, reason: caller } : { ok: true, caller };
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      return { ok: false, reason: expired ? 'token expired' : 'token is not valid' };
    }
  };
}
