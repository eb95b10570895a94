#!/usr/bin/env node
/**
 * `npm run bench`: the dashboard's real queries (dashboard/src/api/*.documents.ts) at city scale
 * and at a larger one (province, 100×, or the largest stated), loaded with autocannon over
 * loopback, bounded in time, after a warm-up. Measured side by side in one run:
 * - requests/s and p50/p99 of each query through the gateway calling its subgraphs over HTTP, and
 *   through the same gateway calling them in this process (no HTTP hop): HTTP / in-process is the
 *   federation's HTTP overhead (target ≥ 0.5 on the overview). Both gateways share no in-flight
 *   calls, so that the hop is the only difference; the overview is also measured with sharing on;
 * - SQL statements per GraphQL request of each query at both scales, which must be equal;
 * - at the larger scale, the per-unit quota and `quotaAttainment` against one hand-written SQL
 *   statement computing the same numbers on the same database (target ≤ 3×), numbers compared;
 * - at city scale, the year-end report's generation time and the dashboard's time to first chart
 *   in headless Chromium; throughout, the peak memory (RSS) of each process.
 * Written to bench/results.json and the README's "Performance" section (between its markers).
 *
 *   node services/platform/dist/bench.js [--quick] [--units 10000] [--seconds 4] [--warmup 2] [--turns 2]
 *        [--connections 10] [--queries overview,quota] [--no-browser] [--no-report] [--no-hive] [--no-cost] [--out bench/results.json] [--no-readme]
 *        [--load-only]
 * `--load-only`: generates and loads both scales, prints and writes their load times, rows and the peak memory, and stops there.
 * Default larger scale: 1,000 units (10×); `--units 10000` is the province, which loads here in 395 s on the quiet machine. `--quick`: 500 units, 2 s turns, one turn, results to bench/results-quick.json, README untouched.
 * With DATABASE_URL the databases are made on that server; else an embedded one is started.
 */
import { createGateway, type InProcessSubgraph } from '@sfxd/gateway';
import {
  DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createDatabaseIfMissing, createLogger, dropDatabase, signUserToken, startSubgraph, withDatabase,
  type StartedSubgraph,
} from '@sfxd/kit';
import { SCALES, generateSeed, type SeedOptions } from '@sfxd/seed';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { generateReport } from '@sfxd/report';
import * as documents from '@sfxd/dashboard/documents';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBenchDatabase } from './bench-database.js';
import { benchHive } from './bench-hive.js';
import { benchSubgraphCost } from './bench-subgraph-cost.js';
import pg from 'pg';
import { timeToFirstChart } from './bench-browser.js';
import { load, startMemorySampler, type LoadResult } from './bench-load.js';
import { CITY_ATTAINMENT_SQL, UNIT_QUOTAS_SQL, touchHonor, withDeclaredPost, cityRowOf, differences, quotaRowsOf, type CityAttainmentRow, type UnitQuotaRow } from './bench-sql.js';
import { ratio, ratiosOf, renderPerformanceSection, replaceSection, type RunRatios } from './bench-readme.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    units: { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    turns: { type: 'string' },
    connections: { type: 'string', default: '10' },
    queries: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'no-report': { type: 'boolean', default: false },
    'no-hive': { type: 'boolean', default: false },
    'no-cost': { type: 'boolean', default: false },
    'no-readme': { type: 'boolean', default: false },
    out: { type: 'string' },
    'load-only': { type: 'boolean', default: false },
  },
});
const quick = flags.quick;
/**
 * The larger scale's units (50 members each, as the city). The province is 10,000: on this 2-core
 * machine, quiet, it (500,000 members, ~5 million evaluations) generates and loads in 395 s, the
 * evaluations' keys checked and indexes built once at the end (see docs/performance.md). The
 * default stays 1,000 so that a whole run takes minutes; `--units 10000` runs the province.
 */
const largeUnits = Number(flags.units ?? (quick ? 500 : 1_000));
const seconds = Number(flags.seconds ?? (quick ? 2 : 4));
const warmupSeconds = Number(flags.warmup ?? (quick ? 1 : 2));
const turns = Number(flags.turns ?? (quick ? 1 : 2));
const connections = Number(flags.connections);
/** The longest turn of load: a province-scale answer computed afresh takes seconds to tens of seconds. */
const MAX_TURN_SECONDS = 60;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const outFile = path.resolve(ROOT, flags.out ?? (quick ? 'bench/results-quick.json' : 'bench/results.json'));
const writeReadme = !quick && !flags['no-readme'];
for (const [name, n] of Object.entries({ units: largeUnits, seconds, warmup: warmupSeconds, turns, connections })) {
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
}

