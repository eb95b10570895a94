import { Role, createLogger, signUserToken, startDatabase, type Caller, type DatabaseServer, type Logger } from '@sfxd/kit';
import { createGateway } from '@sfxd/gateway';
import { generateSeed, type SeedData, type SeedOptions } from '@sfxd/seed';
import { createUnitsService, loadUnitsSeed } from '@sfxd/units';

export interface PlatformOptions {
  /** An existing database (DATABASE_URL); without it an embedded PostgreSQL starts. */
  databaseUrl?: string;
  dataDir?: string;
  embeddedPort?: number;
  jwtSecret: string;
  subgraphSecret: string;
  host?: string;
  ports?: { gateway?: number; units?: number };
  /** Demo data for an empty database; `false` leaves the database empty. */
  seed?: SeedOptions | false;
  corsOrigins?: string[];
  production?: boolean;
  logger?: Logger;
}

export interface Platform {
  gatewayUrl: string;
  subgraphs: { units: { url: string; service: Awaited<ReturnType<typeof createUnitsService>> } };
  database: DatabaseServer;
  /** The demo data the database was seeded with this time (null when it already held data). */
  seeded: SeedData | null;
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
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((error) => logger.error({ err: error }, 'stop failed'));
  };
  try {
    const common = { databaseUrl: database.url, subgraphSecret: options.subgraphSecret, production: options.production };
    const units = await createUnitsService({ ...common, logger: logger.child({ service: 'units' }) });
    const unitsRunning = await units.listen(options.ports?.units ?? 4001, host);
    stops.push(unitsRunning.close);

    let seeded: SeedData | null = null;
    if (options.seed !== false) {
      const data = generateSeed(options.seed ?? {});
      if (await loadUnitsSeed(units.db.orm, data)) seeded = data;
      if (seeded) logger.info({ industries: data.industries.length, units: data.units.length, teams: data.teams.length }, 'demo data loaded');
    }

    const gateway = await createGateway({
      subgraphUrls: { units: unitsRunning.url },
      jwtSecret: options.jwtSecret,
      subgraphSecret: options.subgraphSecret,
      corsOrigins: options.corsOrigins,
      production: options.production,
      logger: logger.child({ service: 'gateway' }),
    });
    const gatewayRunning = await gateway.listen(options.ports?.gateway ?? 4000, host);
    stops.push(gatewayRunning.close);

    return { gatewayUrl: gatewayRunning.url, subgraphs: { units: { url: unitsRunning.url, service: units } }, database, seeded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One demo token per role, for the README's sign-in and GraphiQL's Headers tab. */
export async function demoTokens(jwtSecret: string, unitAdminUnitId: string | undefined): Promise<Record<string, { caller: Caller; token: string }>> {
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
