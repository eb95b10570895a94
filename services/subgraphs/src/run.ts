#!/usr/bin/env node
/**
 * Runs one subgraph on its own, as a deployment that runs services separately does:
 *   node services/subgraphs/dist/run.js <name>
 * with DATABASE_URL and SUBGRAPH_SECRET; <NAME>_PORT, <NAME>_HOST and the <PEER>_URL of each
 * subgraph it asks are optional (see the README's table). `npm start` runs them all in one process.
 */
import { runSubgraph } from '@sfxd/kit';
import { SUBGRAPHS, subgraphNamed } from './index.js';

const name = process.argv[2];
if (!name) {
  console.error(`usage: run.js <${SUBGRAPHS.map((s) => s.name).join('|')}>`);
  process.exit(2);
}
await runSubgraph(subgraphNamed(name), SUBGRAPHS);