const BASELINE: SeedOptions = SCALES.city;
const LARGE: SeedOptions = { units: largeUnits, membersPerUnit: SCALES.city.membersPerUnit };
const scaleName = (o: SeedOptions) => (o.units === SCALES.city.units ? 'city' : o.units === SCALES.province.units ? 'province' : `${o.units} units`);

/** What the queries ask about: the 2016 campaign (and 2015 before it), a round, a department. */
interface Subjects {
  campaignId: string;
  previousId: string;
  roundId: string;
  unitId: string;
  year: number;
}

interface BenchQuery {
  key: string;
  label: string;
  document: string;
  variables(s: Subjects): Record<string, unknown>;
}

/** The dashboard's own documents, as it sends them (fragments included). */
const QUERIES: BenchQuery[] = [
  { key: 'overview', label: 'overview (OverviewUnits)', document: String(documents.OverviewUnitsDocument), variables: () => ({}) },
  { key: 'quota', label: 'quota per unit (QuotaUnits)', document: String(documents.QuotaUnitsDocument), variables: (s) => ({ campaignId: s.campaignId }) },
  { key: 'attainment', label: 'city attainment (CityAttainment)', document: String(documents.CityAttainmentDocument), variables: (s) => ({ campaignId: s.campaignId }) },
  {
    key: 'trends', label: 'evaluation trends (EvaluationTrends)', document: String(documents.EvaluationTrendsDocument),
    variables: (s) => ({ campaignId: s.campaignId, previousId: s.previousId, hasPrevious: true }),
  },
  { key: 'management', label: 'management actions (ManagementActions)', document: String(documents.ManagementActionsDocument), variables: (s) => ({ campaignId: s.campaignId }) },
  { key: 'department', label: 'department page (UnitDetail)', document: String(documents.UnitDetailDocument), variables: (s) => ({ id: s.unitId, year: s.year }) },
  {
    key: 'departmentFigures', label: 'department figures (DeptFigures)', document: String(documents.DeptFiguresDocument),
    variables: (s) => ({ id: s.unitId, campaignId: s.campaignId, roundId: s.roundId }),
  },
];
const chosen = flags.queries ? QUERIES.filter((q) => flags.queries!.split(',').includes(q.key)) : QUERIES;
if (chosen.length === 0) throw new Error(`--queries names none of ${QUERIES.map((q) => q.key).join(', ')}`);

type Mode = 'http' | 'inProcess' | 'httpShared';

export interface QueryMeasure {
  key: string;
  label: string;
  /** Clients and seconds per turn used for this query (fewer clients, longer turns for a slow one). */
  connections: number;
  turnSeconds: number;
  /** One request alone, before the load. */
  singleRequestMs: number;
  /** One request alone with every subgraph's kept answers emptied first, as after a write. */
  coldRequestMs?: number;
  /** Mean over the turns of each mode. */
  modes: Partial<Record<Mode, { requestsPerSecond: number; p50Ms: number; p99Ms: number; turns: LoadResult[] }>>;
  /** HTTP requests/s ÷ in-process requests/s. */
  httpOverInProcess: number;
  /** SQL statements of one request, by subgraph and in all. */
  statements: { total: number; bySubgraph: Record<string, number> };
  responseBytes: number;
}

export interface ScaleMeasure {
  scale: string;
  options: SeedOptions;
  rows: Record<string, number>;
  generateMs: number;
  /** Migrations and demo data of each subgraph (the honors and evaluations subgraphs generate theirs as they load); the subgraphs load at the same time, so these overlap. */
  loadMs: Record<string, number>;
  totalLoadMs: number;
  queries: QueryMeasure[];
}

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await f();
  return [result, performance.now() - started];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

async function ask(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data: any; bytes: number }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (!res.ok || body.errors || !body.data) throw new Error(`query failed (${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 2000)}`);
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

interface Running {
  subgraphs: Record<string, StartedSubgraph>;
  urls: Record<string, string>;
  /** `forget`: empties the gateway's kept answers, as its restart would. */
  gateways: Record<Mode, { url: string; close(): Promise<void>; forget(): void }>;
  stop(): Promise<void>;
}

