import { evaluationsSubgraph } from '@sfxd/evaluations';
import { honorsSubgraph } from '@sfxd/honors';
import type { SubgraphDescriptor } from '@sfxd/kit';
import { membersSubgraph } from '@sfxd/members';
import type { SeedData } from '@sfxd/seed';
import { unitsSubgraph } from '@sfxd/units';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Every subgraph of the platform, in start order (a subgraph after the ones it asks). This is the
 * only list: schema composition, `npm start`, the gateway's URLs and cost model, the tests and the
 * README's table are derived from it. A new subgraph is its package plus one line here.
 */
export const SUBGRAPHS: readonly SubgraphDescriptor<any, SeedData>[] = [
  unitsSubgraph,
  membersSubgraph,
  honorsSubgraph,
  evaluationsSubgraph,
];

export function subgraphNamed(name: string): SubgraphDescriptor<any, SeedData> {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`No subgraph ${name}; there are ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
export { loadDemoData } from './demo-data.js';

/** The file that runs a subgraph as a process of its own: `services/<name>/dist/main.js` of its package `@sfxd/<name>`. */
export function subgraphMain(name: string): string {
  subgraphNamed(name);
  // Beside the package's entry (dist/index.js); a package's exports need not list package.json.
  return path.join(path.dirname(require.resolve(`@sfxd/${name}`)), 'main.js');
}
