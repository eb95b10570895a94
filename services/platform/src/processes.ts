import { createLogger, portVariable, startDatabase, urlVariable, variablePrefix, type DatabaseServer, type Logger, type SupervisorMessage } from '@sfxd/kit';
import { generateSeed, type SeedData, type SeedOptions } from '@sfxd/seed';
import { SUBGRAPHS, loadDemoData, subgraphMain } from '@sfxd/subgraphs';
import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PlatformBaseOptions } from './platform.js';

const require = createRequire(import.meta.url);
const GATEWAY_MAIN = path.join(path.dirname(require.resolve('@sfxd/gateway')), 'main.js');

/** How long a service may take to drain on SIGTERM before it is killed. */
const DRAIN_DEADLINE_MS = 30_000;

export interface PlatformProcessesOptions extends PlatformBaseOptions {
  /** Demo data for an empty database, loaded by this process before the services start; `false` loads none. */
  seed?: SeedOptions | false;
  /**
   * The environment the services read (as `node services/<name>/dist/main.js` does: the gateway's
   * limits, CORS_ORIGINS, TRUST_PROXY, GRAPHIQL…); the database, secrets, ports and URLs are set here.
   */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

export interface ServiceExit {
  service: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface PlatformProcesses {
  gatewayUrl: string;
  gatewayPid: number;
  subgraphs: Record<string, { url: string; pid: number }>;
  database: DatabaseServer;
  seeded: SeedData | null;
  /** Resolves when a service exits by itself (a crash, a kill): the platform is no longer whole. */
  serviceExited: Promise<ServiceExit>;
  /** The gateway drains, then the subgraphs (last started first), then the database stops. Once. */
  stop(): Promise<void>;
}

interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<ServiceExit>;
}

/**
 * Starts the platform as `npm start` runs it: the database (and demo data) in this process, the
 * gateway and each subgraph in a process of its own — the same `main.js` a deployment runs — so
 * that they use every core and the gateway answers its health checks while subgraphs are busy.
 *
 * The services run in sessions of their own, out of reach of the terminal's Ctrl+C: this process
 * stops them in order. Each stops by itself when this process is gone (its channel closes), even
 * when this one is killed outright.
 */
export async function startPlatformProcesses(options: PlatformProcessesOptions): Promise<PlatformProcesses> {
  const logger = options.logger ?? createLogger('platform');
  const host = options.host ?? '127.0.0.1';
  const database = await startDatabase({ url: options.databaseUrl, dataDir: options.dataDir, port: options.embeddedPort, logger });
  const services: Service[] = [];
  let stopping = false;
  let reportExit: (exit: ServiceExit) => void = () => {};
  const serviceExited = new Promise<ServiceExit>((resolve) => (reportExit = resolve));
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      for (const service of [...services].reverse()) await stopService(service, logger);
      await database.stop().catch((error) => logger.error({ err: error }, 'stop failed'));
    })());

  const base: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    DATABASE_URL: database.url,
    SUBGRAPH_SECRET: options.subgraphSecret,
    JWT_SECRET: options.jwtSecret,
  };
  const launch = (name: string, main: string, env: NodeJS.ProcessEnv): Promise<string> => {
    const child = fork(main, [], { env, detached: true, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    const exited = new Promise<ServiceExit>((resolve) => child.once('exit', (code, signal) => resolve({ service: name, code, signal })));
    services.push({ name, child, exited });
    // Until it listens, what it prints is kept: a failed start is said in one line, below.
    let early = '';
    let up = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      if (up) process.stderr.write(chunk);
      else early += chunk.toString('utf8');
    });
    return new Promise<string>((resolve, reject) => {
      child.on('message', (message: SupervisorMessage) => {
        if (message?.sfxd === 'listening') {
          up = true;
          if (early) process.stderr.write(early);
          resolve(message.url);
        } else if (message?.sfxd === 'failed') {
          reject(new Error(message.message));
        }
      });
      void exited.then((exit) => {
        if (!up) {
          const said = early.trim().split('\n').at(-1);
          reject(new Error(`the ${name} service exited before it listened (${exit.signal ?? `exit code ${exit.code}`})${said ? `: ${said}` : ''}`));
        } else if (!stopping) {
          reportExit(exit);
        }
      });
    });
  };

  try {
    const data = options.seed === false ? null : generateSeed(options.seed ?? {});
    // Each subgraph's schema is migrated and filled before its processes start; they find it ready.
    const seeded = data ? await loadDemoData(database.url, data, logger) : false;
    if (seeded && data) logger.info({ industries: data.industries.length, units: data.units.length, teams: data.teams.length, members: data.members.length, activities: data.activities.length }, 'demo data loaded');

    // Every subgraph's address is known before any starts, so that they all start at once (a
    // subgraph asks its peers only when a request needs them): a port 0 ("any free port") is
    // picked here, free at that moment.
    const ports = await portsFor(SUBGRAPHS.map((s) => options.ports?.[s.name] ?? s.defaultPort), host);
    const urlOf = (name: string) => `http://${host}:${ports[SUBGRAPHS.findIndex((s) => s.name === name)]}/graphql`;
    // The gateway starts beside them: it reads the committed supergraph, not its subgraphs, so it
    // need not wait for them to listen (its start is seconds of module loading on a busy machine).
    // Every start is awaited; a failed one is reported once all have settled.
    const gatewayPort = options.ports?.gateway ?? 4000;
    const settled = await Promise.allSettled([
      ...SUBGRAPHS.map((descriptor, i) =>
        launch(descriptor.name, subgraphMain(descriptor.name), {
          ...base,
          [portVariable(descriptor.name)]: String(ports[i]),
          [`${variablePrefix(descriptor.name)}_HOST`]: host,
          ...Object.fromEntries((descriptor.asks ?? []).map((peer) => [urlVariable(peer), urlOf(peer)])),
        }),
      ),
      launch('gateway', GATEWAY_MAIN, {
        ...base,
        GATEWAY_PORT: String(gatewayPort),
        GATEWAY_HOST: host,
        ...Object.fromEntries(SUBGRAPHS.map((s) => [urlVariable(s.name), urlOf(s.name)])),
      }),
    ]);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const urls = settled.map((s) => (s as PromiseFulfilledResult<string>).value);
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, urls[i]!]));
    const gatewayUrl = urls[SUBGRAPHS.length]!;
    const pidOf = (name: string) => services.find((s) => s.name === name)!.child.pid!;
    return {
      gatewayUrl,
      gatewayPid: pidOf('gateway'),
      subgraphs: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, { url: subgraphUrls[s.name]!, pid: pidOf(s.name) }])),
      database,
      seeded: seeded ? data : null,
      serviceExited,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The given ports, each 0 replaced by a port free on `host` now (all distinct). */
async function portsFor(wanted: number[], host: string): Promise<number[]> {
  const probes = await Promise.all(
    wanted.map(async (port) => {
      if (port !== 0) return { port, close: async () => {} };
      const probe = net.createServer();
      await new Promise<void>((resolve, reject) => {
        probe.once('error', reject);
        probe.listen(0, host, resolve);
      });
      return { port: (probe.address() as net.AddressInfo).port, close: () => new Promise<void>((resolve) => probe.close(() => resolve())) };
    }),
  );
  // Held open until all are picked, so no two are the same.
  await Promise.all(probes.map((p) => p.close()));
  return probes.map((p) => p.port);
}

/** SIGTERM, and a wait for the drain; a service that outlives its deadline is killed. */
async function stopService(service: Service, logger: Logger): Promise<void> {
  const { child } = service;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), DRAIN_DEADLINE_MS)));
  if ((await Promise.race([service.exited, deadline])) === 'late') {
    logger.warn({ service: service.name }, 'did not stop within its drain deadline; killed');
    child.kill('SIGKILL');
    await service.exited;
  }
  clearTimeout(timer);
}
