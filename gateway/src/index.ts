export { createGateway, DEFAULT_SUPERGRAPH_PATH, type GatewayOptions, type GatewayContext } from './server.js';
export { readGatewayEnvironment } from './environment.js';
export { createIdentityVerifier } from './identity.js';
