import { createLogger, onShutdown, urlVariable } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { readFileSync } from 'node:fs';
import { accessFromEnvironment, readGatewayEnvironment } from './environment.js';
import { limitsFromEnvironment } from './limits.js';
import { createGateway } from './server.js';

// Runs the gateway on its own (a deployment); `npm start` runs every service in one process.
const env = readGatewayEnvironment();
const logger = createLogger('gateway', env.LOG_LEVEL);
const gateway = await createGateway({
  subgraphUrls: Object.fromEntries(SUBGRAPHS.flatMap((s) => {
    const url = (env as Record<string, unknown>)[urlVariable(s.name)];
    return typeof url === 'string' ? [[s.name, url]] : [];
  })),
  supergraphSdl: env.SUPERGRAPH_PATH ? readFileSync(env.SUPERGRAPH_PATH, 'utf8') : undefined,
  jwtSecret: env.JWT_SECRET,
  jwksUrl: env.JWKS_URL,
  jwksFile: env.JWKS_FILE,
  jwtIssuer: env.JWT_ISSUER,
  jwtAudience: env.JWT_AUDIENCE,
  subgraphSecret: env.SUBGRAPH_SECRET,
  subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
  corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
  trustProxy: env.TRUST_PROXY,
  production: env.NODE_ENV === 'production',
  limits: limitsFromEnvironment(env),
  ...accessFromEnvironment(env),
  logger,
});
const listening = gateway.listen(env.GATEWAY_PORT, env.GATEWAY_HOST);
// Handlers first: a SIGTERM that arrives as the gateway starts listening still drains it.
onShutdown(async () => (await listening).close(), logger);
await listening;
