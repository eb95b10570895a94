#!/usr/bin/env node
/**
 * Loads the demo data into a database whose subgraphs run as processes of their own:
 *   DATABASE_URL=… node services/subgraphs/dist/seed.js [tiny|city|province]
 * A one-off command, as a deployment runs a migration job: each subgraph's schema is migrated and,
 * when still empty, filled with its part of the data; a schema that holds data is left alone.
 * Demo data is for demonstrations and rehearsals; a production database starts empty.
 */
import { baseEnvironment, createLogger, loadEnvironment } from '@sfxd/kit';
import { SCALES, generateSeed, type ScaleName } from '@sfxd/seed';
import { loadDemoData } from './demo-data.js';

const scale = (process.argv[2] ?? 'city') as ScaleName;
if (!(scale in SCALES)) {
  process.stderr.write(`usage: seed.js [${Object.keys(SCALES).join('|')}]\n`);
  process.exit(2);
}
try {
  const env = loadEnvironment(baseEnvironment);
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set: name the database the subgraphs use');
  const logger = createLogger('seed', env.LOG_LEVEL);
  const data = generateSeed(SCALES[scale]);
  const loaded = await loadDemoData(env.DATABASE_URL, data, logger);
  process.stdout.write(
    loaded
      ? `demo data (${scale}) loaded: ${data.industries.length} industries, ${data.units.length} units, ${data.teams.length} teams, ${data.members.length} members, ${data.activities.length} activities\n`
      : 'demo data not loaded: every subgraph already holds data\n',
  );
} catch (error) {
  process.stderr.write(`The demo data was not loaded: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
