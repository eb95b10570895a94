#!/usr/bin/env node
/**
 * `npm run bench`: loads demo data at a baseline scale (city) and at province scale (100×) into
 * fresh databases, and times the loading and the dashboard's `{ units { partyMemberCount } }`
 * through the gateway. Results are reported as ratios to the baseline measured in the same run,
 * so they mean the same on any machine.
 *   node services/platform/dist/bench.js [--baseline city] [--scale province] [--runs 5]
 * With DATABASE_URL the databases are made on that server; else an embedded one is started.
 */
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createDatabaseIfMissing, createLogger, dropDatabase, signUserToken, startDatabase, withDatabase } from '@sfxd/kit';
import { SCALES, generateSeed, type ScaleName } from '@sfxd/seed';
import { SUBGRAPHS, subgraphNamed } from '@sfxd/subgraphs';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startPlatform } from './platform.js';

const { values } = parseArgs({ options: { baseline: { type: 'string', default: 'city' }, scale: { type: 'string', default: 'province' }, runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const scales = [values.baseline, values.scale] as ScaleName[];
for (const s of scales) if (!(s in SCALES)) throw new Error(`unknown scale ${s}; use ${Object.keys(SCALES).join(', ')}`);

const QUERY = '{ units { partyMemberCount } }';

interface Measure {
  scale: string;
  units: number;
  members: number;
  activities: number;
  generateMs: number;
  loadUnitsMs: number;
  loadMembersMs: number;
  queryMs: number;
  statements: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await f();
  return [result, performance.now() - started];
};

async function measure(serverUrl: string, scale: ScaleName): Promise<Measure> {
  const name = `sfxd_bench_${scale}`;
  const admin = withDatabase(serverUrl, 'postgres');
  await dropDatabase(admin, name);
  await createDatabaseIfMissing(admin, name);
  const platform = await startPlatform({
    databaseUrl: withDatabase(serverUrl, name),
    jwtSecret: DEV_JWT_SECRET,
    subgraphSecret: DEV_SUBGRAPH_SECRET,
    ports: Object.fromEntries([['gateway', 0], ...SUBGRAPHS.map((s) => [s.name, 0])]),
    seed: false,
    logger: createLogger('bench', 'warn'),
  });
  try {
    const [data, generateMs] = await time(() => generateSeed(SCALES[scale]));
    const [, loadUnitsMs] = await time(() => subgraphNamed('units').seed!(platform.subgraphs.units!.orm, data));
    const [, loadMembersMs] = await time(() => subgraphNamed('members').seed!(platform.subgraphs.members!.orm, data));
    const token = await signUserToken({ sub: 'bench', role: Role.LEADER }, DEV_JWT_SECRET);
    const ask = async () => {
      const res = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await res.json()) as { data?: { units: { partyMemberCount: number }[] }; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
      const total = body.data.units.reduce((n, u) => n + u.partyMemberCount, 0);
      if (body.data.units.length !== data.units.length || total !== data.members.length) throw new Error('query answered wrong counts');
    };
    await ask(); // warm-up: connections, query plans
    const members = platform.subgraphs.members!;
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < runs; i++) {
      members.queries.reset();
      times.push((await time(ask))[1]);
      statements = members.queries.count;
    }
    return {
      scale, units: data.units.length, members: data.members.length, activities: data.activities.length,
      generateMs, loadUnitsMs, loadMembersMs, queryMs: median(times), statements,
    };
  } finally {
    await platform.stop();
    await dropDatabase(admin, name);
  }
}

// As root, the embedded PostgreSQL runs as a `postgres` user, which must be able to enter the folder.
const folder = process.env.DATABASE_URL ? undefined : mkdtempSync(path.join(tmpdir(), 'sfxd-bench-'));
if (folder) chmodSync(folder, 0o755);
const server = folder
  ? await startDatabase({ dataDir: path.join(folder, 'pg'), port: 57000 + Math.floor(Math.random() * 2000), persistent: false })
  : await startDatabase({ url: process.env.DATABASE_URL });
// The embedded server runs out of reach of the terminal's Ctrl+C: stop it and drop its folder here.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().finally(() => {
      if (folder) rmSync(folder, { recursive: true, force: true });
      process.exit(130);
    });
  });
}
try {
  const results: Measure[] = [];
  for (const scale of scales) {
    console.log(`measuring ${scale} …`);
    results.push(await measure(server.url, scale));
  }
  const [base, big] = results as [Measure, Measure];
  const row = (label: string, f: (m: Measure) => number, unit = '') =>
    `${label.padEnd(34)}${results.map((m) => `${f(m).toFixed(0)}${unit}`.padStart(14)).join('')}${(f(big) / f(base)).toFixed(1).padStart(10)}×`;
  console.log(`\n${''.padEnd(34)}${results.map((m) => m.scale.padStart(14)).join('')}${'ratio'.padStart(11)}`);
  console.log(row('units', (m) => m.units));
  console.log(row('members', (m) => m.members));
  console.log(row('activities', (m) => m.activities));
  console.log(row('generate data (ms)', (m) => m.generateMs));
  console.log(row('load units schema (ms)', (m) => m.loadUnitsMs));
  console.log(row('load members + activities (ms)', (m) => m.loadMembersMs));
  console.log(row('members+activities rows/s', (m) => ((m.members + m.activities) / m.loadMembersMs) * 1000));
  console.log(row(`query median of ${runs} (ms)`, (m) => m.queryMs));
  console.log(row('members subgraph SQL statements', (m) => m.statements));
  console.log(`\nquery: ${QUERY} through the gateway as LEADER; data ${(big.members / base.members).toFixed(0)}× the baseline.`);
} finally {
  await server.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