/** The four subgraphs over HTTP as `npm start` runs them, and three gateways in front of them. */
async function startServices(databaseUrl: string, data: ReturnType<typeof generateSeed>, loadMs: Record<string, number>): Promise<Running> {
  const logger = createLogger('bench', 'warn');
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((error) => log(`stop failed: ${String(error)}`));
  };
  try {
    const subgraphs: Record<string, StartedSubgraph> = {};
    const urls: Record<string, string> = {};
    const migrateMs: Record<string, number> = {};
    for (const descriptor of SUBGRAPHS) {
      const [, ms] = await time(async () => {
        const service = await startSubgraph(descriptor, {
          databaseUrl, subgraphSecret: DEV_SUBGRAPH_SECRET, logger: logger.child({ service: descriptor.name }),
          // Peer calls between subgraphs stay on HTTP in both modes.
          peerUrls: urls,
          callTimeoutMs: 120_000,
        });
        const running = await service.listen(0, '127.0.0.1');
        stops.push(running.close);
        urls[descriptor.name] = running.url;
        subgraphs[descriptor.name] = service;
      });
      migrateMs[descriptor.name] = ms;
    }
    // Each subgraph's data goes to its own schema on its own connection, and no foreign key
    // crosses schemas: the small ones load beside the evaluations, on the core that PostgreSQL's
    // one backend writing the evaluations leaves to the other backends.
    await Promise.all(SUBGRAPHS.map(async (descriptor) => {
      const [, ms] = await time(() => descriptor.seed?.(subgraphs[descriptor.name]!.db.orm, data));
      loadMs[descriptor.name] = migrateMs[descriptor.name]! + ms;
      log(`  ${descriptor.name}: migrated in ${(migrateMs[descriptor.name]! / 1000).toFixed(1)} s, loaded in ${(ms / 1000).toFixed(1)} s (beside the others)`);
    }));
    const gateway = async (mode: Mode) => {
      const g = await createGateway({
        subgraphUrls: urls,
        jwtSecret: DEV_JWT_SECRET,
        subgraphSecret: DEV_SUBGRAPH_SECRET,
        // A province-scale answer under load may take more than the default deadline; the bench measures, it does not cut.
        subgraphTimeoutMs: 120_000,
        deduplicateSubgraphQueries: mode === 'httpShared',
        deduplicateRequests: mode === 'httpShared',
        inProcessSubgraphs: mode === 'inProcess'
          ? Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.executeInProcess as InProcessSubgraph]))
          : undefined,
        logger: createLogger('bench', 'warn'),
      });
      const running = await g.listen(0, '127.0.0.1');
      stops.push(running.close);
      return { url: running.url, close: running.close, forget: g.forgetKeptAnswers };
    };
    const gateways = { http: await gateway('http'), inProcess: await gateway('inProcess'), httpShared: await gateway('httpShared') };
    return { subgraphs, urls, gateways, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function findSubjects(url: string, token: string): Promise<Subjects> {
  const { data: c } = await ask(url, token, '{ campaigns { id year } }');
  const campaigns = c.campaigns as { id: string; year: number }[];
  const current = campaigns.find((x) => x.year === 2016);
  const previous = campaigns.find((x) => x.year === 2015);
  if (!current || !previous) throw new Error('the demo data has no 2016 and 2015 campaigns');
  const { data: r } = await ask(url, token, 'query ($c: ID!) { evaluationRounds(campaignId: $c) { id kind } }', { c: current.id });
  const rounds = r.evaluationRounds as { id: string; kind: string }[];
  const round = rounds.find((x) => x.kind === 'YEAR_END_ASSESSMENT') ?? rounds.at(-1);
  const { data: u } = await ask(url, token, '{ units(includeExcluded: false) { id code } }');
  const unit = (u.units as { id: string; code: string }[]).sort((a, b) => a.code.localeCompare(b.code))[0];
  if (!round || !unit) throw new Error('the demo data has no round or no participating unit');
  return { campaignId: current.id, previousId: previous.id, roundId: round.id, unitId: unit.id, year: 2016 };
}

/** Until no subgraph has run an SQL statement for 300 ms (at most a minute). */
async function quiet(run: Running): Promise<void> {
  for (let i = 0; i < 200; i++) {
    for (const s of Object.values(run.subgraphs)) s.db.queries.reset();
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (Object.values(run.subgraphs).every((s) => s.db.queries.count === 0)) return;
  }
}

async function measureQuery(q: BenchQuery, run: Running, subjects: Subjects, token: string): Promise<QueryMeasure> {
  const variables = q.variables(subjects);
  const body = JSON.stringify({ query: q.document, variables });
  // The same answer both ways, before any load.
  const viaHttp = await ask(run.gateways.http.url, token, q.document, variables);
  const viaInProcess = await ask(run.gateways.inProcess.url, token, q.document, variables);
  if (JSON.stringify(viaHttp.data) !== JSON.stringify(viaInProcess.data)) throw new Error(`${q.key}: the in-process gateway answered differently`);
  // The previous query's load may leave requests still running after autocannon stops: count
  // only once no statement has run for a moment, so that theirs are not counted as this one's.
  await quiet(run);
  // Cold: with every kept answer emptied (as after a write), the statements are what computing the
  // answer costs, which must not grow with rows; a kept answer would count none.
  for (const s of Object.values(run.subgraphs)) {
    s.answers.invalidate();
    s.db.queries.reset();
  }
  run.gateways.http.forget();
  const [, coldMs] = await time(() => ask(run.gateways.http.url, token, q.document, variables));
  const bySubgraph = Object.fromEntries(Object.entries(run.subgraphs).map(([name, s]) => [name, s.db.queries.count]));
  const statements = { total: Object.values(bySubgraph).reduce((a, b) => a + b, 0), bySubgraph };
  // One request alone as the load will see it (its answers kept again): it sizes the turns.
  const [, oneMs] = await time(() => ask(run.gateways.http.url, token, q.document, variables));

  const modes: Mode[] = q.key === 'overview' ? ['http', 'inProcess', 'httpShared'] : ['http', 'inProcess'];
  // A query that takes seconds (the province's lists) gets fewer clients and longer turns, so that
  // every client completes a few requests in a turn: answered requests ÷ time then means requests/s.
  // Kept answers make repeats fast, but one expires every few seconds and is computed afresh, as
  // after every write: a turn lasts a few cold computations, so that they weigh in it as they do
  // for the dashboard's viewers (capped, so the province's minutes-long answers stay bounded).
  const conns = Math.max(Math.min(2, connections), Math.min(connections, Math.floor((seconds * 1000) / (2 * oneMs))));
  const warmup = Math.min(MAX_TURN_SECONDS, Math.max(warmupSeconds, Math.ceil((2 * Math.max(oneMs, coldMs)) / 1000)));
  const warmed: LoadResult[] = [];
  for (const mode of modes) warmed.push(await load({ url: run.gateways[mode].url, token, body, connections: conns, seconds: warmup }));
  // Under load a request takes longer than alone: the warm-up's slowest requests size the turn
  // too, and a warm-up in which clients completed hardly any doubles it.
  const slowestMs = Math.max(...warmed.map((w) => w.p99Ms || 0));
  const starved = warmed.some((w) => w.requests < 2 * conns);
  const turnSeconds = Math.min(
    MAX_TURN_SECONDS,
    Math.max(seconds, Math.ceil((3 * Math.max(oneMs * conns, coldMs)) / 1000), Math.ceil((4 * slowestMs) / 1000), starved ? 2 * warmup : 0),
  );
  const results: Record<string, LoadResult[]> = {};
  // By turns, so that a slower minute of this shared machine falls on every mode alike.
  for (let turn = 0; turn < turns; turn++) {
    for (const mode of modes) (results[mode] ??= []).push(await load({ url: run.gateways[mode].url, token, body, connections: conns, seconds: turnSeconds }));
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([mode, rs]) => [mode, { requestsPerSecond: mean(rs.map((r) => r.requestsPerSecond)), p50Ms: mean(rs.map((r) => r.p50Ms)), p99Ms: mean(rs.map((r) => r.p99Ms)), turns: rs }]),
  ) as QueryMeasure['modes'];
  const measure = { key: q.key, label: q.label, connections: conns, turnSeconds, singleRequestMs: oneMs, coldRequestMs: coldMs, modes: summary, httpOverInProcess: summary.http!.requestsPerSecond / summary.inProcess!.requestsPerSecond, statements, responseBytes: viaHttp.bytes };
  log(`  ${q.key}: ${modes.map((m) => `${m} ${summary[m]!.requestsPerSecond.toFixed(1)}/s`).join(', ')}; ratio ${measure.httpOverInProcess.toFixed(2)}; ${statements.total} SQL`);
  return measure;
}

