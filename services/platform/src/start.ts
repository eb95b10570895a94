import { createLogger, onShutdown, portVariable, DEV_JWT_SECRET } from '@sfxd/kit';
import { SCALES } from '@sfxd/seed';
import { limitsFromEnvironment } from '@sfxd/gateway';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { readPlatformEnvironment } from './environment.js';
import { demoTokens, startPlatform } from './platform.js';

// `npm start`: the whole platform on this machine, with demo data on first start.
const env = readPlatformEnvironment();
const logger = createLogger('platform', env.LOG_LEVEL);
const platform = await startPlatform({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.PGDATA_DIR,
  embeddedPort: env.EMBEDDED_PG_PORT,
  jwtSecret: env.JWT_SECRET,
  subgraphSecret: env.SUBGRAPH_SECRET,
  host: env.HOST,
  ports: { gateway: env.GATEWAY_PORT, ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, Number((env as Record<string, unknown>)[portVariable(s.name)])])) },
  seed: SCALES[env.SEED_SCALE],
  corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
  production: env.NODE_ENV === 'production',
  subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
  limits: limitsFromEnvironment(env),
  logger,
});
onShutdown(platform.stop, logger);

const unitAdminUnit = await firstUnitId(platform.gatewayUrl);
const tokens = await demoTokens(env.JWT_SECRET, unitAdminUnit);
const lines = [
  '',
  '示范行动 platform is running',
  `  gateway     ${platform.gatewayUrl}   (open it in a browser for GraphiQL)`,
  ...Object.entries(platform.subgraphs).map(([name, s]) => `  ${name.padEnd(11)} ${s.url}   (subgraph: gateway calls only)`),
  `  database    ${platform.database.embedded ? `embedded PostgreSQL, data in ${env.PGDATA_DIR}` : 'DATABASE_URL'}`,
  platform.seeded ? `  demo data   loaded: ${platform.seeded.industries.length} industries, ${platform.seeded.units.length} units, ${platform.seeded.teams.length} teams, ${platform.seeded.members.length} members, ${platform.seeded.activities.length} activities` : '  demo data   kept from an earlier start',
  '',
  `Demo sign-in (send as "Authorization: Bearer <token>"; signed with ${env.JWT_SECRET === DEV_JWT_SECRET ? 'the development JWT_SECRET' : 'JWT_SECRET'}):`,
  ...Object.entries(tokens).map(([role, { caller, token }]) => `  ${role.padEnd(11)} ${caller.unitId ? `(unit ${caller.unitId}) ` : ''}${token}`),
  '',
  'Stop with Ctrl+C.',
  '',
];
process.stdout.write(lines.join('\n'));

async function firstUnitId(gatewayUrl: string): Promise<string | undefined> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ units(includeExcluded: false) { id } }' }),
  });
  const body = (await res.json()) as { data?: { units: { id: string }[] } };
  return body.data?.units[0]?.id;
}
