import { limitsEnvironment, limitsFromEnvironment } from '@sfxd/gateway';
import { DEV_JWT_SECRET, baseEnvironment, loadEnvironment, port, urlVariable, urlVariables, userTokenEnvironment } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { HiveGatewayOptions } from './config.js';

/** What Hive Gateway reads: the gateway's variables where they mean the same, and ROUTER_SECRET. */
export const hiveEnvironment = baseEnvironment.omit({ SUBGRAPH_SECRET: true, PUBLIC_BASE_URL: true, BUSINESS_DATE: true }).extend({
  HIVE_GATEWAY_PORT: port(4010),
  HIVE_GATEWAY_HOST: z.string().default('127.0.0.1'),
  /** Shared with the subgraphs, which must be started with the same ROUTER_SECRET. */
  ROUTER_SECRET: z.string({ error: 'is required: the subgraphs accept this gateway by it (set the same on them)' }).min(16, 'must be at least 16 characters'),
  ...userTokenEnvironment.shape,
  ...urlVariables(SUBGRAPHS),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  CORS_ORIGINS: z.string().default('http://localhost:8080,http://127.0.0.1:8080'),
  SUPERGRAPH_PATH: z.string().optional(),
  TRUST_PROXY: z.string().default('loopback'),
  ...limitsEnvironment.shape,
});

export type HiveEnvironment = z.infer<typeof hiveEnvironment>;

export const readHiveEnvironment = (env: NodeJS.ProcessEnv = process.env) => loadEnvironment(hiveEnvironment, env);

export function hiveOptionsFromEnvironment(env: HiveEnvironment): HiveGatewayOptions {
  const urls: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const url = (env as Record<string, unknown>)[urlVariable(s.name)];
    if (typeof url === 'string') urls[s.name] = url;
  }
  return {
    ...(env.SUPERGRAPH_PATH ? { supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8') } : {}),
    subgraphUrls: urls,
    routerSecret: env.ROUTER_SECRET,
    jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
    jwksUrl: env.JWKS_URL,
    jwksFile: env.JWKS_FILE,
    jwtIssuer: env.JWT_ISSUER,
    jwtAudience: env.JWT_AUDIENCE,
    ...(env.JWT_MAX_LIFETIME_HOURS !== undefined ? { maxTokenLifetimeSeconds: Math.round(env.JWT_MAX_LIFETIME_HOURS * 3600) } : {}),
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY,
    corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    limits: limitsFromEnvironment(env),
    logging: env.LOG_LEVEL === 'silent' ? false : env.LOG_LEVEL === 'fatal' ? 'error' : env.LOG_LEVEL === 'trace' ? 'debug' : env.LOG_LEVEL,
  };
}
