import { spawn, type ChildProcess } from 'node:child_process';

/**
 * One service run as a deployment runs it: `node <main.js>` in a process of its own, with only
 * its environment; no supervisor channel. Its URL is read from its "listening" log line.
 */
export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  /** Its JSON log lines so far. */
  logs(): Record<string, unknown>[];
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, as a process manager stops it; resolves with how it exited. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of a service: nothing inherited that would pick another database or log level. */
export function serviceEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, LOG_LEVEL: _level, NODE_ENV: _env, VITEST: _vitest, ...inherited } = process.env;
  return { ...inherited, NODE_ENV: 'development', LOG_LEVEL: 'info', ...vars };
}

export async function startServiceProcess(main: string, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const logs = () =>
    out.split('\n').flatMap((line) => {
      try {
        return line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${main} did not listen within ${timeoutMs} ms:\n${out}${err}`)), timeoutMs);
    const look = () => {
      const listening = logs().find((l) => typeof l.msg === 'string' && l.msg.endsWith('listening') && typeof l.url === 'string');
      if (listening) {
        clearTimeout(timer);
        resolve(String(listening.url));
      }
    };
    child.stdout!.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${main} exited before listening:\n${out}${err}`));
    });
  });
  return {
    child,
    url,
    logs,
    output: () => `${out}${err}`,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
