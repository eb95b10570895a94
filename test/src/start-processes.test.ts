import { DEV_JWT_SECRET, Role, signUserToken } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, platformEnv, postgresOf, startPlatformProcess, stopPostgresOf, until } from './platform-process.js';
import { pgTestPort } from './testkit.js';

const folder = mkdtempSync(path.join(tmpdir(), 'sfxd-start-processes-'));
chmodSync(folder, 0o755);
afterAll(async () => {
  for (const dir of ['busy', 'crash']) await stopPostgresOf(path.join(folder, dir));
  rmSync(folder, { recursive: true, force: true });
});

const pgPort = pgTestPort;
/** The process ids the start banner names: the gateway's and each subgraph's. */
const pidsOf = (banner: string) => Object.fromEntries([...banner.matchAll(/^ {2}(\S+) +http:\S+ +\(.*process (\d+)\)$/gm)].map((m) => [m[1]!, Number(m[2])]));
const commandOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');

describe('npm start in processes', () => {
  it('runs the gateway and each subgraph in a process of its own, whose gateway answers its health check while a subgraph is stuck', async () => {
    const platform = await startPlatformProcess(platformEnv({ PGDATA_DIR: path.join(folder, 'busy'), EMBEDDED_PG_PORT: String(pgPort()) }));
    try {
      expect(platform.ready, platform.output()).toBe(true);
      const pids = pidsOf(platform.stdout());
      expect(Object.keys(pids).sort()).toEqual(['evaluations', 'gateway', 'honors', 'members', 'units']);
      for (const [name, pid] of Object.entries(pids)) {
        expect(pid).not.toBe(platform.pid);
        expect(commandOf(pid)).toMatch(new RegExp(`/${name === 'gateway' ? 'gateway' : `services/${name}`}/dist/main\\.js`));
      }

      // The members process stopped outright: a question for it waits, the gateway's health does not.
      process.kill(pids.members!, 'SIGSTOP');
      let stuckAnswered = false;
      const stuck = postGraphQL(platform.gatewayUrl, '{ units { partyMemberCount } }', {}, { authorization: `Bearer ${await signUserToken({ sub: 'a', role: Role.ADMIN }, DEV_JWT_SECRET)}` }).finally(() => (stuckAnswered = true));
      try {
        await new Promise((r) => setTimeout(r, 500));
        const health = await fetch(new URL('/health', platform.gatewayUrl));
        expect(await health.json()).toEqual({ status: 'ok', service: 'gateway' });
        expect(stuckAnswered).toBe(false);
      } finally {
        process.kill(pids.members!, 'SIGCONT');
      }
      expect((await stuck).errors).toBeUndefined();
    } finally {
      expect(await platform.interrupt()).toEqual({ code: 0, signal: null });
    }
    expect(postgresOf(path.join(folder, 'busy'))).toEqual([]);
  }, 240_000);

  it('says which service died and stops the rest of the platform, its database included', async () => {
    const dataDir = path.join(folder, 'crash');
    const platform = await startPlatformProcess(platformEnv({ PGDATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort()) }));
    expect(platform.ready, platform.output()).toBe(true);
    const pids = pidsOf(platform.stdout());
    process.kill(pids.members!, 'SIGKILL');
    expect(await platform.exited).toEqual({ code: 1, signal: null });
    expect(platform.stderr()).toContain('The members service stopped unexpectedly (SIGKILL); stopping the platform\n');
    await until(() => Object.values(pids).every((pid) => !isRunning(pid)), 'every service to stop');
    expect(postgresOf(dataDir)).toEqual([]);
  }, 240_000);
});
