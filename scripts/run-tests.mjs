// Runs every package's tests one package at a time (they share one machine's two cores and a
// PostgreSQL server each), then prints one total over all of them.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const workspaces = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces;
const packages = workspaces.flatMap((w) => {
  if (!w.endsWith('/*')) return [w];
  const dir = path.join(root, w.slice(0, -2));
  return existsSync(dir) ? spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((d) => `${w.slice(0, -2)}/${d}`) : [];
});
const reports = packages.map((p) => path.join(root, p, '.vitest', 'report.json'));
for (const r of reports) rmSync(r, { force: true });

// One PostgreSQL server for every package's tests: starting one per package (initdb, then the
// server) cost each package several seconds, and the migrated template databases the test files
// copy (kit's testing) are then built once for the whole run, not once per package. Packages run
// one at a time, so no package sees another's sessions on it. A DATABASE_URL server, or a kit not
// built yet, leaves each package's global setup to find its server as before.
const server = process.env.DATABASE_URL ? null : await startTestServer();
const run = spawnSync('npx', ['turbo', 'run', 'test', '--concurrency=1', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...(server ? { TEST_DATABASE_ADMIN_URL: server.url } : {}) },
});
await server?.stop();

let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of reports) {
  if (!existsSync(r)) continue;
  const report = JSON.parse(readFileSync(r, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
let code = run.status ?? 1;
if (code !== 0 && failed === 0) failed = 1; // a package that crashed before reporting still fails the run
// A runner whose exit code was overridden (a library's exit hook) must not pass a failed test.
if (failed > 0 && code === 0) code = 1;
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code);

/** The kit's test server (pg-server.js: stops when this process's end closes its standard input). */
async function startTestServer() {
  const script = path.join(root, 'services/kit/dist/testing/pg-server.js');
  if (!existsSync(script)) return null;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sfxd-test-pg-'));
  // As root, PostgreSQL runs as a `postgres` system user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const child = spawn(process.execPath, [script, path.join(dataDir, 'data'), String(port)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The test database server exited (code ${code}) before it was ready`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line).url));
  });
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return {
    url: admin.toString(),
    async stop() {
      child.stdin.end();
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
