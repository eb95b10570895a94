export { hiveGatewayConfig, type HiveGatewayOptions, type HiveLimits, type HiveRuntime } from './config.js';
export { startHiveGateway, type RunningHiveGateway } from './server.js';
export { hiveEnvironment, hiveOptionsFromEnvironment, readHiveEnvironment } from './environment.js';