export interface SqlComparison {
  query: string;
  /**
   * Median of `runs` requests one after another: the GraphQL request through the HTTP gateway (a
   * repeat within the answers' few seconds, as a dashboard's viewers ask it), and the SQL alone.
   */
  graphqlMs: number;
  sqlMs: number;
  ratio: number;
  /**
   * The same GraphQL request with every subgraph's kept answers emptied first, as after a write to
   * the units schema (which every subgraph's answers depend on) or a restart.
   */
  graphqlColdMs: number;
  coldRatio: number;
  /**
   * After a write to the honors schema that changes this answer (a post declared for a unit,
   * committed straight to the table: the writes a campaign makes by the thousand): the honors
   * subgraph computes its part again, the units and members subgraphs keep theirs, and the gateway
   * executes the query again (its kept answer is stale).
   */
  graphqlAfterHonorsWriteMs: number;
  afterHonorsWriteRatio: number;
  /**
   * After a write to the honors schema that changes nothing in this answer (a candidacy touched, as
   * a note or an objection would): its notice empties the honors subgraph's kept answers, honors
   * computes its part again to the same bytes, and the gateway gives its kept answer once every
   * part said 304.
   */
  graphqlAfterUnchangedWriteMs?: number;
  afterUnchangedWriteRatio?: number;
  sameNumbers: boolean;
  differences: string[];
}

