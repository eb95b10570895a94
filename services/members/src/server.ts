import { createLogger, createOrm, createSubgraphServer, type Logger } from '@sfxd/kit';
import { httpUnitDirectory, type UnitDirectory } from './directory.js';
import { createLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { SCHEMA, buildMembersSchema, entities } from './schema.js';

export interface MembersServiceOptions {
  databaseUrl: string;
  subgraphSecret: string;
  /** The units subgraph's GraphQL URL (default http://127.0.0.1:4001/graphql). */
  unitsUrl?: string;
  /** Instead of unitsUrl: how to look units and teams up. */
  directory?: UnitDirectory;
  production?: boolean;
  logger?: Logger;
  /** Time budget of one roster import (waiting its turn, reading); keep it under the gateway's SUBGRAPH_TIMEOUT_MS (default 8 s). */
  rosterImportTimeoutMs?: number;
}

/** Connects, migrates and builds the members subgraph; the caller decides where it listens. */
export async function createMembersService(options: MembersServiceOptions) {
  const logger = options.logger ?? createLogger('members');
  const directory = options.directory ?? httpUnitDirectory(options.unitsUrl ?? 'http://127.0.0.1:4001/graphql', options.subgraphSecret);
  const db = await createOrm({ url: options.databaseUrl, schema: SCHEMA, entities, migrations, logger });
  const schema = await buildMembersSchema();
  const server = createSubgraphServer({
    name: 'members',
    schema,
    db,
    subgraphSecret: options.subgraphSecret,
    logger,
    production: options.production ?? false,
    createLoaders: (em, caller) => createLoaders(em, caller, directory, { rosterImportTimeoutMs: options.rosterImportTimeoutMs }),
  });
  return { ...server, db, schema };
}
