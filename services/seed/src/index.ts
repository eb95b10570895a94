export type {
  ActivityType, SeedActivity, SeedData, SeedIndustry, SeedMember, SeedOptions, SeedTeam, SeedUnit,
} from './types.js';
export { DEFAULT_SEED_OPTIONS, SCALES, generateSeed, type ScaleName } from './generate.js';
export { createRandom, type Random } from './random.js';
export { createIdFactory } from './ids.js';
export { excludedUnitCount } from './catalog.js';
export { ACTIVITY_TYPES, EXCLUDED_INDUSTRY_NAMES, INDUSTRY_DEFS, type IndustryDef } from './names.js';
