import 'reflect-metadata';

export * from './audit.js';
export * from './auth.js';
export * from './authz.js';
export * from './context.js';
export * from './database.js';
export * from './environment.js';
export * from './errors.js';
export * from './logger.js';
export * from './orm.js';
export * from './scalars.js';
export * from './schema.js';
export * from './server.js';
export * from './loaders.js';
export * from './mutations.js';
