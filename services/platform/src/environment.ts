import { DEV_JWT_SECRET, baseEnvironment, loadEnvironment, port, portVariables } from '@sfxd/kit';
import { accessEnvironment, limitsEnvironment } from '@sfxd/gateway';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { z } from 'zod';

export const platformEnvironment = baseEnvironment.extend({
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
  PGDATA_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: port(54329),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  DASHBOARD_PORT: port(8080),
  ...portVariables(SUBGRAPHS),
  /** Demo data for an empty database; unset: `city` in development, none in production (a real deployment must not fill up with invented people). */
  SEED_SCALE: z.enum(['none', 'tiny', 'city', 'province']).optional(),
  CORS_ORIGINS: z.string().default('http://localhost:8080,http://127.0.0.1:8080'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Proxies whose X-Forwarded-For the gateway believes (Express `trust proxy`): the dashboard's server on this machine by default. */
  TRUST_PROXY: z.string().default('loopback'),
  ...limitsEnvironment.shape,
  ...accessEnvironment.shape,
});

export const readPlatformEnvironment = (env: NodeJS.ProcessEnv = process.env) => loadEnvironment(platformEnvironment, env);
