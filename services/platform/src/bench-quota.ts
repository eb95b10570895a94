#!/usr/bin/env node
/**
 * The per-unit quota (QuotaUnits) alone, cold and repeated, against UNIT_QUOTAS_SQL on one
 * database: what `npm run bench` measures for it, without the rest of the bench, so that its cost
 * can be taken apart. The data is loaded once into a kept embedded PostgreSQL (`--dir`) and reused.
 *
 *   node services/platform/dist/bench-quota.js [--units 500] [--runs 9] [--dir /tmp/sfxd-quota-pg]
 *        [--hops] [--profile file.cpuprofile] [--profile-runs 10] [--alloc file.heapprofile]
 *        [--without-evaluations]
 * `--hops`: the gateway calls each subgraph through a recording relay, which prints each call's
 * time and size as the gateway sees it (the relay adds its own hop; use it for shares, not totals).
 * `--profile`: CPU profile (every service runs in this process) over `--profile-runs` cold requests;
 * with `--hops --replay honors`, over that subgraph's call alone.
 */
import { createGateway } from '@sfxd/gateway';
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createDatabaseIfMissing, createLogger, invalidateAnswers, signUserToken, startDatabase, startSubgraph, withDatabase, type StartedSubgraph } from '@sfxd/kit';
import { SCALES, generateSeed } from '@sfxd/seed';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import * as documents from '@sfxd/dashboard/documents';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { REMOVE_BENCH_HONORS_SQL, UNIT_QUOTAS_SQL, touchHonor, withDeclaredPost as declaringPost } from './bench-sql.js';

const { values: flags } = parseArgs({
  options: {
    units: { type: 'string', default: '500' },
    runs: { type: 'string', default: '9' },
    dir: { type: 'string', default: '/tmp/sfxd-quota-pg' },
    port: { type: 'string', default: '25433' },
    hops: { type: 'boolean', default: false },
    profile: { type: 'string' },
    'profile-runs': { type: 'string', default: '10' },
    alloc: { type: 'string' },
    replay: { type: 'string' },
    // The quota reads no evaluation: leaving them out makes a province's load minutes shorter.
    'without-evaluations': { type: 'boolean', default: false },
  },
});
const units = Number(flags.units);
const runs = Number(flags.runs);
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/**
 * This process's CPU (user + system, every service runs in it; PostgreSQL's own is not counted)
 * during the last `time`d call: on a loaded machine it varies far less than the wall time.
 */
let lastCpuMs = 0;
const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await f();
  const used = process.cpuUsage(cpu);
  lastCpuMs = (used.user + used.system) / 1000;
  return [result, performance.now() - started];
};

const server = await startDatabase({ dataDir: flags.dir, port: Number(flags.port), persistent: true, settings: { shared_buffers: '1GB', max_wal_size: '8GB' } });
// A database loaded without the evaluations is another one: a later run with them must not reuse it.
const name = `quota_${units}${flags['without-evaluations'] ? '_no_evaluations' : ''}`;
await createDatabaseIfMissing(withDatabase(server.url, 'postgres'), name);
const databaseUrl = withDatabase(server.url, name);
const sql = new pg.Client({ connectionString: databaseUrl });
await sql.connect();
const loaded = await sql.query(`select to_regclass('units.unit') is not null as ok`).then(async (r) => r.rows[0].ok && (await sql.query('select count(*)::int as n from units.unit')).rows[0].n > 0);

// The data is kept between runs: a run killed mid-write must not leave its post behind.
if (loaded) await sql.query(REMOVE_BENCH_HONORS_SQL);
const logger = createLogger('bench-quota', 'warn');
const subgraphs: Record<string, StartedSubgraph> = {};
const urls: Record<string, string> = {};
const closers: (() => Promise<void>)[] = [];
let data = loaded ? null : generateSeed({ units, membersPerUnit: SCALES.city.membersPerUnit });
for (const descriptor of SUBGRAPHS) {
  const service = await startSubgraph(descriptor, { databaseUrl, subgraphSecret: DEV_SUBGRAPH_SECRET, logger, peerUrls: urls, callTimeoutMs: 120_000 });
  const running = await service.listen(0, '127.0.0.1');
  closers.push(running.close);
  urls[descriptor.name] = running.url;
  subgraphs[descriptor.name] = service;
  const seed = data;
  if (seed && !(flags['without-evaluations'] && descriptor.name === 'evaluations')) {
    const [, ms] = await time(async () => descriptor.seed?.(service.db.orm, seed));
    log(`${descriptor.name}: loaded in ${(ms / 1000).toFixed(1)} s`);
  }
}

