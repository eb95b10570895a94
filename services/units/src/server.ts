import { createLogger, createOrm, createSubgraphServer, type Logger } from '@sfxd/kit';
import { createLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { SCHEMA, buildUnitsSchema, entities } from './schema.js';

export interface UnitsServiceOptions {
  databaseUrl: string;
  subgraphSecret: string;
  production?: boolean;
  logger?: Logger;
}

/** Connects, migrates and builds the units subgraph; the caller decides where it listens. */
export async function createUnitsService(options: UnitsServiceOptions) {
  const logger = options.logger ?? createLogger('units');
  const db = await createOrm({ url: options.databaseUrl, schema: SCHEMA, entities, migrations, logger });
  const schema = await buildUnitsSchema();
  const server = createSubgraphServer({
    name: 'units',
    schema,
    db,
    subgraphSecret: options.subgraphSecret,
    logger,
    production: options.production ?? false,
    createLoaders: (em) => createLoaders(em),
  });
  return { ...server, db, schema };
}
