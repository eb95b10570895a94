import { createLogger, onShutdown } from '@sfxd/kit';
import { readMembersEnvironment } from './environment.js';
import { createMembersService } from './server.js';

// Runs the members subgraph on its own (a deployment); `npm start` runs every service in one process.
const env = readMembersEnvironment();
const logger = createLogger('members', env.LOG_LEVEL);
const service = await createMembersService({
  databaseUrl: env.DATABASE_URL,
  subgraphSecret: env.SUBGRAPH_SECRET,
  unitsUrl: env.UNITS_URL,
  production: env.NODE_ENV === 'production',
  logger,
});
const running = await service.listen(env.MEMBERS_PORT, env.MEMBERS_HOST);
onShutdown(running.close, logger);
