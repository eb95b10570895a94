import { z } from 'zod';
import { isIsoDate } from './scalars.js';

/**
 * Variables every service reads. Services extend this with their own.
 * The development defaults exist so that `npm start` works on a fresh machine;
 * production refuses them (see `assertProductionSecrets`).
 */
export const DEV_JWT_SECRET = 'sfxd-development-jwt-secret-change-me';
export const DEV_SUBGRAPH_SECRET = 'sfxd-development-subgraph-secret-change-me';

/** The dashboard's address on this machine, which serves the public pages (DESIGN.md §4). */
export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:8080';

export const baseEnvironment = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  SUBGRAPH_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_SUBGRAPH_SECRET),
  /** Where the public pages are (`/verify/<code>`): what plaques' QR codes point at. */
  PUBLIC_BASE_URL: z.string().url().refine((v) => /^https?:\/\//.test(v), 'must be an http(s) address').default(DEFAULT_PUBLIC_BASE_URL),
  /** A fixed "today" for rehearsals and tests (see `businessToday`); refused in production. */
  BUSINESS_DATE: z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD').optional(),
});

export type BaseEnvironment = z.infer<typeof baseEnvironment>;

export class EnvironmentError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Parses the environment and reports every problem at once, not the first one only. */
export function loadEnvironment<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // Empty strings mean "unset" for operators who write `FOO=` in an env file.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvironmentError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  const parsed = result.data as z.infer<S> & Partial<BaseEnvironment> & { JWT_SECRET?: string; ROUTER_SECRET?: string };
  assertProductionSecrets(parsed);
  return parsed;
}

/** The router credential is a static header: production wants one nobody guesses (see router.ts). */
export const MIN_PRODUCTION_ROUTER_SECRET_LENGTH = 32;

export function assertProductionSecrets(env: { NODE_ENV?: string; SUBGRAPH_SECRET?: string; JWT_SECRET?: string; ROUTER_SECRET?: string; BUSINESS_DATE?: string }): void {
  if (env.NODE_ENV !== 'production') return;
  const issues: string[] = [];
  if (env.SUBGRAPH_SECRET === DEV_SUBGRAPH_SECRET) issues.push('SUBGRAPH_SECRET: the development default is refused in production');
  if (env.JWT_SECRET === DEV_JWT_SECRET) issues.push('JWT_SECRET: the development default is refused in production');
  // With one secret for both, whoever holds the user-token key (an identity provider) could sign
  // gateway credentials, and a leaked gateway credential would pass as a user token.
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET === env.SUBGRAPH_SECRET) issues.push('JWT_SECRET: must differ from SUBGRAPH_SECRET in production');
  if (env.ROUTER_SECRET !== undefined) {
    if (env.ROUTER_SECRET.length < MIN_PRODUCTION_ROUTER_SECRET_LENGTH) issues.push(`ROUTER_SECRET: must be at least ${MIN_PRODUCTION_ROUTER_SECRET_LENGTH} characters in production`);
    // Each secret has one holder set: the router must not be able to sign gateway credentials or user tokens.
    if ([DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, env.JWT_SECRET, env.SUBGRAPH_SECRET].includes(env.ROUTER_SECRET)) issues.push('ROUTER_SECRET: must differ from JWT_SECRET, SUBGRAPH_SECRET and the development defaults in production');
  }
  // A fixed date would let records be dated as the operator pleases (publicity windows, namings).
  if (env.BUSINESS_DATE !== undefined) issues.push('BUSINESS_DATE: a fixed business date is for rehearsals and tests, refused in production');
  if (issues.length) throw new EnvironmentError(issues);
}

/**
 * `PUBLIC_BASE_URL` without a trailing slash, read when asked (the variable is checked at start
 * with the rest of the environment): the public pages' address, e.g. `…/verify/<code>` of a plaque.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.PUBLIC_BASE_URL || DEFAULT_PUBLIC_BASE_URL;
  return value.replace(/\/+$/, '');
}

/** A port variable: PORT-like values arrive as strings. */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
