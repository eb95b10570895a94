import { DEV_SUBGRAPH_SECRET } from '@sfxd/kit';
import { createTestDatabase, type TestDatabase } from '@sfxd/kit/testing';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const RUN_JS = path.join(path.dirname(require.resolve('@sfxd/subgraphs/package.json')), 'dist', 'run.js');

/** A subgraph run on its own (`node services/subgraphs/dist/run.js units`), as a deployment runs it. */
describe('a subgraph run on its own', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('drains and exits with code 0 on SIGTERM, through its own shutdown only', async () => {
    const { DATABASE_URL: _db, VITEST: _vitest, ...inherited } = process.env;
    const child = spawn(process.execPath, [RUN_JS, 'units'], {
      env: { ...inherited, DATABASE_URL: db.url, SUBGRAPH_SECRET: DEV_SUBGRAPH_SECRET, UNITS_PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('subgraph listening')) resolve();
      });
      child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      void exited.then(() => reject(new Error(`exited before listening:\n${out}`)));
    });
    child.kill('SIGTERM');
    // Apollo's own signal handler used to stop the server first and raise SIGTERM again, so the
    // process died by the signal instead of finishing its drain.
    expect(await exited, out).toEqual({ code: 0, signal: null });
    expect(out).toContain('shutting down');
  });
});
