import { createLogger, onShutdown, runService, urlVariable } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { readFileSync } from 'node:fs';
import { accessFromEnvironment, readGatewayEnvironment } from './environment.js';
import { limitsFromEnvironment } from './limits.js';
import { createGateway } from './server.js';

// Runs the gateway as a process of its own: a deployment, and `npm start`, which forks it.
await runService('gateway', async () => {
  const env = readGatewayEnvironment();
  const logger = createLogger('gateway', env.LOG_LEVEL);
  const gateway = await createGateway({
    subgraphUrls: Object.fromEntries(SUBGRAPHS.flatMap((s) => {
      const urls = (env as Record<string, unknown>)[urlVariable(s.name)];
      return Array.isArray(urls) ? [[s.name, urls as string[]]] : [];
    })),
    supergraphSdl: env.SUPERGRAPH_PATH ? readFileSync(env.SUPERGRAPH_PATH, 'utf8') : undefined,
    jwtSecret: env.JWT_SECRET,
    jwksUrl: env.JWKS_URL,
    jwksFile: env.JWKS_FILE,
    jwtIssuer: env.JWT_ISSUER,
    jwtAudience: env.JWT_AUDIENCE,
    subgraphSecret: env.SUBGRAPH_SECRET,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    keepAnswers: env.KEPT_ANSWERS_MB > 0,
    keptAnswersBytes: env.KEPT_ANSWERS_MB * 1024 * 1024,
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
  return listening;
});
