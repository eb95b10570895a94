#!/usr/bin/env node
/**
 * Hive Gateway beside ours, for the bench: `startHiveForBench` starts Hive Gateway on the committed
 * supergraph in front of subgraphs already running, and hands back its URL. The subgraphs must
 * accept the router scheme: start them with ROUTER_SECRET set in the environment (the bench's
 * `BENCH_ROUTER_SECRET`; `startSubgraph` reads it like every other setting) or `router` options.
 *
 * Run alone, it measures both gateways on the same subgraphs, city data, by turns:
 *   node services/platform/dist/bench-hive.js [--seconds 5] [--connections 20]
 * With DATABASE_URL the data goes into a new database there; else an embedded PostgreSQL starts.
 */
import { startHiveGateway } from '@sfxd/hive-gateway';
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createDatabaseIfMissing, createLogger, dropDatabase, signUserToken, withDatabase } from '@sfxd/kit';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBenchDatabase } from './bench-database.js';
import { startPlatform } from './platform.js';

/** The router credential of a bench run (development only: production refuses short or shared secrets). */
export const BENCH_ROUTER_SECRET = 'sfxd-bench-router-secret-not-for-production';

export interface HiveForBench {
  url: string;
  close(): Promise<void>;
}

export interface HiveForBenchOptions {
  /** Subgraph name → GraphQL URL of the running subgraphs. */
  subgraphUrls: Record<string, string>;
  /** A user token (as the bench's clients send it): one request is answered with it before this returns. */
  token: string;
  routerSecret?: string;
  jwtSecret?: string;
  /** Hive Gateway's sharing of identical incoming requests in flight (its subgraph calls are shared anyway). */
  inboundDeduplication?: boolean;
}

export async function startHiveForBench(options: HiveForBenchOptions): Promise<HiveForBench> {
  const hive = await startHiveGateway({
    subgraphUrls: options.subgraphUrls,
    routerSecret: options.routerSecret ?? BENCH_ROUTER_SECRET,
    jwtSecret: options.jwtSecret ?? DEV_JWT_SECRET,
    inboundDeduplication: options.inboundDeduplication,
    logging: 'error',
  });
  try {
    // A subgraph started without the router credential refuses every call: say so before any load.
    const res = await fetch(hive.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` }, body: JSON.stringify({ query: '{ units { id partyMemberCount } }' }) });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`Hive Gateway cannot ask the subgraphs (were they started with ROUTER_SECRET?): ${JSON.stringify(body.errors)}`);
  } catch (error) {
    await hive.close();
    throw error;
  }
  return { url: hive.url, close: hive.close };
}

/** Requests answered per second by `connections` clients asking `query` back to back for `seconds`. */
export async function requestsPerSecond(url: string, token: string, query: string, seconds: number, connections: number): Promise<number> {
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

const QUERIES = {
  /** The dashboard's overview (dashboard/src/api/documents.ts `OverviewUnits`). */
  overview: 'query OverviewUnits { units(includeExcluded: true) { id code name excluded teamCount partyMemberCount industry { id code name } } }',
  /** The issue's measure: units with their teams' member counts. */
  unitsTeams: '{ units { name partyMemberCount teams { name memberCount } } }',
};

export interface HiveBenchResult {
  /** Requests/s per query and gateway: ours, Hive Gateway, Hive Gateway with its inbound deduplication. */
  rates: Record<string, Record<string, number>>;
  connections: number;
  seconds: number;
  summary: string;
}

/** Both gateways on the same subgraphs (city units and members), one LEADER caller, by turns. */
export async function benchHive(options: { seconds: number; connections: number }): Promise<HiveBenchResult> {
  const { seconds, connections } = options;
  process.env.ROUTER_SECRET = BENCH_ROUTER_SECRET;
  const server = await startBenchDatabase('bench-hive');
  const admin = withDatabase(server.url, 'postgres');
  const name = 'sfxd_bench_hive';
  await dropDatabase(admin, name);
  await createDatabaseIfMissing(admin, name);
  try {
    console.log('Hive Gateway beside ours: loading city data (units, members) …');
    const platform = await startPlatform({
      databaseUrl: withDatabase(server.url, name),
      jwtSecret: DEV_JWT_SECRET,
      subgraphSecret: DEV_SUBGRAPH_SECRET,
      ports: Object.fromEntries([['gateway', 0], ...SUBGRAPHS.map((s) => [s.name, 0])]),
      seedSubgraphs: ['units', 'members'],
      logger: createLogger('bench', 'warn'),
    });
    const token = await signUserToken({ sub: 'bench', role: Role.LEADER }, DEV_JWT_SECRET);
    const subgraphUrls = Object.fromEntries(Object.entries(platform.subgraphs).map(([n, s]) => [n, s.url]));
    const hive = await startHiveForBench({ subgraphUrls, token });
    const hiveInbound = await startHiveForBench({ subgraphUrls, token, inboundDeduplication: true });
    const gateways = { ours: platform.gatewayUrl, hive: hive.url, 'hive+inbound': hiveInbound.url };
    const rates: HiveBenchResult['rates'] = {};
    const lines: string[] = [];
    try {
      for (const [label, query] of Object.entries(QUERIES)) {
        for (const url of Object.values(gateways)) await requestsPerSecond(url, token, query, 1, connections); // warm-up
        const turns: Record<string, number[]> = {};
        for (let turn = 0; turn < 2; turn++) {
          for (const [which, url] of Object.entries(gateways)) (turns[which] ??= []).push(await requestsPerSecond(url, token, query, seconds / 2, connections));
        }
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        const r = Object.fromEntries(Object.entries(turns).map(([k, v]) => [k, mean(v)]));
        rates[label] = r;
        lines.push(
          `${label}: ours ${r.ours!.toFixed(1)} req/s, Hive Gateway ${r.hive!.toFixed(1)} req/s (with inbound deduplication ${r['hive+inbound']!.toFixed(1)}); ` +
            `ours / Hive ${(r.ours! / r.hive!).toFixed(2)}×, ours / Hive+inbound ${(r.ours! / r['hive+inbound']!).toFixed(2)}×`,
        );
      }
    } finally {
      await hive.close();
      await hiveInbound.close();
      await platform.stop();
    }
    return { rates, connections, seconds, summary: `Hive Gateway beside ours (city units and members, one LEADER, ${connections} connections, ${seconds} s each): ${lines.join('; ')}` };
  } finally {
    await dropDatabase(admin, name).catch(() => undefined);
    await server.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '20' } } });
  const result = await benchHive({ seconds: Math.max(1, Number(values.seconds)), connections: Math.max(1, Number(values.connections)) });
  console.log(result.summary);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
  process.exit(0);
}
