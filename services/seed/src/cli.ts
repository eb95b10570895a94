#!/usr/bin/env node
/**
 * Prints what a scale generates and how long it takes:
 *   node dist/cli.js [tiny|city|province] [--seed N] [--digest]
 * --digest also prints a SHA-256 of the data, to check determinism across machines and commits.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SCALES, generateSeed, type ScaleName } from './generate.js';

const args = process.argv.slice(2);
const scale = (args.find((a) => !a.startsWith('--')) ?? 'city') as ScaleName;
if (!(scale in SCALES)) {
  console.error(`unknown scale '${scale}'; use one of ${Object.keys(SCALES).join(', ')}`);
  process.exit(2);
}
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : undefined;

const started = performance.now();
const data = generateSeed({ ...SCALES[scale], seed });
const ms = performance.now() - started;

const excluded = data.units.filter((u) => u.excluded).length;
const probationary = data.members.filter((m) => m.status === 'PROBATIONARY').length;
console.log(`scale ${scale}${seed === undefined ? '' : ` (seed ${seed})`}: generated in ${ms.toFixed(0)} ms`);
console.log(`  industries  ${data.industries.length}`);
console.log(`  units       ${data.units.length} (${excluded} excluded)`);
console.log(`  teams       ${data.teams.length}`);
console.log(`  members     ${data.members.length} (${probationary} probationary)`);
console.log(`  activities  ${data.activities.length}`);
console.log(`  heap used   ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

if (args.includes('--digest')) {
  // Hashing entity by entity avoids one giant JSON string, which would not fit at province scale.
  const hash = createHash('sha256');
  for (const list of [data.industries, data.units, data.teams, data.members, data.activities]) {
    for (const item of list) hash.update(JSON.stringify(item)).update('\n');
  }
  console.log(`  sha256      ${hash.digest('hex')}`);
}
