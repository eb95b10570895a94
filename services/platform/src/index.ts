export { startPlatform, demoTokens, type Platform, type PlatformOptions, type RunningSubgraph } from './platform.js';
export { reportMaker } from './reports.js';
export { startPlatformProcesses, type PlatformProcesses, type PlatformProcessesOptions, type ServiceExit } from './processes.js';
