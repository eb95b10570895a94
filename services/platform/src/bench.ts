#!/usr/bin/env node
/**
 * `npm run bench`: loads demo data at a baseline scale (city) and at province scale (100×) into
 * fresh databases, and times the loading and the dashboard's `{ units { partyMemberCount } }`
 * through the gateway. Results are reported as ratios to the baseline measured in the same run,
 * so they mean the same on any machine. At the baseline scale it also loads the gateway with the
 * dashboard's overview query from one caller, with the deduplication of identical in-flight
 * subgraph queries on and off (two gateways on the same subgraphs, measured by turns).
 *   node services/platform/dist/bench.js [--baseline city] [--scale province] [--runs 5] [--load-seconds 5] [--connections 20]
 * With DATABASE_URL the databases are made on that server; else an embedded one is started.
 */
import { createGateway } from '@sfxd/gateway';
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createDatabaseIfMissing, createLogger, dropDatabase, signUserToken, startDatabase, withDatabase } from '@sfxd/kit';
import { SCALES, generateSeed, type ScaleName } from '@sfxd/seed';
import { SUBGRAPHS, subgraphNamed } from '@sfxd/subgraphs';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startPlatform } from './platform.js';

const { values } = parseArgs({ options: { baseline: { type: 'string', default: 'city' }, scale: { type: 'string', default: 'province' }, runs: { type: 'string', default: '5' }, 'load-seconds': { type: 'string', default: '5' }, connections: { type: 'string', default: '20' } } });
const loadSeconds = Math.max(1, Number(values['load-seconds']));
const connections = Math.max(1, Number(values.connections));
const runs = Math.max(1, Number(values.runs));
const scales = [values.baseline, values.scale] as ScaleName[];
for (const s of scales) if (!(s in SCALES)) throw new Error(`unknown scale ${s}; use ${Object.keys(SCALES).join(', ')}`);

const QUERY = '{ units { partyMemberCount } }';
/** The dashboard's overview (dashboard/src/api/documents.ts `OverviewUnits`). */
const OVERVIEW = 'query OverviewUnits { units(includeExcluded: true) { id code name excluded teamCount partyMemberCount industry { id code name } } }';

/** Requests answered per second by `connections` clients asking `query` back to back for `seconds`. */
async function requestsPerSecond(url: string, token: string, query: string, seconds: number): Promise<number> {
  const body = JSON.stringify({ query });
  const until = performance.now() + seconds * 1000;
  let answered = 0;
  const client = async () => {
    while (performance.now() < until) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const answer = (await res.json()) as { errors?: unknown[] };
      if (answer.errors) throw new Error(`query failed: ${JSON.stringify(answer.errors)}`);
      answered += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, client));
  return answered / ((performance.now() - started) / 1000);
}

interface DedupMeasure {
  on: number;
  off: number;
  shared: number;
  sent: number;
}

/** The overview under load through two gateways on the platform's subgraphs, deduplicating and not, by turns. */
async function measureDedup(platform: Awaited<ReturnType<typeof startPlatform>>, token: string): Promise<DedupMeasure> {
  const start = async (deduplicate: boolean) => {
    const gateway = await createGateway({
      subgraphUrls: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.url])),
      jwtSecret: DEV_JWT_SECRET,
      subgraphSecret: DEV_SUBGRAPH_SECRET,
      deduplicateSubgraphQueries: deduplicate,
      logger: createLogger('bench', 'warn'),
    });
    return { stats: gateway.subgraphFetches, running: await gateway.listen(0) };
  };
  const gateways = { on: await start(true), off: await start(false) };
  try {
    for (const g of Object.values(gateways)) await requestsPerSecond(g.running.url, token, OVERVIEW, 1); // warm-up: plans, connections
    const rates = { on: [] as number[], off: [] as number[] };
    const before = { ...gateways.on.stats };
    for (let turn = 0; turn < 2; turn++) {
      for (const which of ['on', 'off'] as const) rates[which].push(await requestsPerSecond(gateways[which].running.url, token, OVERVIEW, loadSeconds / 2));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { on: mean(rates.on), off: mean(rates.off), shared: gateways.on.stats.shared - before.shared, sent: gateways.on.stats.sent - before.sent };
  } finally {
    for (const g of Object.values(gateways)) await g.running.close();
  }
}

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
  dedup?: DedupMeasure;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await f();
  return [result, performance.now() - started];
};

async function measure(serverUrl: string, scale: ScaleName, loadTest: boolean): Promise<Measure> {
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
    const dedup = loadTest ? await measureDedup(platform, token) : undefined;
    return {
      scale, units: data.units.length, members: data.members.length, activities: data.activities.length,
      generateMs, loadUnitsMs, loadMembersMs, queryMs: median(times), statements, dedup,
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
    results.push(await measure(server.url, scale, scale === scales[0]));
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
  if (base.dedup) {
    const d = base.dedup;
    console.log(`\noverview at ${base.scale} scale, ${connections} clients, one LEADER, ${loadSeconds} s each way, by turns:`);
    console.log(`${'requests/s, in-flight dedup on'.padEnd(34)}${d.on.toFixed(1).padStart(14)}`);
    console.log(`${'requests/s, in-flight dedup off'.padEnd(34)}${d.off.toFixed(1).padStart(14)}`);
    console.log(`${'ratio on / off'.padEnd(34)}${(d.on / d.off).toFixed(2).padStart(14)}×`);
    console.log(`${'subgraph calls shared / sent (on)'.padEnd(34)}${`${d.shared} / ${d.sent}`.padStart(14)}`);
  }
} finally {
  await server.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
