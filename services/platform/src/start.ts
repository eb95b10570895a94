import { createLogger, portVariable, DEV_JWT_SECRET } from '@sfxd/kit';
import { SCALES } from '@sfxd/seed';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { startDashboardServer, type DashboardServer } from '@sfxd/dashboard';
import { reportMaker } from './reports.js';
import { readPlatformEnvironment } from './environment.js';
import { demoTokens } from './platform.js';
import { startPlatformProcesses, type PlatformProcesses } from './processes.js';

// `npm start`: the whole platform on this machine, with demo data on first start: the database,
// demo data and dashboard in this process, the gateway and each subgraph in a process of its own.
const env = readPlatformEnvironment();
const logger = createLogger('platform', env.LOG_LEVEL);
const production = env.NODE_ENV === 'production';
const demoScale = env.SEED_SCALE ?? (production ? 'none' : 'city');

// Until the platform is up, Ctrl+C just leaves: the exit stops an embedded server already started.
const interrupted = () => process.exit(130);
process.once('SIGINT', interrupted);
process.once('SIGTERM', interrupted);

let platform: PlatformProcesses;
try {
  platform = await startPlatformProcesses({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.PGDATA_DIR,
    embeddedPort: env.EMBEDDED_PG_PORT,
    jwtSecret: env.JWT_SECRET,
    subgraphSecret: env.SUBGRAPH_SECRET,
    host: env.HOST,
    ports: { gateway: env.GATEWAY_PORT, ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, Number((env as Record<string, unknown>)[portVariable(s.name)])])) },
    seed: demoScale === 'none' ? false : SCALES[demoScale],
    // The services read the gateway's limits, CORS_ORIGINS, TRUST_PROXY… from the same environment,
    // with the defaults this process applied (checked above, with the rest).
    env: { ...process.env, NODE_ENV: env.NODE_ENV, LOG_LEVEL: env.LOG_LEVEL, CORS_ORIGINS: env.CORS_ORIGINS, TRUST_PROXY: env.TRUST_PROXY, SUBGRAPH_TIMEOUT_MS: String(env.SUBGRAPH_TIMEOUT_MS) },
    logger,
  });
} catch (error) {
  // One line a person can act on; the stack only when asked for.
  logger.debug({ err: error }, 'start failed');
  process.stderr.write(`The platform did not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

// Demo tokens are a development convenience: production callers bring tokens from their identity provider.
const tokens = production ? undefined : await demoTokens(env.JWT_SECRET, await firstUnitId(platform.gatewayUrl));
let dashboard: DashboardServer;
try {
  dashboard = await startDashboardServer({
    port: env.DASHBOARD_PORT,
    host: env.HOST,
    gatewayUrl: platform.gatewayUrl,
    production,
    demoTokens: tokens && Object.values(tokens).map(({ caller, token }) => ({ role: caller.role, unitId: caller.unitId, token })),
    logger: logger.child({ service: 'dashboard' }),
    reports: reportMaker(platform.gatewayUrl),
  });
} catch (error) {
  process.stderr.write(`The dashboard did not start: ${error instanceof Error ? error.message : String(error)}\n`);
  await platform.stop();
  process.exit(1);
}
process.off('SIGINT', interrupted);
process.off('SIGTERM', interrupted);

// One shutdown, in order: the gateway drains, then the subgraphs, then the database, which runs
// out of reach of the terminal's signals. The servers install no signal handlers of their own
// (`stopOnTerminationSignals: false`): this process is the one place that decides how signals stop it.
let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  // A second Ctrl+C does not wait for the drain; the exit still stops the database.
  if (stopping) process.exit(130);
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // The dashboard first: it proxies to the gateway.
  dashboard.close().then(() => platform.stop()).then(
    () => process.exit(0),
    (error) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

// A service that dies leaves the platform half up: say so and stop the rest, in the same order (a
// process manager, or the person at the terminal, starts it again). Not restarted here: a crash
// repeated in a loop would hide its cause.
void platform.serviceExited.then(({ service, code, signal }) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`The ${service} service stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the platform\n`);
  dashboard.close().then(() => platform.stop()).finally(() => process.exit(1));
});

const lines = [
  '',
  '示范行动 platform is running',
  `  dashboard   ${dashboard.url}`,
  `  gateway     ${platform.gatewayUrl}   (open it in a browser for GraphiQL; process ${platform.gatewayPid})`,
  ...Object.entries(platform.subgraphs).map(([name, s]) => `  ${name.padEnd(11)} ${s.url}   (subgraph: gateway calls only; process ${s.pid})`),
  `  database    ${platform.database.embedded ? `embedded PostgreSQL, data in ${env.PGDATA_DIR}` : 'DATABASE_URL'}`,
  platform.seeded ? `  demo data   loaded: ${platform.seeded.industries.length} industries, ${platform.seeded.units.length} units, ${platform.seeded.teams.length} teams, ${platform.seeded.members.length} members, ${platform.seeded.activities.length} activities` : demoScale === 'none' ? '  demo data   none (SEED_SCALE=tiny|city|province loads it into an empty database)' : '  demo data   kept from an earlier start',
  '',
  // Demo tokens are a development convenience: production callers bring tokens from their identity provider.
  ...(tokens ? demoSignIn(tokens) : ['Production mode: no demo tokens; callers sign in with tokens of your identity provider (JWT_SECRET or JWKS).']),
  '',
  'Stop with Ctrl+C.',
  '',
];
process.stdout.write(lines.join('\n'));

function demoSignIn(tokens: Awaited<ReturnType<typeof demoTokens>>): string[] {
  return [
    `Demo sign-in (on the dashboard's sign-in page, or send as "Authorization: Bearer <token>"; signed with ${env.JWT_SECRET === DEV_JWT_SECRET ? 'the development JWT_SECRET' : 'JWT_SECRET'}):`,
    ...Object.entries(tokens).map(([role, { caller, token }]) => `  ${role.padEnd(11)} ${caller.unitId ? `(unit ${caller.unitId}) ` : ''}${token}`),
  ];
}

async function firstUnitId(gatewayUrl: string): Promise<string | undefined> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ units(includeExcluded: false) { id } }' }),
  });
  const body = (await res.json()) as { data?: { units: { id: string }[] } };
  return body.data?.units[0]?.id;
}