async function compareWithSql(run: Running, databaseUrl: string, subjects: Subjects, token: string, runs = 5): Promise<SqlComparison[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const out: SqlComparison[] = [];
    const cases = [
      {
        query: 'quota per unit (QuotaUnits)', document: String(documents.QuotaUnitsDocument), sql: UNIT_QUOTAS_SQL,
        rows: (data: any) => quotaRowsOf(data.units).sort((a, b) => a.id.localeCompare(b.id)),
        sqlRows: (rows: UnitQuotaRow[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id)),
      },
      {
        query: 'city attainment (CityAttainment)', document: String(documents.CityAttainmentDocument), sql: CITY_ATTAINMENT_SQL,
        rows: (data: any) => [cityRowOf(data.quotaAttainment)],
        sqlRows: (rows: CityAttainmentRow[]) => rows,
      },
    ];
    for (const c of cases) {
      const graphqlTimes: number[] = [];
      const coldTimes: number[] = [];
      const afterHonorsTimes: number[] = [];
      const afterUnchangedTimes: number[] = [];
      const sqlTimes: number[] = [];
      let answer: any;
      let sqlRows: any[] = [];
      await ask(run.gateways.http.url, token, c.document, { campaignId: subjects.campaignId });
      await client.query(c.sql, [subjects.campaignId]);
      for (let i = 0; i < runs; i++) {
        const [a, ms] = await time(() => ask(run.gateways.http.url, token, c.document, { campaignId: subjects.campaignId }));
        answer = a.data;
        graphqlTimes.push(ms);
        const [r, sqlMs] = await time(() => client.query(c.sql, [subjects.campaignId]));
        sqlRows = r.rows;
        sqlTimes.push(sqlMs);
        for (const s of Object.values(run.subgraphs)) s.answers.invalidate();
        run.gateways.http.forget();
        const [cold, coldMs] = await time(() => ask(run.gateways.http.url, token, c.document, { campaignId: subjects.campaignId }));
        if (JSON.stringify(cold.data) !== JSON.stringify(a.data)) throw new Error(`${c.query}: a cold answer differs from the kept one`);
        coldTimes.push(coldMs);
        await touchHonor(client, databaseUrl, subjects.campaignId);
        const [unchanged, unchangedMs] = await time(() => ask(run.gateways.http.url, token, c.document, { campaignId: subjects.campaignId }));
        if (JSON.stringify(unchanged.data) !== JSON.stringify(a.data)) throw new Error(`${c.query}: an answer after a write that changed nothing in it differs from the kept one`);
        afterUnchangedTimes.push(unchangedMs);
        await withDeclaredPost(client, databaseUrl, subjects.campaignId, subjects.unitId, async () => {
          const [afterHonors, afterHonorsMs] = await time(() => ask(run.gateways.http.url, token, c.document, { campaignId: subjects.campaignId }));
          afterHonorsTimes.push(afterHonorsMs);
          // The declared post is in the answer: its numbers are the SQL's after the write.
          const written = differences(c.rows(afterHonors.data), (c.sqlRows as (rows: any[]) => any[])((await client.query(c.sql, [subjects.campaignId])).rows));
          if (written.length > 0 || JSON.stringify(afterHonors.data) === JSON.stringify(a.data)) throw new Error(`${c.query}: the answer after an honors write is not the SQL's: ${written[0] ?? 'unchanged'}`);
        });
        // Kept again, so that the next turn's first request is a repeat.
        await ask(run.gateways.http.url, token, c.document, { campaignId: subjects.campaignId });
      }
      const diff = differences(c.rows(answer), (c.sqlRows as (rows: any[]) => any[])(sqlRows));
      const g = median(graphqlTimes);
      const s = median(sqlTimes);
      const cold = median(coldTimes);
      const afterHonors = median(afterHonorsTimes);
      const afterUnchanged = median(afterUnchangedTimes);
      out.push({
        query: c.query, graphqlMs: g, sqlMs: s, ratio: g / s, graphqlColdMs: cold, coldRatio: cold / s, graphqlAfterHonorsWriteMs: afterHonors, afterHonorsWriteRatio: afterHonors / s,
        graphqlAfterUnchangedWriteMs: afterUnchanged, afterUnchangedWriteRatio: afterUnchanged / s,
        sameNumbers: diff.length === 0, differences: diff,
      });
      log(`  ${c.query}: GraphQL ${g.toFixed(0)} ms (cold ${cold.toFixed(0)} ms, after an honors write ${afterHonors.toFixed(0)} ms, after a write that changed nothing in it ${afterUnchanged.toFixed(0)} ms), SQL ${s.toFixed(0)} ms, ${ratio(g / s)}× (cold ${ratio(cold / s)}×, after an honors write ${ratio(afterHonors / s)}×, unchanged ${ratio(afterUnchanged / s)}×), ${diff.length === 0 ? 'same numbers' : `DIFFERENT: ${diff[0]}`}`);
    }
    return out;
  } finally {
    await client.end();
  }
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; ramGb: number; node: string; platform: string; loadAverage: number[] };
  settings: { quick: boolean; connections: number; warmupSeconds: number; seconds: number; turns: number; largeUnits: number };
  scales: ScaleMeasure[];
  /** Per query: SQL statements at both scales, and whether they are equal. */
  statementsEqual: { key: string; baseline: number; large: number; equal: boolean }[];
  sqlBaseline: SqlComparison[];
  report: { format: string; ms: number; requests: number } | { skipped: string } | null;
  firstChart: { runs: number[]; medianMs: number } | { skipped: string } | null;
  memory: Record<string, { peakMb: number; processes: number }>;
  /** Measurements other parts of the bench add (Hive Gateway beside ours; subgraph cost per entity). */
  extra: Record<string, unknown>;
  totalSeconds: number;
  /** The ratios of the run this one replaced in the same file, for the check that two runs agree within noise. */
  previousRun: RunRatios | null;
}