interface Hop { subgraph: string; startMs: number; ms: number; requestBytes: number; responseBytes: number; body: Buffer; headers: http.IncomingHttpHeaders; url: string }
// Loaded: the generated rows must not weigh on the collections of the requests measured.
data = null;
const hops: Hop[] = [];
const relayed: Record<string, string> = {};
if (flags.hops) {
  for (const [subgraph, url] of Object.entries(urls)) {
    const target = new URL(url);
    const relay = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const started = performance.now();
        const out = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers }, (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (c: Buffer) => parts.push(c));
          answer.on('end', () => {
            const whole = Buffer.concat(parts);
            hops.push({ subgraph, startMs: started, ms: performance.now() - started, requestBytes: body.length, responseBytes: whole.length, body, headers: req.headers, url });
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(whole);
          });
        });
        out.end(body);
      });
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const address = relay.address() as { port: number };
    relayed[subgraph] = `http://127.0.0.1:${address.port}${target.pathname}`;
    closers.push(() => new Promise((resolve) => relay.close(() => resolve())));
  }
}

const gateway = await createGateway({
  subgraphUrls: flags.hops ? relayed : urls, jwtSecret: DEV_JWT_SECRET, subgraphSecret: DEV_SUBGRAPH_SECRET, subgraphTimeoutMs: 120_000,
  deduplicateSubgraphQueries: false, deduplicateRequests: false, logger,
});
const running = await gateway.listen(0, '127.0.0.1');
closers.push(running.close);

const token = await signUserToken({ sub: 'bench', role: Role.LEADER }, DEV_JWT_SECRET, '2h');
const ask = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors ?? body).slice(0, 2000));
  return body.data;
};
const campaigns = (await ask('{ campaigns { id year } }')).campaigns as { id: string; year: number }[];
const campaignId = campaigns.find((c) => c.year === 2016)!.id;
const document = String(documents.QuotaUnitsDocument);
// Cold: every kept answer emptied, the subgraphs' and the gateway's, as after a restart.
const invalidate = () => {
  for (const s of Object.values(subgraphs)) s.answers.invalidate();
  gateway.forgetKeptAnswers();
};
const participating = (await ask('{ units(includeExcluded: false) { id code } }')).units as { id: string; code: string }[];
participating.sort((a, b) => a.code.localeCompare(b.code));
/**
 * An honors write that changes the answer (a post declared for a unit, by default the first),
 * `during` it, then taken back. The answer kept is the one before the write only if it was asked
 * after the previous one was taken back, or if the write is for another unit.
 */
const withDeclaredPost = <T>(during: () => Promise<T>, unitId = participating[0]!.id): Promise<T> => declaringPost(sql, databaseUrl, campaignId, unitId, during);
/** `request`'s result and the subgraph calls it made (`--hops`), their start from its own. */
const withHops = async <T>(request: () => Promise<T>): Promise<[T, Hop[]]> => {
  hops.length = 0;
  const started = performance.now();
  const result = await request();
  return [result, hops.map((h) => ({ ...h, startMs: h.startMs - started }))];
};
const statements = () => Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.db.queries.count]));

