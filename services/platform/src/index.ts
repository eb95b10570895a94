export { startPlatform, demoTokens, type Platform, type PlatformOptions } from './platform.js';
