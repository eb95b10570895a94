import { Role, createLogger, signUserToken, startDatabase, startSubgraph, type Caller, type DatabaseServer, type Logger, type Orm } from '@sfxd/kit';
import { createGateway, type GatewayLimits, type KeptAnswerStats } from '@sfxd/gateway';
import { generateSeed, type SeedData, type SeedOptions } from '@sfxd/seed';
import { SUBGRAPHS } from '@sfxd/subgraphs';

/** Where the platform's database, secrets and addresses come from, in one process or several. */
export interface PlatformBaseOptions {
  /** An existing database (DATABASE_URL); without it an embedded PostgreSQL starts in this process. */
  databaseUrl?: string;
  dataDir?: string;
  embeddedPort?: number;
  jwtSecret: string;
  subgraphSecret: string;
  host?: string;
  /** Ports by service name (`gateway`, `units`, …); 0 picks a free one. */
  ports?: Record<string, number>;
}

export interface PlatformOptions extends PlatformBaseOptions {
  /** Demo data for an empty database; `false` leaves the database empty. */
  seed?: SeedOptions | false;
  /** Which subgraphs load their demo data (default: all); a test measuring one subgraph at scale skips the rest. */
  seedSubgraphs?: readonly string[];
  corsOrigins?: string[];
  /** See the gateway's `trustProxy`. */
  trustProxy?: string;
  production?: boolean;
  subgraphTimeoutMs?: number;
  /** Gateway abuse limits; defaults from the gateway. */
  limits?: Partial<GatewayLimits>;
  /** GraphiQL at the gateway; by default on in development, off in production. */
  graphiql?: boolean;
  /** Longest lifetime (exp − iat) of a user token; the gateway's default by mode. */
  maxTokenLifetimeSeconds?: number;
  logger?: Logger;
}

export interface RunningSubgraph {
  url: string;
  orm: Orm;
  /** SQL statements this subgraph has run, for tests that prove batching. */
  queries: { count: number; reset(): void };
}

export interface Platform {
  gatewayUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  database: DatabaseServer;
  /** The demo data loaded this time (null when the database already held data or seeding is off). */
  seeded: SeedData | null;
  /** Whole answers the gateway kept and gave again (its `keptAnswers`), for tests. */
  keptAnswers: Readonly<KeptAnswerStats>;
  stop(): Promise<void>;
}

/**
 * Starts the whole platform in one process: database, every subgraph, the gateway.
 * `npm start` and the cross-service tests both use it; deployments run each `main.js` instead.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const logger = options.logger ?? createLogger('platform');
  const host = options.host ?? '127.0.0.1';
  const database = await startDatabase({ url: options.databaseUrl, dataDir: options.dataDir, port: options.embeddedPort, logger });
  const stops: (() => Promise<void>)[] = [() => database.stop()];
  // Last started, first stopped: the gateway drains, then the subgraphs, then the database. Once.
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      for (const s of [...stops].reverse()) await s().catch((error) => logger.error({ err: error }, 'stop failed'));
    })());
  try {
    const data = options.seed === false ? null : generateSeed(options.seed ?? {});
    let seeded = false;
    const subgraphs: Record<string, RunningSubgraph> = {};
    for (const descriptor of SUBGRAPHS) {
      const service = await startSubgraph(descriptor, {
        databaseUrl: database.url,
        subgraphSecret: options.subgraphSecret,
        production: options.production,
        logger: logger.child({ service: descriptor.name }),
        peerUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, sub]) => [name, sub.url])),
        callTimeoutMs: options.subgraphTimeoutMs,
      });
      const running = await service.listen(options.ports?.[descriptor.name] ?? descriptor.defaultPort, host);
      stops.push(running.close);
      const seeds = !options.seedSubgraphs || options.seedSubgraphs.includes(descriptor.name);
      if (data && seeds && (await descriptor.seed?.(service.db.orm, data))) seeded = true;
      subgraphs[descriptor.name] = { url: running.url, orm: service.db.orm, queries: service.db.queries };
    }
    if (seeded && data) logger.info({ industries: data.industries.length, units: data.units.length, teams: data.teams.length, members: data.members.length, activities: data.activities.length }, 'demo data loaded');

    const gateway = await createGateway({
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      jwtSecret: options.jwtSecret,
      subgraphSecret: options.subgraphSecret,
      corsOrigins: options.corsOrigins,
      trustProxy: options.trustProxy,
      production: options.production,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      limits: options.limits,
      graphiql: options.graphiql,
      maxTokenLifetimeSeconds: options.maxTokenLifetimeSeconds,
      logger: logger.child({ service: 'gateway' }),
    });
    const gatewayRunning = await gateway.listen(options.ports?.gateway ?? 4000, host);
    stops.push(gatewayRunning.close);

    return { gatewayUrl: gatewayRunning.url, subgraphs, database, seeded: seeded ? data : null, keptAnswers: gateway.keptAnswers, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One demo token per role, for the README's sign-in and GraphiQL's Headers tab; development only. */
export async function demoTokens(jwtSecret: string, unitAdminUnitId: string | undefined): Promise<Record<string, { caller: Caller; token: string }>> {
  // Long-lived tokens for every role are a development convenience, never minted in production.
  if (process.env.NODE_ENV === 'production') throw new Error('demo tokens are for development only (NODE_ENV is production)');
  const callers: Caller[] = [
    { sub: 'demo-admin', role: Role.ADMIN },
    { sub: 'demo-leader', role: Role.LEADER },
    { sub: 'demo-integrator', role: Role.INTEGRATOR },
    ...(unitAdminUnitId ? [{ sub: 'demo-unit-admin', role: Role.UNIT_ADMIN, unitId: unitAdminUnitId }] : []),
  ];
  const out: Record<string, { caller: Caller; token: string }> = {};
  for (const caller of callers) out[caller.role] = { caller, token: await signUserToken(caller, jwtSecret, '30d') };
  return out;
}
