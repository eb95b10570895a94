#!/usr/bin/env node
/**
 * The committed supergraph under Hive Gateway: `npm run build && npm run start -w @sfxd/hive-gateway`.
 * The subgraphs must run with the same ROUTER_SECRET (and the user-token variables) as this.
 */
import { createLogger, onShutdown } from '@sfxd/kit';
import { hiveOptionsFromEnvironment, readHiveEnvironment } from './environment.js';
import { startHiveGateway } from './server.js';

const env = readHiveEnvironment();
const logger = createLogger('hive-gateway', env.LOG_LEVEL);
const running = await startHiveGateway(hiveOptionsFromEnvironment(env), env.HIVE_GATEWAY_PORT, env.HIVE_GATEWAY_HOST);
onShutdown(running.close, logger);
logger.info({ url: running.url }, 'Hive Gateway listening');
