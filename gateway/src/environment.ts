import { DEV_JWT_SECRET, baseEnvironment, loadEnvironment, port, subgraphUrlList, urlVariable } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { z } from 'zod';

/** Abuse limits (see limits.ts); unset keeps the defaults documented in docs/integrators.md §5. */
export const limitsEnvironment = z.object({
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().optional(),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().nonnegative().optional(),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().nonnegative().optional(),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().optional(),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().optional(),
});

/**
 * Who may use the gateway how: read by the gateway's own entry point; `npm start` spreads the same
 * shape into its environment and passes `accessFromEnvironment(env)` to the gateway.
 */
export const accessEnvironment = z.object({
  /** Serve GraphiQL to browsers; unset: on in development, off in production. */
  GRAPHIQL: z.stringbool().optional(),
  /** Longest lifetime (exp − iat) of a user token, in hours; unset: 24 in production, 720 (30 days) in development. */
  JWT_MAX_LIFETIME_HOURS: z.coerce.number().positive().optional(),
});

export function accessFromEnvironment(env: { GRAPHIQL?: boolean; JWT_MAX_LIFETIME_HOURS?: number }): { graphiql?: boolean; maxTokenLifetimeSeconds?: number } {
  return {
    ...(env.GRAPHIQL !== undefined ? { graphiql: env.GRAPHIQL } : {}),
    ...(env.JWT_MAX_LIFETIME_HOURS !== undefined ? { maxTokenLifetimeSeconds: Math.round(env.JWT_MAX_LIFETIME_HOURS * 3600) } : {}),
  };
}

export const gatewayEnvironment = baseEnvironment.extend({
  GATEWAY_PORT: port(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
  /** Production identity providers publish keys: RS256 tokens are verified against this JWKS. */
  JWKS_URL: z.string().url().optional(),
  JWKS_FILE: z.string().optional(),
  /** Required `iss` and `aud` of user tokens, when set. */
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  // Override the URLs composed into the supergraph (where each subgraph runs in this deployment):
  // `MEMBERS_URL=http://a:4002/graphql,http://b:4002/graphql` names several processes of one subgraph.
  ...Object.fromEntries(SUBGRAPHS.map((s) => [urlVariable(s.name), subgraphUrlList.optional()])),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Memory the gateway's kept whole answers may take at most, in MB; 0 keeps none. */
  KEPT_ANSWERS_MB: z.coerce.number().int().min(0).default(192),
  CORS_ORIGINS: z.string().default('http://localhost:8080,http://127.0.0.1:8080'),
  SUPERGRAPH_PATH: z.string().optional(),
  /** Proxies whose X-Forwarded-For the gateway believes (Express `trust proxy`): the dashboard's server on this machine by default. */
  TRUST_PROXY: z.string().default('loopback'),
  ...limitsEnvironment.shape,
  ...accessEnvironment.shape,
});

export type GatewayEnvironment = z.infer<typeof gatewayEnvironment>;

export const readGatewayEnvironment = (env: NodeJS.ProcessEnv = process.env) => loadEnvironment(gatewayEnvironment, env);