function previousRatios(file: string): RunRatios | null {
  try {
    return ratiosOf(JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
  } catch {
    return null;
  }
}

async function measureScale(serverUrl: string, options: SeedOptions, results: Partial<BenchResults>, first: boolean): Promise<ScaleMeasure> {
  const scale = scaleName(options);
  const name = `sfxd_bench_${scale.replace(/\W+/g, '_')}`;
  const admin = withDatabase(serverUrl, 'postgres');
  await dropDatabase(admin, name);
  await createDatabaseIfMissing(admin, name);
  const databaseUrl = withDatabase(serverUrl, name);
  log(`${scale}: generating ${options.units} units × ${options.membersPerUnit} members …`);
  let [data, generateMs] = await time(async () => generateSeed(options) as ReturnType<typeof generateSeed> | null);
  const loadMs: Record<string, number> = {};
  const [run, totalLoadMs] = await time(() => startServices(databaseUrl, data!, loadMs));
  // The generated rows (at the province half a million members) would otherwise stay reachable
  // from this frame while the queries are measured, and every full collection would mark them.
  data = null;
  try {
    const rows = await countRows(databaseUrl);
    log(`${scale}: loaded in ${((generateMs + totalLoadMs) / 1000).toFixed(0)} s: ${Object.entries(rows).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    if (flags['load-only']) return { scale, options, rows, generateMs, loadMs, totalLoadMs, queries: [] };
    const leader = await signUserToken({ sub: 'bench', role: Role.LEADER }, DEV_JWT_SECRET, '2h');
    const subjects = await findSubjects(run.gateways.http.url, leader);
    const queries: QueryMeasure[] = [];
    for (const q of chosen) queries.push(await measureQuery(q, run, subjects, leader));
    if (!first) results.sqlBaseline = await compareWithSql(run, databaseUrl, subjects, leader);
    if (first) {
      if (!flags['no-report']) {
        const admin = await signUserToken({ sub: 'bench', role: Role.ADMIN }, DEV_JWT_SECRET, '2h');
        // The gateway and subgraphs are warm from the queries; one report (tens of seconds on a busy 2-core machine) is enough.
        const [report, ms] = await time(() => generateReport({ gatewayUrl: run.gateways.http.url, token: admin, year: 2016, format: 'docx', today: '2016-12-31' }));
        results.report = { format: 'docx', ms, requests: report.requests };
        log(`  city report (DOCX): ${(ms / 1000).toFixed(1)} s, ${report.requests} gateway requests`);
      } else results.report = { skipped: '--no-report' };
      if (!flags['no-browser']) {
        results.firstChart = await timeToFirstChart(run.gateways.http.url, DEV_JWT_SECRET, subjects.unitId);
        log(`  first chart: ${JSON.stringify(results.firstChart)}`);
      } else results.firstChart = { skipped: '--no-browser' };
    }
    return { scale, options, rows, generateMs, loadMs, totalLoadMs, queries };
  } finally {
    // Requests of the last turn's clients may still be computing after autocannon has gone: let
    // them finish before the pools close under them (they would log a closed pool's error).
    await quiet(run);
    await run.stop();
    await dropDatabase(admin, name);
  }
}

async function countRows(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`select
      (select count(*) from units.unit)::int as units, (select count(*) from units.team)::int as teams,
      (select count(*) from members.member)::int as members, (select count(*) from members.activity_record)::int as activities,
      (select count(*) from honors.honor)::int as honors, (select count(*) from evaluations.evaluation)::int as evaluations`);
    return rows[0] as Record<string, number>;
  } finally {
    await client.end();
  }
}

function machine(): BenchResults['machine'] {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, ramGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10) };
}

// ------------------------------------------------------------------------------------------------

const started = performance.now();
const sampler = startMemorySampler();
const server = await startBenchDatabase('bench');
// The embedded server runs out of reach of the terminal's Ctrl+C: stop it (and drop its folder) here.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().finally(() => process.exit(130));
  });
}
try {
  const results: Partial<BenchResults> = { date: new Date().toISOString(), machine: machine(), settings: { quick, connections, warmupSeconds, seconds, turns, largeUnits }, extra: {} };
  const scales = [await measureScale(server.url, BASELINE, results, true), await measureScale(server.url, LARGE, results, false)];
  results.scales = scales;
  if (flags['load-only']) {
    const loaded = { date: results.date, machine: results.machine, largeUnits, scales, memory: sampler.stop(), totalSeconds: (performance.now() - started) / 1000 };
    for (const s of scales) {
      console.log(`${s.scale}: generated in ${(s.generateMs / 1000).toFixed(1)} s, migrated and loaded in ${(s.totalLoadMs / 1000).toFixed(1)} s (${Object.entries(s.loadMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')})`);
    }
    console.log(`peak memory: ${Object.entries(loaded.memory).map(([k, v]) => `${k} ${Math.round(v.peakMb)} MB`).join(', ')}`);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(loaded, null, 2)}\n`);
    console.log(`results written to ${path.relative(process.cwd(), outFile)}`);
    // Nothing else to measure: stop here (the services of both scales are already stopped).
    await server.stop();
    process.exit(0);
  }
  const [base, large] = scales as [ScaleMeasure, ScaleMeasure];
  results.statementsEqual = base.queries.map((q) => {
    const other = large.queries.find((x) => x.key === q.key)!;
    return { key: q.key, baseline: q.statements.total, large: other.statements.total, equal: q.statements.total === other.statements.total };
  });

  // Each against a platform and database of its own; the README section prints their `summary`.
  if (!flags['no-hive']) results.extra!.hive = await benchHive({ seconds, connections });
  if (!flags['no-cost']) results.extra!.subgraphCost = await benchSubgraphCost({ requests: quick ? 50 : 200 });

  results.memory = sampler.stop();
  results.totalSeconds = (performance.now() - started) / 1000;
  const final = results as BenchResults;
  final.previousRun = previousRatios(outFile);
  print(final);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(final, null, 2)}\n`);
  console.log(`\nresults written to ${path.relative(process.cwd(), outFile)}`);
  if (writeReadme) {
    const readme = path.join(ROOT, 'README.md');
    if (existsSync(readme)) {
      writeFileSync(readme, replaceSection(readFileSync(readme, 'utf8'), renderPerformanceSection(final, path.relative(ROOT, outFile))));
      console.log('README.md "Performance" section written from them');
    }
  }
  const problems = [
    ...final.statementsEqual.filter((s) => !s.equal).map((s) => `${s.key}: ${s.baseline} SQL statements at ${base.scale} scale, ${s.large} at ${large.scale}`),
    ...final.sqlBaseline.filter((c) => !c.sameNumbers).map((c) => `${c.query}: the gateway and the SQL disagree: ${c.differences[0]}`),
  ];
  if (problems.length > 0) {
    console.log(`\nFLAGGED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}

function print(r: BenchResults) {
  const [base, large] = r.scales as [ScaleMeasure, ScaleMeasure];
  const m = r.machine;
  console.log(`\n示范行动 bench, ${r.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB · Node ${m.node} · load average at start ${m.loadAverage.join(' ')}`);
  console.log(`up to ${connections} connections over loopback (fewer, with longer turns, for a query that takes seconds), ${warmupSeconds} s warm-up, ${turns} turn(s) of ${seconds} s or more per mode, by turns\n`);
  for (const s of r.scales) {
    console.log(`${s.scale}: ${Object.entries(s.rows).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
    console.log(`  generated in ${(s.generateMs / 1000).toFixed(1)} s, migrated and loaded in ${(s.totalLoadMs / 1000).toFixed(1)} s (${Object.entries(s.loadMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')})`);
  }
  if (large.options.units !== SCALES.province.units) console.log(`  NOTE: the larger scale is ${large.scale}, not the province's ${SCALES.province.units.toLocaleString('en')} units (--units)`);
  const head = `${'query'.padEnd(40)}${'scale'.padEnd(12)}${'HTTP r/s'.padStart(10)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'in-proc r/s'.padStart(13)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'HTTP/in'.padStart(9)}${'SQL'.padStart(6)}${'clients'.padStart(9)}`;
  console.log(`\n${head}`);
  for (const q of base.queries) {
    for (const s of [base, large]) {
      const x = s.queries.find((y) => y.key === q.key)!;
      const h = x.modes.http!;
      const i = x.modes.inProcess!;
      console.log(`${(s === base ? q.label : '').padEnd(40)}${s.scale.padEnd(12)}${h.requestsPerSecond.toFixed(1).padStart(10)}${h.p50Ms.toFixed(0).padStart(8)}${h.p99Ms.toFixed(0).padStart(8)}${i.requestsPerSecond.toFixed(1).padStart(13)}${i.p50Ms.toFixed(0).padStart(8)}${i.p99Ms.toFixed(0).padStart(8)}${x.httpOverInProcess.toFixed(2).padStart(9)}${String(x.statements.total).padStart(6)}${`${x.connections}×${x.turnSeconds}s`.padStart(9)}`);
    }
  }
  for (const s of r.scales) {
    const shared = s.queries.find((q) => q.key === 'overview')?.modes.httpShared;
    if (shared) console.log(`overview at ${s.scale} scale with in-flight sharing on: ${shared.requestsPerSecond.toFixed(1)} r/s (p50 ${shared.p50Ms.toFixed(0)} ms, p99 ${shared.p99Ms.toFixed(0)} ms)`);
  }
  const overview = base.queries.find((q) => q.key === 'overview');
  if (overview) console.log(`\nfederation HTTP overhead on the overview (HTTP / in-process r/s; target ≥ 0.5): ${base.scale} ${overview.httpOverInProcess.toFixed(2)}, ${large.scale} ${large.queries.find((q) => q.key === 'overview')!.httpOverInProcess.toFixed(2)}`);
  console.log(`SQL statements per request equal at both scales: ${r.statementsEqual.every((s) => s.equal) ? 'yes, for every query' : `NO: ${r.statementsEqual.filter((s) => !s.equal).map((s) => `${s.key} ${s.baseline}→${s.large}`).join(', ')}`}`);
  for (const c of r.sqlBaseline) console.log(`${c.query} at ${large.scale} scale: GraphQL ${c.graphqlMs.toFixed(0)} ms vs one SQL statement ${c.sqlMs.toFixed(0)} ms = ${ratio(c.ratio)}× (target ≤ 3×); cold (every kept answer emptied, as after a restart) ${c.graphqlColdMs.toFixed(0)} ms = ${ratio(c.coldRatio)}×; after an honors write that changes it ${c.graphqlAfterHonorsWriteMs.toFixed(0)} ms = ${ratio(c.afterHonorsWriteRatio)}×; after one that changes nothing in it ${(c.graphqlAfterUnchangedWriteMs ?? NaN).toFixed(0)} ms = ${ratio(c.afterUnchangedWriteRatio ?? NaN)}×; numbers ${c.sameNumbers ? 'equal' : 'DIFFER'}`);
  if (r.report) console.log(`city report: ${'ms' in r.report ? `${(r.report.ms / 1000).toFixed(1)} s (DOCX, ${r.report.requests} gateway requests)` : r.report.skipped}`);
  if (r.firstChart) console.log(`dashboard, time to first chart (headless Chromium, /overview as LEADER): ${'medianMs' in r.firstChart ? `${r.firstChart.medianMs.toFixed(0)} ms (median of ${r.firstChart.runs.map((x) => x.toFixed(0)).join(', ')})` : r.firstChart.skipped}`);
  console.log(`peak memory (RSS): ${Object.entries(r.memory).map(([k, v]) => `${k} ${v.peakMb.toFixed(0)} MB${v.processes > 1 ? ` (${v.processes} processes)` : ''}`).join('; ')}`);
  if (r.previousRun) {
    const now = ratiosOf(r);
    console.log(`\nHTTP / in-process, this run vs the previous one in the file (${r.previousRun.date.slice(0, 16)}):`);
    for (const [scale, byQuery] of Object.entries(now.httpOverInProcess)) {
      console.log(`  ${scale}: ${Object.entries(byQuery).map(([k, v]) => `${k} ${v.toFixed(2)} vs ${r.previousRun!.httpOverInProcess[scale]?.[k]?.toFixed(2) ?? '–'}`).join(', ')}`);
    }
    console.log(`  GraphQL / SQL: ${Object.entries(now.sqlRatio).map(([k, v]) => `${k} ${ratio(v)}× vs ${r.previousRun!.sqlRatio[k] === undefined ? '–' : ratio(r.previousRun!.sqlRatio[k]!)}×`).join(', ')}`);
  }
  console.log(`whole run: ${(r.totalSeconds / 60).toFixed(1)} min`);
}
