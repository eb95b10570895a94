import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDatabase, withDatabase } from '../database.js';

/**
 * Vitest global setup: one PostgreSQL server for a package's whole test run. DATABASE_URL names
 * a server to use; otherwise an embedded one starts in a temporary folder and is thrown away.
 * Each test file then makes its own database on it (see `createTestDatabase`).
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_ADMIN_URL = process.env.DATABASE_URL;
    return async () => {};
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sfxd-test-pg-'));
  // As root, PostgreSQL runs as a `postgres` system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const server = await startDatabase({ dataDir: path.join(dataDir, 'data'), port, persistent: false });
  process.env.TEST_DATABASE_ADMIN_URL = withDatabase(server.url, 'postgres');
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
