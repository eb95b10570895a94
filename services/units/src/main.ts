import { createLogger, onShutdown } from '@sfxd/kit';
import { readUnitsEnvironment } from './environment.js';
import { createUnitsService } from './server.js';

// Runs the units subgraph on its own (a deployment); `npm start` runs every service in one process.
const env = readUnitsEnvironment();
const logger = createLogger('units', env.LOG_LEVEL);
const service = await createUnitsService({
  databaseUrl: env.DATABASE_URL,
  subgraphSecret: env.SUBGRAPH_SECRET,
  production: env.NODE_ENV === 'production',
  logger,
});
const running = await service.listen(env.UNITS_PORT, env.UNITS_HOST);
onShutdown(running.close, logger);
