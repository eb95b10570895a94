// Runs every package's tests one package at a time (they share one machine's two cores and a
// PostgreSQL server each), then prints one total over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const workspaces = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces;
const packages = workspaces.flatMap((w) => {
  if (!w.endsWith('/*')) return [w];
  const dir = path.join(root, w.slice(0, -2));
  return existsSync(dir) ? spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((d) => `${w.slice(0, -2)}/${d}`) : [];
});
const reports = packages.map((p) => path.join(root, p, '.vitest', 'report.json'));
for (const r of reports) rmSync(r, { force: true });

const run = spawnSync('npx', ['turbo', 'run', 'test', '--concurrency=1', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});

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
