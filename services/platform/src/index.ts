export { startPlatform, demoTokens, type Platform, type PlatformOptions, type RunningSubgraph } from './platform.js';
