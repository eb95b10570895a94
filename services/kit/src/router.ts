import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { InternalIdentity } from './auth.js';
import { DEV_JWT_SECRET, EnvironmentError, loadEnvironment } from './environment.js';
import { DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS, PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS, createIdentityVerifier, type IdentityOptions } from './identity.js';

/**
 * The second way into a subgraph, for a router that cannot sign our gateway's credential (Hive
 * Gateway, Apollo Router): it forwards the user's own token (`Authorization: Bearer …`) and this
 * header, a secret it shares with the subgraphs (ROUTER_SECRET). The subgraph then verifies the
 * user token itself, with the gateway's checks. The credential proves only that the call came
 * through the router: without a user token the caller is anonymous, so a leaked credential opens
 * nothing that the public cannot read.
 */
export const ROUTER_CREDENTIAL_HEADER = 'x-router-credential';
/** The client's address as the router saw it; believed only beside a valid router credential. */
export const ROUTER_FORWARDED_FOR_HEADER = 'x-forwarded-for';

export interface RouterTrustOptions extends IdentityOptions {
  routerSecret: string;
}

export interface RouterRequest {
  credential: string | undefined;
  authorization: string | undefined;
  forwardedFor: string | undefined;
}

/** Compares secrets in time that does not depend on where they differ (nor on their lengths). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The router appends the address it saw to whatever chain it received: the last entry is the one
 * no client can choose.
 */
function lastForwarded(forwardedFor: string | undefined): string | null {
  const last = forwardedFor?.split(',').pop()?.trim();
  return last ? last : null;
}

export function createRouterTrust(options: RouterTrustOptions): (request: RouterRequest) => Promise<InternalIdentity> {
  const verify = createIdentityVerifier(options);
  return async ({ credential, authorization, forwardedFor }) => {
    if (credential === undefined || !sameSecret(credential, options.routerSecret)) return { ok: false, reason: 'invalid router credential' };
    const identity = await verify(authorization);
    if (!identity.ok) return { ok: false, reason: `user token refused: ${identity.reason}` };
    return { ok: true, caller: identity.caller, clientAddress: lastForwarded(forwardedFor) };
  };
}

/**
 * How user tokens are verified (read by the gateway, and by subgraphs behind a router): HS256 with
 * JWT_SECRET, or RS256/ES256 against a JWKS, with the issuer, audience and longest lifetime given.
 */
export const userTokenEnvironment = z.object({
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Production identity providers publish keys: RS256 tokens are verified against this JWKS. */
  JWKS_URL: z.string().url().optional(),
  JWKS_FILE: z.string().optional(),
  /** Required `iss` and `aud` of user tokens, when set. */
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  /** Longest lifetime (exp − iat) of a user token, in hours; unset: 24 in production, 720 (30 days) in development. */
  JWT_MAX_LIFETIME_HOURS: z.coerce.number().positive().optional(),
});

/** A subgraph's variables for the router scheme: off unless ROUTER_SECRET is set. */
export const routerTrustEnvironment = userTokenEnvironment.extend({
  ROUTER_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type RouterTrustEnvironment = z.infer<typeof routerTrustEnvironment>;

/** The router scheme's options from parsed variables, or undefined when ROUTER_SECRET is unset. */
export function routerTrustFrom(values: RouterTrustEnvironment, production: boolean): RouterTrustOptions | undefined {
  if (!values.ROUTER_SECRET) return undefined;
  // Production verifies what its identity provider signs; the development key is for demos.
  if (production && !values.JWT_SECRET && !values.JWKS_URL && !values.JWKS_FILE) {
    throw new EnvironmentError(['ROUTER_SECRET: subgraphs behind a router verify user tokens themselves; set JWT_SECRET or JWKS_URL/JWKS_FILE as on the gateway']);
  }
  return {
    routerSecret: values.ROUTER_SECRET,
    jwtSecret: values.JWT_SECRET ?? DEV_JWT_SECRET,
    jwksUrl: values.JWKS_URL,
    jwksFile: values.JWKS_FILE,
    issuer: values.JWT_ISSUER,
    audience: values.JWT_AUDIENCE,
    maxLifetimeSeconds:
      values.JWT_MAX_LIFETIME_HOURS !== undefined ? Math.round(values.JWT_MAX_LIFETIME_HOURS * 3600) : production ? PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS : DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS,
  };
}

/** The router scheme as the environment configures it (ROUTER_SECRET, JWT_SECRET, JWKS_…). */
export function readRouterTrust(env: NodeJS.ProcessEnv = process.env, production = env.NODE_ENV === 'production'): RouterTrustOptions | undefined {
  return routerTrustFrom(loadEnvironment(routerTrustEnvironment, env), production);
}
