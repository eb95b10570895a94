export { createGateway, DEFAULT_SUPERGRAPH_PATH, type GatewayOptions, type GatewayContext, type InProcessSubgraph } from './server.js';
export { readGatewayEnvironment, limitsEnvironment, accessEnvironment, accessFromEnvironment } from './environment.js';
export { createIdentityVerifier, PRODUCTION_MAX_TOKEN_LIFETIME_SECONDS, DEVELOPMENT_MAX_TOKEN_LIFETIME_SECONDS } from './identity.js';
export { DEFAULT_LIMITS, demandControlOf, limitsFromEnvironment, type DemandControl, type GatewayLimits, type ListSize } from './limits.js';
export { KEPT_ANSWERS_BYTES, type KeptAnswerStats } from './kept-answers.js';
