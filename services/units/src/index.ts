export { createUnitsService, type UnitsServiceOptions } from './server.js';
export { buildUnitsSchema, SCHEMA as UNITS_SCHEMA } from './schema.js';
export { loadUnitsSeed } from './seed.js';
export { readUnitsEnvironment } from './environment.js';
