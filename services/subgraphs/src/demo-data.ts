import { createOrm, type Logger } from '@sfxd/kit';
import type { SeedData } from '@sfxd/seed';
import { SUBGRAPHS } from './index.js';

/**
 * Loads demo data into every subgraph's schema that is still empty, each with the subgraph's own
 * ORM (which first migrates its schema, as the subgraph does at start); no subgraph needs to run.
 * True when any subgraph loaded its part. `names` limits it to some subgraphs.
 */
export async function loadDemoData(databaseUrl: string, data: SeedData, logger: Logger, names?: readonly string[]): Promise<boolean> {
  let loaded = false;
  for (const descriptor of SUBGRAPHS) {
    if (!descriptor.seed || (names && !names.includes(descriptor.name))) continue;
    const db = await createOrm({ url: databaseUrl, schema: descriptor.name, entities: descriptor.entities, migrations: descriptor.migrations, logger: logger.child({ service: descriptor.name }) });
    try {
      if (await descriptor.seed(db.orm, data)) loaded = true;
    } finally {
      await db.close();
    }
  }
  return loaded;
}
