import { startDatabase, urlVariable, portVariable, type DatabaseServer } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pgTestPort } from './testkit.js';
import { until } from './platform-process.js';

/**
 * The platform as a deployment runs it, one process per service, on a PostgreSQL server of the
 * test's own: the fault tests kill, stop and restart each of them and watch what callers see.
 */

const require = createRequire(import.meta.url);
const RUN_JS = path.join(path.dirname(require.resolve('@sfxd/subgraphs/package.json')), 'dist', 'run.js');
const GATEWAY_JS = path.join(path.dirname(require.resolve('@sfxd/gateway/package.json')), 'dist', 'main.js');

/** Production secrets: the development defaults are refused in production. */
export const SECRETS = { JWT_SECRET: randomBytes(24).toString('hex'), SUBGRAPH_SECRET: randomBytes(24).toString('hex') };

/** A port free right now: a restarted service comes back on the same one. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A PostgreSQL server that the test stops and starts again on the same port and data folder. */
export interface RestartableDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startRestartableDatabase(): Promise<RestartableDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), 'sfxd-faults-pg-'));
  // As root, PostgreSQL runs as a `postgres` system user, which must be able to enter the folder.
  chmodSync(folder, 0o755);
  const dataDir = path.join(folder, 'data');
  const port = pgTestPort(); // restarted on it later: below the ephemeral range, so nothing else takes it meanwhile
  let server: DatabaseServer | null = await startDatabase({ dataDir, port, persistent: true });
  const url = server.url;
  return {
    url,
    port,
    stop: async () => {
      await server?.stop();
      server = null;
    },
    start: async () => {
      server = await startDatabase({ dataDir, port, persistent: true });
    },
    dispose: async () => {
      await server?.stop();
      server = null;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface ServiceProcess {
  name: string;
  port: number;
  /** Its base URL (`http://127.0.0.1:<port>`); GraphQL at `/graphql`. */
  base: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  signal(signal: NodeJS.Signals): void;
  running(): boolean;
}

/** Environment of a service: nothing inherited that would pick another database or a test's settings. */
function serviceEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, LOG_LEVEL: _level, NODE_ENV: _env, VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...inherited } = process.env;
  return { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...SECRETS, ...vars };
}

/** Spawns `node <script> <args>` and resolves once it answers GET /health. */
async function spawnService(name: string, script: string, args: string[], port: number, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  const service: ServiceProcess = {
    name,
    port,
    base,
    child,
    output: () => out,
    exited,
    signal: (s) => {
      if (service.running()) child.kill(s);
    },
    running: () => child.exitCode === null && child.signalCode === null,
  };
  await until(async () => {
    if (!service.running()) throw new Error(`${name} exited before it answered:\n${out}`);
    return (await probe(`${base}/health`)) === 200;
  }, `${name} to answer /health`, 90_000);
  return service;
}

/** The status of a GET, or null when nothing answered (refused, reset, or not within 5 s). */
export async function probe(url: string): Promise<number | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
}

export interface SubgraphPorts {
  [name: string]: number;
}

/** One subgraph, as `node services/subgraphs/dist/run.js <name>`, on a given port. */
export function startSubgraphProcess(name: string, databaseUrl: string, ports: SubgraphPorts, extra: Record<string, string> = {}): Promise<ServiceProcess> {
  const env = serviceEnv({
    DATABASE_URL: databaseUrl,
    [portVariable(name)]: String(ports[name]),
    ...Object.fromEntries(SUBGRAPHS.filter((s) => s.name !== name).map((s) => [urlVariable(s.name), `http://127.0.0.1:${ports[s.name]}/graphql`])),
    ...extra,
  });
  return spawnService(name, RUN_JS, [name], ports[name]!, env);
}

/** The gateway, as `node gateway/dist/main.js`, calling each subgraph at `urls`. */
export async function startGatewayProcess(urls: Record<string, string>, extra: Record<string, string> = {}, port?: number): Promise<ServiceProcess> {
  const gatewayPort = port ?? (await freePort());
  const env = serviceEnv({
    GATEWAY_PORT: String(gatewayPort),
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [urlVariable(name), url])),
    ...extra,
  });
  return spawnService('gateway', GATEWAY_JS, [], gatewayPort, env);
}

/** Stops a service and waits for it to be gone (SIGKILL when it ignores SIGTERM). */
export async function stopService(service: ServiceProcess | undefined): Promise<void> {
  if (!service?.running()) return;
  service.child.kill('SIGCONT');
  service.child.kill('SIGTERM');
  const killed = setTimeout(() => service.signal('SIGKILL'), 15_000);
  await service.exited;
  clearTimeout(killed);
}

/**
 * A real HTTP hop in front of a subgraph that counts the calls whose body contains a marker, and
 * can reset the connection of the next such call instead of answering it — before passing it on
 * (a stale kept-alive connection) or after the subgraph has answered (a connection lost mid-call).
 */
export interface CountingProxy {
  url: string;
  /** Counts from now on the calls whose body contains `marker`. */
  watch(marker: string): void;
  /** Calls whose body contained `marker` that reached the proxy (once watched). */
  arrivals(marker: string): number;
  /** The next call containing `marker` has its connection reset: 'before' or 'after' the subgraph saw it. */
  resetNext(marker: string, when: 'before' | 'after'): void;
  /** Whether the calls containing `marker` came over a connection that had carried a call before. */
  reusedConnection(marker: string): boolean[];
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const counts = new Map<string, number>();
  const reused = new Map<string, boolean[]>();
  const resets = new Map<string, 'before' | 'after'>();
  const callsOn = new WeakMap<net.Socket, number>();
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = body.toString('utf8');
      const calls = (callsOn.get(req.socket) ?? 0) + 1;
      callsOn.set(req.socket, calls);
      let reset: 'before' | 'after' | undefined;
      for (const marker of counts.keys()) {
        if (!text.includes(marker)) continue;
        counts.set(marker, counts.get(marker)! + 1);
        reused.get(marker)!.push(calls > 1);
        reset ??= resets.get(marker);
        resets.delete(marker);
      }
      if (reset === 'before') {
        req.socket.resetAndDestroy();
        return;
      }
      const forwarded = http.request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers, agent },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (c: Buffer) => parts.push(c));
          answer.on('end', () => {
            if (reset === 'after') {
              req.socket.resetAndDestroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      forwarded.on('error', () => req.socket.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const track = (marker: string) => {
    if (!counts.has(marker)) {
      counts.set(marker, 0);
      reused.set(marker, []);
    }
  };
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    watch: track,
    arrivals: (marker) => counts.get(marker) ?? 0,
    resetNext: (marker, when) => {
      track(marker);
      resets.set(marker, when);
    },
    reusedConnection: (marker) => reused.get(marker) ?? [],
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

/** Settles `promise` into a value that says whether it has settled yet. */
export function tracked<T>(promise: Promise<T>): { promise: Promise<T>; settled(): boolean } {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  return { promise, settled: () => done };
}
