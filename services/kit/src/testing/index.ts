import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../database.js';
import { Role, signInternalToken, signUserToken, type Caller, INTERNAL_TOKEN_HEADER } from '../auth.js';

export * from './subgraphs.js';

/** Callers of every role, as tests sign them. */
export const admin: Caller = { sub: 'admin-1', role: Role.ADMIN };
export const leader: Caller = { sub: 'leader-1', role: Role.LEADER };
export const integrator: Caller = { sub: 'integrator-1', role: Role.INTEGRATOR };
export const unitAdmin = (unitId: string): Caller => ({ sub: `ua-${unitId.slice(0, 8)}`, role: Role.UNIT_ADMIN, unitId });

let sequence = 0;
/**
 * A value no other test of the run has used (codes, names): each test makes its own data, so
 * no test depends on what another left in the database.
 */
export function unique(prefix = ''): string {
  sequence += 1;
  return `${prefix}${Date.now().toString(36).slice(-4)}${sequence.toString(36)}`.toUpperCase();
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The test server's maintenance database, where test databases are made. */
export function testServerAdminUrl(): string {
  const admin = process.env.TEST_DATABASE_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!admin) throw new Error('No test database server: run the tests through vitest (its global setup starts one) or set DATABASE_URL');
  return admin;
}

/**
 * A fresh database on the test server, for one test file: empty, or a copy of `template` (a
 * database on the same server that nobody is connected to).
 */
export async function createTestDatabase(template?: string): Promise<TestDatabase> {
  const admin = testServerAdminUrl();
  const name = `sfxd_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await createDatabaseIfMissing(admin, name, template);
  return { url: withDatabase(admin, name), drop: () => dropDatabase(admin, name) };
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/** A GraphQL POST as any HTTP client would make it, its answer as sent (tests that compare bytes). */
export async function postGraphQLText(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

/** A GraphQL POST as any HTTP client would make it. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const { status, text } = await postGraphQLText(url, query, variables, headers);
  let body: { data?: T; errors?: GraphQLResponse['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status, ...body };
}

/** Headers a subgraph accepts: what the gateway would send for this caller. */
export async function gatewayHeaders(caller: Caller | null, subgraphSecret: string): Promise<Record<string, string>> {
  return { [INTERNAL_TOKEN_HEADER]: await signInternalToken(caller, subgraphSecret) };
}

/** Headers of a signed-in user at the gateway. */
export async function bearer(caller: Caller, jwtSecret: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signUserToken(caller, jwtSecret)}` };
}

/** Runs one SQL statement on a database with a connection of its own, as an operator would: tests check stored rows with it. */
export async function sqlRows<T = any>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
