export { createGateway, DEFAULT_SUPERGRAPH_PATH, type GatewayOptions, type GatewayContext } from './server.js';
export { readGatewayEnvironment, limitsEnvironment } from './environment.js';
export { createIdentityVerifier } from './identity.js';
export { DEFAULT_LIMITS, limitsFromEnvironment, type GatewayLimits } from './limits.js';
