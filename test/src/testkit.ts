import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, createLogger, type Caller } from '@sfxd/kit';
import { bearer, createMigratedTestDatabase, type TestDatabase } from '@sfxd/kit/testing';
import { startPlatform, type Platform, type PlatformOptions } from '@sfxd/platform';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export const JWT_SECRET = DEV_JWT_SECRET;
export const SUBGRAPH_SECRET = DEV_SUBGRAPH_SECRET;

// The same callers as every package's tests sign.
export { admin as ADMIN, integrator as INTEGRATOR, leader as LEADER, unitAdmin } from '@sfxd/kit/testing';

export interface TestPlatform extends Platform {
  db: TestDatabase;
  /** Stops the platform and drops its database. */
  dispose(): Promise<void>;
}

/** The gateway and every subgraph on a port picked free. */
export const FREE_PORTS: Record<string, number> = Object.fromEntries([['gateway', 0], ...SUBGRAPHS.map((s) => [s.name, 0])]);

/**
 * The whole platform on a fresh database of the test server (every subgraph's migrations already
 * applied; the demo data still loaded by the platform's start), every port picked free.
 */
export async function startTestPlatform(options: Partial<PlatformOptions> = {}): Promise<TestPlatform> {
  const db = await createMigratedTestDatabase(SUBGRAPHS);
  const platform = await startPlatform({
    databaseUrl: db.url,
    jwtSecret: JWT_SECRET,
    subgraphSecret: SUBGRAPH_SECRET,
    ports: FREE_PORTS,
    seed: { units: 12, membersPerUnit: 8 },
    logger: createLogger('test', process.env.LOG_LEVEL ?? 'silent'),
    ...options,
  });
  return {
    ...platform,
    db,
    dispose: async () => {
      await platform.stop();
      await db.drop();
    },
  };
}

export interface Result<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

/**
 * A typed client for the gateway, as integrators would call it: POST, JSON, bearer token; `extra`
 * headers such as the X-Forwarded-For a trusted proxy in front of the gateway would add.
 */
export function gatewayClient(url: string) {
  return async function request<T, V extends Record<string, unknown>>(
    document: TypedDocumentNode<T, V>,
    variables: V,
    caller?: Caller | null,
    extra: Record<string, string> = {},
  ): Promise<Result<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
    if (caller) Object.assign(headers, await bearer(caller, JWT_SECRET));
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: print(document), variables }) });
    const body = (await res.json()) as Omit<Result<T>, 'status'>;
    return { status: res.status, ...body };
  };
}

/**
 * A port for an embedded PostgreSQL that a test starts (some start it again on the same port).
 * Below the kernel's ephemeral range (32768 and up on Linux), so that no outgoing connection
 * or `listen(0)` of the tests running meanwhile can be holding it; the machine's own services
 * listen lower still.
 */
export const pgTestPort = () => 20000 + Math.floor(Math.random() * 12000);

/**
 * A week after a date (YYYY-MM-DD): a round opened today closes then, so that a test running
 * across midnight in Beijing (16:00 UTC) does not find it closed halfway through.
 */
export const weekAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
