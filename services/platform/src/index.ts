export { startPlatform, demoTokens, type Platform, type PlatformOptions, type RunningSubgraph } from './platform.js';
export { SUBGRAPHS, type SubgraphDescriptor } from './subgraphs.js';