// Statistics, as autovacuum leaves them some time after a load: without them the SQL's plan loops.
await sql.query('analyze');
// Warm: plans, prepared statements, JIT.
for (let i = 0; i < 3; i++) {
  invalidate();
  await ask(document, { campaignId });
  await sql.query(UNIT_QUOTAS_SQL, [campaignId]);
}
const cold: number[] = [];
const warm: number[] = [];
const sqlMs: number[] = [];
const afterHonors: number[] = [];
const afterUnchanged: number[] = [];
const cpu = { cold: [] as number[], warm: [] as number[], afterHonorsWrite: [] as number[], afterUnchangedWrite: [] as number[] };
let coldHops: Hop[] = [];
let afterWriteHops: Hop[] = [];
let coldStatements: Record<string, number> = {};
// In `npm run bench`'s order: a repeat comes after the previous turn's request after an honors
// write, so the units and members answers it reuses were computed two requests before.
for (let i = 0; i < runs; i++) {
  warm.push((await time(() => ask(document, { campaignId })))[1]);
  cpu.warm.push(lastCpuMs);
  sqlMs.push((await time(() => sql.query(UNIT_QUOTAS_SQL, [campaignId])))[1]);
  invalidate();
  for (const s of Object.values(subgraphs)) s.db.queries.reset();
  const [coldAnswer, coldCalls] = await withHops(() => time(() => ask(document, { campaignId })));
  cold.push(coldAnswer[1]);
  cpu.cold.push(lastCpuMs);
  coldHops = coldCalls;
  coldStatements = statements();
  // A write that empties honors' kept answers and changes nothing in this one.
  await touchHonor(sql, databaseUrl, campaignId);
  afterUnchanged.push((await time(() => ask(document, { campaignId })))[1]);
  cpu.afterUnchangedWrite.push(lastCpuMs);
  const [before] = await time(() => ask(document, { campaignId }));
  await withDeclaredPost(async () => {
    const [[after, ms], calls] = await withHops(() => time(() => ask(document, { campaignId })));
    afterWriteHops = calls;
    if (JSON.stringify(after) === JSON.stringify(before)) throw new Error('the answer after a post was declared is the one before it');
    afterHonors.push(ms);
    cpu.afterHonorsWrite.push(lastCpuMs);
  });
  // Kept again: the next turn's first request is a repeat.
  await ask(document, { campaignId });
}
const s = median(sqlMs);
console.log(JSON.stringify({ units, runs, sqlMs: s, coldMs: median(cold), warmMs: median(warm), coldRatio: median(cold) / s, warmRatio: median(warm) / s, afterHonorsWriteMs: median(afterHonors), afterHonorsWriteRatio: median(afterHonors) / s, afterUnchangedWriteMs: median(afterUnchanged), afterUnchangedWriteRatio: median(afterUnchanged) / s, cpuMs: { cold: median(cpu.cold), warm: median(cpu.warm), afterHonorsWrite: median(cpu.afterHonorsWrite), afterUnchangedWrite: median(cpu.afterUnchangedWrite) }, coldStatements, cold, warm, sql: sqlMs }));
const printHops = (title: string, list: Hop[]) => {
  console.log(title);
  for (const h of list) console.log(`  hop ${h.subgraph.padEnd(12)} at ${h.startMs.toFixed(1).padStart(6)} ms: ${h.ms.toFixed(1).padStart(6)} ms, ${h.requestBytes} B out, ${h.responseBytes} B back`);
};
if (flags.hops) {
  printHops('the last cold request:', coldHops);
  printHops('the last request after an honors write that changed it:', afterWriteHops);
}
// Each subgraph's call alone, straight to it (no relay), cold: the time a hop costs that subgraph.
const replay = async (h: Hop) => {
  const { host: _host, 'content-length': _length, connection: _connection, ...headers } = h.headers;
  const res = await fetch(h.url, { method: 'POST', headers: headers as Record<string, string>, body: h.body.toString() });
  await res.arrayBuffer();
};
if (flags.hops) {
  for (const h of coldHops) {
    console.log(`  ${h.subgraph} query: ${(JSON.parse(h.body.toString()) as { query: string }).query}`);
    const t: number[] = [];
    const tCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      invalidate();
      t.push((await time(() => replay(h)))[1]);
      tCpu.push(lastCpuMs);
    }
    const kept: number[] = [];
    const keptCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      kept.push((await time(() => replay(h)))[1]);
      keptCpu.push(lastCpuMs);
    }
    console.log(`  ${h.subgraph} alone: cold ${median(t).toFixed(1)} ms (CPU ${median(tCpu).toFixed(1)}), kept ${median(kept).toFixed(1)} ms (CPU ${median(keptCpu).toFixed(1)})`);
  }
}

if (flags.profile) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  // `--alloc file.heapprofile`: where the profiled requests allocate (sampled), beside the CPU profile.
  if (flags.alloc) await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const n = Number(flags['profile-runs']);
  const t: number[] = [];
  const only = coldHops.find((h) => h.subgraph === flags.replay);
  for (let i = 0; i < n; i++) {
    // `--replay kept`: the whole request with its answers kept (a repeat); `--replay honors-write`: after an honors write
    // that changes it (the times printed include the write and its removal, each heard); `--replay unchanged`: after the
    // notice of one that changes nothing in it.
    if (flags.replay === 'unchanged') invalidateAnswers('honors');
    else if (flags.replay !== 'kept' && flags.replay !== 'honors-write') invalidate();
    const request = () => (only ? replay(only) : ask(document, { campaignId }));
    // Each write for another unit: the answer kept (with the previous one's post) is never the new one.
    t.push((await time(() => (flags.replay === 'honors-write' ? withDeclaredPost(request, participating[i % participating.length]!.id) : request())))[1]);
  }
  const { profile } = await session.post('Profiler.stop');
  if (flags.alloc) writeFileSync(flags.alloc, JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile));
  writeFileSync(flags.profile, JSON.stringify(profile));
  log(`profile of ${n} cold requests (median ${median(t).toFixed(0)} ms) written to ${flags.profile}`);
  session.disconnect();
}

await sql.end();
for (const close of closers.reverse()) await close().catch(() => {});
await server.stop();
process.exit(0);
