export { startPlatform, demoTokens, type Platform, type PlatformOptions, type RunningSubgraph } from './platform.js';
export { reportMaker } from './reports.js';
