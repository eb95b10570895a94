import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createLogger, embeddedPostgresBinaries, signUserToken, startDatabase } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import { startPlatform } from '@sfxd/platform';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, platformEnv, postgresOf, startPlatformProcess, stopPostgresOf, until } from './platform-process.js';
import { FREE_PORTS, pgTestPort } from './testkit.js';

const folder = mkdtempSync(path.join(tmpdir(), 'sfxd-restart-'));
chmodSync(folder, 0o755);
afterAll(async () => {
  // Whatever a failed test left running on its folders stops here: no server outlives the suite.
  for (const dir of ['postgres', 'crash', 'foreign', 'interrupt', 'failed/postgres']) await stopPostgresOf(path.join(folder, dir));
  rmSync(folder, { recursive: true, force: true });
});

const options = () => ({
  dataDir: path.join(folder, 'postgres'),
  embeddedPort: pgTestPort(),
  jwtSecret: DEV_JWT_SECRET,
  subgraphSecret: DEV_SUBGRAPH_SECRET,
  ports: FREE_PORTS,
  seed: { units: 6, membersPerUnit: 4 },
  logger: createLogger('restart-test', 'silent'),
});

describe('npm start on an embedded PostgreSQL', () => {
  it('keeps data written through a mutation across a restart, and loads demo data only into an empty database', async () => {
    const admin = { authorization: `Bearer ${await signUserToken({ sub: 'a', role: Role.ADMIN }, DEV_JWT_SECRET)}` };
    const first = await startPlatform(options());
    let unitId: string;
    try {
      expect(first.database.embedded).toBe(true);
      expect(first.seeded).not.toBeNull();
      const industryId = first.seeded!.industries[0]!.id;
      const created = await postGraphQL(first.gatewayUrl, 'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }', { i: { code: 'KEEP-1', name: '重启后仍在的单位', industryId } }, admin);
      expect(created.errors).toBeUndefined();
      unitId = created.data.createUnit.id;
    } finally {
      await first.stop();
    }

    const second = await startPlatform(options());
    try {
      expect(second.seeded).toBeNull();
      const res = await postGraphQL(second.gatewayUrl, '{ units { id code } }');
      expect(res.data.units).toContainEqual({ id: unitId!, code: 'KEEP-1' });
      expect(res.data.units).toHaveLength(7);
    } finally {
      await second.stop();
    }
  });
});

const pgPort = pgTestPort;
const admin = async () => ({ authorization: `Bearer ${await signUserToken({ sub: 'a', role: Role.ADMIN }, DEV_JWT_SECRET)}` });
const unitCodes = async (gatewayUrl: string) => ((await postGraphQL(gatewayUrl, '{ units { code } }')).data?.units ?? []).map((u: { code: string }) => u.code);

describe('npm start after a crash', () => {
  const dataDir = path.join(folder, 'crash');
  const port = pgPort();
  const env = platformEnv({ PGDATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });

  it('stops the embedded PostgreSQL a killed start left behind, keeps the data, and refuses a second start while one runs', async () => {
    const first = await startPlatformProcess(env);
    expect(first.ready, first.output()).toBe(true);
    const industryId = (await postGraphQL(first.gatewayUrl, '{ industries { id } }')).data.industries[0].id;
    const created = await postGraphQL(first.gatewayUrl, 'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }', { i: { code: 'CRASH-1', name: '崩溃前写入的单位', industryId } }, await admin());
    expect(created.errors).toBeUndefined();

    // kill -9: the platform gets no chance to stop its database.
    const [orphan] = postgresOf(dataDir);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(isRunning(orphan!)).toBe(true);

    const second = await startPlatformProcess(env);
    let secondExit;
    try {
      expect(second.ready, second.output()).toBe(true);
      expect(second.stdout()).toContain(`stopped an orphaned embedded PostgreSQL (pid ${orphan}) left by a crashed start (pid ${first.pid})`);
      expect(isRunning(orphan!)).toBe(false);
      expect(await unitCodes(second.gatewayUrl)).toContain('CRASH-1');

      // A start while the folder's platform runs is refused in one line, and changes nothing.
      const third = await startPlatformProcess(env);
      expect(third.ready).toBe(false);
      expect((await third.exited).code).toBe(1);
      expect(third.stderr()).toBe(`The platform did not start: the data folder ${dataDir} is in use by another running platform (pid ${second.pid}); stop it first, or set another PGDATA_DIR\n`);
      expect(await unitCodes(second.gatewayUrl)).toContain('CRASH-1');
    } finally {
      secondExit = await second.interrupt();
    }
    expect(secondExit).toEqual({ code: 0, signal: null });
    expect(postgresOf(dataDir)).toEqual([]);
  }, 240_000);

  it('starts over a postmaster.pid left by a server that is gone', async () => {
    // A pid that surely ran and ended: a process of our own that has exited.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.once('exit', r));
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `${gone.pid}\n${dataDir}\n1795000000\n${port}\n\n127.0.0.1\n  1234567     12345\nready   \n`);

    const start = await startPlatformProcess(env);
    let exit;
    try {
      expect(start.ready, start.output()).toBe(true);
      expect(start.stdout()).toContain(`removed a stale postmaster.pid of ${dataDir} (pid ${gone.pid} is not running)`);
      expect(await unitCodes(start.gatewayUrl)).toContain('CRASH-1');
    } finally {
      exit = await start.interrupt();
    }
    expect(exit).toEqual({ code: 0, signal: null });
    expect(postgresOf(dataDir)).toEqual([]);
  }, 120_000);

  it('refuses a data folder served by a PostgreSQL it did not start, and leaves that server running', async () => {
    const dataDir = path.join(folder, 'foreign');
    // A data folder made by the platform once, and then served by someone else's server.
    await (await startDatabase({ dataDir, port })).stop();
    const bin = await embeddedPostgresBinaries();
    // PostgreSQL refuses to run as root; its files belong to the `postgres` user then.
    const runAs = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {};
    const foreign = spawn(bin.postgres, ['-D', dataDir, '-p', String(port), '-c', 'unix_socket_directories='], { ...runAs, detached: true, stdio: 'ignore' });
    try {
      const state = () => {
        try {
          return readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[7]?.trim();
        } catch {
          return undefined;
        }
      };
      await until(() => state() === 'ready', 'the foreign server to be ready');
      const start = await startPlatformProcess({ ...env, PGDATA_DIR: dataDir });
      expect(start.ready).toBe(false);
      expect((await start.exited).code).toBe(1);
      expect(start.stderr()).toBe(
        `The platform did not start: the data folder ${dataDir} is used by a PostgreSQL server (pid ${foreign.pid}) that this platform did not start; stop it (kill -INT ${foreign.pid}) or set another PGDATA_DIR\n`,
      );
      expect(isRunning(foreign.pid!)).toBe(true);
    } finally {
      if (foreign.exitCode === null && foreign.signalCode === null) {
        foreign.kill('SIGINT');
        await new Promise((r) => foreign.once('exit', r));
      }
    }
  }, 120_000);
});

