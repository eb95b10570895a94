import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { withDatabase } from '../database.js';

/**
 * Vitest global setup: one PostgreSQL server for a package's whole test run.
 * TEST_DATABASE_ADMIN_URL names a server `npm test` started for every package (its maintenance
 * database), DATABASE_URL a server to use; otherwise an embedded one starts in a temporary
 * folder, in a child process (see pg-server.ts), and is thrown away. Each test file then makes its own database on it
 * (see `createTestDatabase`).
 */
export default async function setup(): Promise<() => Promise<void>> {
  // scripts/run-tests.mjs started it: an initdb and a start less for each package.
  if (process.env.TEST_DATABASE_ADMIN_URL) return async () => {};
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_ADMIN_URL = process.env.DATABASE_URL;
    return async () => {};
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sfxd-test-pg-'));
  // As root, PostgreSQL runs as a `postgres` system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const script = fileURLToPath(new URL('./pg-server.js', import.meta.url));
  const child = spawn(process.execPath, [script, path.join(dataDir, 'data'), String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The test database server exited (code ${code}) before it was ready`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  process.env.TEST_DATABASE_ADMIN_URL = withDatabase(url, 'postgres');
  return async () => {
    child.stdin!.end();
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
}
