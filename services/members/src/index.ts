export { createMembersService, type MembersServiceOptions } from './server.js';
export { buildMembersSchema, SCHEMA as MEMBERS_SCHEMA } from './schema.js';
export { loadMembersSeed } from './seed.js';
export { readMembersEnvironment } from './environment.js';
export { httpUnitDirectory, type UnitDirectory, type DirectoryUnit } from './directory.js';