describe('Ctrl+C on npm start', () => {
  it('lets a write in flight finish before the embedded PostgreSQL stops, and leaves no server behind', async () => {
    const dataDir = path.join(folder, 'interrupt');
    const port = pgPort();
    const platform = await startPlatformProcess(platformEnv({ PGDATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) }));
    expect(platform.ready, platform.output()).toBe(true);
    const url = `postgres://postgres:postgres@127.0.0.1:${port}/sfxd`;
    const locker = new pg.Client({ connectionString: url });
    const watcher = new pg.Client({ connectionString: url });
    // A server stopped under a test's feet ends these sessions; that failure shows in the write below.
    locker.on('error', () => {});
    watcher.on('error', () => {});
    await locker.connect();
    await watcher.connect();
    try {
      const [unit] = (await locker.query('select id, version from units.unit order by code limit 1')).rows;
      // The write waits on this row lock: it is in flight, inside its transaction, when Ctrl+C comes.
      await locker.query('begin');
      await locker.query('select 1 from units.unit where id = $1 for update', [unit.id]);
      const write = postGraphQL(platform.gatewayUrl, 'mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { name version } }', { i: { id: unit.id, expectedVersion: unit.version, name: '停机前的写入' } }, await admin());
      await until(async () => (await watcher.query("select count(*)::int as n from pg_stat_activity where datname = 'sfxd' and wait_event_type = 'Lock'")).rows[0].n > 0, 'the write to wait on the lock');

      const exited = platform.interrupt();
      await until(() => platform.stdout().includes('"shutting down"'), 'the platform to start shutting down');
      await locker.query('commit').catch(() => {});

      const res = await write;
      expect(res.errors).toBeUndefined();
      expect(res.data.updateUnit).toEqual({ name: '停机前的写入', version: unit.version + 1 });
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(postgresOf(dataDir)).toEqual([]);
    } finally {
      await locker.end().catch(() => {});
      await watcher.end().catch(() => {});
      if (platform.child.exitCode === null) platform.child.kill('SIGKILL');
    }
  }, 180_000);
});

describe('a start that fails', () => {
  it('says why in one line, exits with code 1, and stops the embedded PostgreSQL it had started', async () => {
    // A folder whose parent does not exist yet either, as `.data/postgres` on a fresh clone.
    const dataDir = path.join(folder, 'failed', 'postgres');
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const gatewayPort = (taken.address() as net.AddressInfo).port;
      const start = await startPlatformProcess(platformEnv({ PGDATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort()), GATEWAY_PORT: String(gatewayPort) }));
      expect(start.ready).toBe(false);
      expect((await start.exited).code).toBe(1);
      expect(start.stderr()).toMatch(new RegExp(`^The platform did not start: listen EADDRINUSE: address already in use 127\\.0\\.0\\.1:${gatewayPort}\n$`));
      expect(postgresOf(dataDir)).toEqual([]);
      expect(existsSync(path.join(dataDir, 'sfxd-owner.json'))).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);
});
