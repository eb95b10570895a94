import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { portVariable } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';

/**
 * `npm start` as a user runs it: the platform's real entry point (`services/platform/dist/start.js`)
 * in a process of its own, in a process group of its own (as a terminal would start it), so that
 * tests can crash it, press its Ctrl+C, and read what it printed.
 */

const require = createRequire(import.meta.url);
export const START_JS = path.join(path.dirname(require.resolve('@sfxd/platform/package.json')), 'dist', 'start.js');

export interface PlatformProcess {
  child: ChildProcess;
  pid: number;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The gateway's URL from the start banner. */
  gatewayUrl: string;
  /** The dashboard's URL from the start banner. */
  dashboardUrl: string;
  /** Ctrl+C in the terminal: SIGINT to the whole process group. */
  interrupt(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Environment of a start: nothing inherited that would pick another database or a test log level. */
export function platformEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, LOG_LEVEL: _level, NODE_ENV: _env, VITEST: _vitest, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    DASHBOARD_PORT: '0',
    ...Object.fromEntries(SUBGRAPHS.map((s) => [portVariable(s.name), '0'])),
    SEED_SCALE: 'tiny',
    ...vars,
  };
}

/** Starts the platform; resolves once its banner is printed, or once it exits (a refused start). */
export async function startPlatformProcess(env: NodeJS.ProcessEnv): Promise<PlatformProcess & { ready: boolean }> {
  const child = spawn(process.execPath, [START_JS], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = await new Promise<boolean>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Stop with Ctrl+C.')) resolve(true);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    void exited.then(() => resolve(false));
  });
  const gatewayUrl = /gateway +(http:\/\/\S+)/.exec(out)?.[1] ?? '';
  const dashboardUrl = /dashboard +(http:\/\/\S+)/.exec(out)?.[1] ?? '';
  return {
    child,
    pid: child.pid!,
    ready,
    output: () => `${out}${err}`,
    stdout: () => out,
    stderr: () => err,
    exited,
    gatewayUrl,
    dashboardUrl,
    interrupt: () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
  };
}

/** Waits until `condition` holds, polling; fails after `timeoutMs`. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Pids of the PostgreSQL server processes running on a data folder (read from /proc). */
export function postgresOf(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (/^\S+ \(\S+\) Z/.test(readFileSync(`/proc/${entry}/stat`, 'utf8'))) continue;
    } catch {
      continue;
    }
    if (path.basename(argv[0] ?? '') === 'postgres' && argv.includes(dataDir)) pids.push(Number(entry));
  }
  return pids;
}

export function isRunning(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Stops whatever PostgreSQL still runs on a folder, so that a failed test leaves no server behind. */
export async function stopPostgresOf(dataDir: string): Promise<void> {
  const pids = postgresOf(dataDir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // Gone.
    }
  }
  await until(() => pids.every((pid) => !isRunning(pid)), 'the leftover PostgreSQL to stop', 60_000);
}
