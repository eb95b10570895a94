/**
 * What a subgraph adds per entity over a lean baseline (issue 14, item 2a): the CPU one request
 * costs the units subgraph (type-graphql, MikroORM, Apollo Server, the kit's access rules) against
 * graphql-js and `pg` resolving the same query on the same tables, measured side by side in one run.
 *
 * Both sides run in this process, so `process.cpuUsage` sees all of their work; each is measured
 * two ways: executed in process (the schema and its resolvers, no HTTP), and over HTTP on loopback
 * (client, server and JSON included), N requests one after another, in rounds alternating the two sides.
 *
 *   node services/platform/dist/bench-subgraph-cost.js [--requests 200]
 * With DATABASE_URL it uses that server (demo data is loaded into an empty database only); else an
 * embedded one is started with the city demo data.
 */
import { subgraphNamed } from '@sfxd/subgraphs';
import {
  DEV_SUBGRAPH_SECRET, INTERNAL_TOKEN_HEADER, Role, createLogger, signInternalToken, startSubgraph,
  type Caller, type StartedSubgraph,
} from '@sfxd/kit';
import { SCALES, generateSeed } from '@sfxd/seed';
import { buildSchema, execute, graphql, parse, type GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startBenchDatabase } from './bench-database.js';
import pg from 'pg';

const unitsSubgraph = subgraphNamed('units');

export const COST_QUERIES = {
  unitsWithTeams: '{ units { id name teams { id name } } }',
  unitNames: '{ units { id name } }',
} as const;

export type CostQuery = keyof typeof COST_QUERIES;

export interface CostSide {
  /** CPU (user + system) per request, milliseconds. */
  cpuMs: number;
  /** Entities in one answer (units and teams). */
  entities: number;
}

export interface QueryCost {
  query: string;
  inProcess: { subgraph: CostSide; lean: CostSide; ratio: number };
  http: { subgraph: CostSide; lean: CostSide; ratio: number };
}

export interface SubgraphCostOptions {
  /** A database with the units subgraph's tables and the city demo data. */
  databaseUrl: string;
  /** The units subgraph started in this process and not yet listening (this listens, and closes it at the end); else one is started on `databaseUrl`. */
  units?: StartedSubgraph;
  subgraphSecret?: string;
  /** Requests per measurement (after as many warm-up requests). */
  requests?: number;
}

/** The lean baseline: a hand-written schema over the same tables, one statement per list, no ORM. */
const LEAN_SDL = `
  type Query { units: [Unit!]! }
  type Unit { id: ID! name: String! teams: [Team!]! }
  type Team { id: ID! name: String! }
`;

interface LeanContext {
  teamsOf(unitId: string): Promise<{ id: string; name: string }[]>;
}

function leanBaseline(pool: pg.Pool): { schema: GraphQLSchema; context(): LeanContext } {
  const schema = buildSchema(LEAN_SDL);
  const root = {
    units: async () => (await pool.query('select id, name from units.unit where archived_at is null order by code')).rows,
  };
  (schema.getType('Unit') as any).getFields().teams.resolve = (unit: { id: string }, _args: unknown, ctx: LeanContext) => ctx.teamsOf(unit.id);
  (schema.getType('Query') as any).getFields().units.resolve = root.units;
  // The same batching as the subgraph's DataLoader: the unit ids asked in one tick, one statement.
  const context = (): LeanContext => {
    let pending: Map<string, ((rows: { id: string; name: string }[]) => void)[]> | null = null;
    return {
      teamsOf: (unitId) =>
        new Promise((resolve, reject) => {
          if (!pending) {
            const batch = (pending = new Map());
            process.nextTick(() => {
              pending = null;
              pool
                .query('select id, name, unit_id from units.team where unit_id = any($1) and archived_at is null order by name, id', [[...batch.keys()]])
                .then(({ rows }) => {
                  const groups = new Map<string, { id: string; name: string }[]>();
                  for (const r of rows) (groups.get(r.unit_id) ?? groups.set(r.unit_id, []).get(r.unit_id)!).push({ id: r.id, name: r.name });
                  for (const [id, waiters] of batch) for (const w of waiters) w(groups.get(id) ?? []);
                }, reject);
            });
          }
          (pending.get(unitId) ?? pending.set(unitId, []).get(unitId)!).push(resolve);
        }),
    };
  };
  return { schema, context };
}

const entitiesIn = (data: any): number =>
  (data?.units ?? []).reduce((n: number, u: any) => n + 1 + (u.teams?.length ?? 0), 0);

/** Rounds each side's `n` measured calls are split into, taken in turn: a slower minute of a shared machine falls on both sides alike. */
const ROUNDS = 10;

/**
 * CPU milliseconds per call of `subgraph` and of `lean`, each over `n` sequential calls after
 * `n` warm-up calls, measured in alternating rounds.
 */
async function cpuPerCallSideBySide(n: number, subgraph: () => Promise<number>, lean: () => Promise<number>): Promise<[CostSide, CostSide]> {
  const sides = [subgraph, lean].map((run) => ({ run, entities: 0, cpuMicros: 0, calls: 0 }));
  for (const side of sides) for (let i = 0; i < n; i++) side.entities = await side.run();
  const perRound = Math.max(1, Math.ceil(n / ROUNDS));
  for (let done = 0; done < n; done += perRound) {
    for (const side of sides) {
      const calls = Math.min(perRound, n - done);
      const before = process.cpuUsage();
      for (let i = 0; i < calls; i++) await side.run();
      const used = process.cpuUsage(before);
      side.cpuMicros += used.user + used.system;
      side.calls += calls;
    }
  }
  const [s, l] = sides.map((side) => ({ cpuMs: side.cpuMicros / 1000 / side.calls, entities: side.entities }));
  return [s!, l!];
}

function check(result: { errors?: readonly unknown[]; data?: unknown }): number {
  if (result.errors?.length) throw new Error(`query failed: ${JSON.stringify(result.errors)}`);
  return entitiesIn(result.data);
}

/** A bare node:http server answering the lean schema: the HTTP side of the baseline. */
async function leanServer(lean: ReturnType<typeof leanBaseline>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
      const result = await graphql({ schema: lean.schema, source: query, contextValue: lean.context() });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function post(url: string, query: string, headers: Record<string, string>): Promise<number> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return check((await res.json()) as { errors?: unknown[]; data?: unknown });
}

/**
 * Measures both queries on the units subgraph and on the lean baseline; `ratio` is the
 * subgraph's CPU per request over the baseline's (target ≤ 2).
 */
export async function measureSubgraphCost(options: SubgraphCostOptions): Promise<QueryCost[]> {
  const requests = options.requests ?? 100;
  const secret = options.subgraphSecret ?? DEV_SUBGRAPH_SECRET;
  const caller: Caller = { sub: 'bench', role: Role.LEADER };
  const units = options.units ?? (await startSubgraph(unitsSubgraph, { databaseUrl: options.databaseUrl, subgraphSecret: secret, logger: createLogger('units', 'warn') }));
  const running = await units.listen(0);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  const lean = leanBaseline(pool);
  const served = await leanServer(lean);
  try {
    const out: QueryCost[] = [];
    for (const query of Object.values(COST_QUERIES)) {
      const document = parse(query);
      // The server's own context for a request. The one this bench used to make by hand built a
      // whole pino logger per request, which the server never does, and charged it to the subgraph.
      const subgraphContext = () => units.requestContext(caller, null, 'bench');
      const [inSubgraph, inLean] = await cpuPerCallSideBySide(
        requests,
        async () => check(await execute({ schema: units.schema, document, contextValue: subgraphContext() })),
        async () => check(await execute({ schema: lean.schema, document, contextValue: lean.context() })),
      );
      // A fresh credential per request, as the gateway sends: its signing and checking are part of the cost.
      const [overSubgraph, overLean] = await cpuPerCallSideBySide(
        requests,
        async () => post(running.url, query, { [INTERNAL_TOKEN_HEADER]: await signInternalToken(caller, secret) }),
        async () => post(served.url, query, {}),
      );
      out.push({
        query,
        inProcess: { subgraph: inSubgraph, lean: inLean, ratio: inSubgraph.cpuMs / inLean.cpuMs },
        http: { subgraph: overSubgraph, lean: overLean, ratio: overSubgraph.cpuMs / overLean.cpuMs },
      });
    }
    return out;
  } finally {
    await served.close();
    await pool.end();
    await running.close();
  }
}

export interface SubgraphCostResult {
  queries: QueryCost[];
  /**
   * CPU per entity that the larger query adds over the smaller (its teams), in µs, and the ratio:
   * the per-entity cost without the per-request one. In process only: over HTTP the subgraph keeps
   * the smaller query's whole answer (the units directory), so their difference is not the teams'.
   */
  perAddedEntity: { subgraphMicros: number; leanMicros: number; ratio: number };
  summary: string;
}

/** The cost of each entity one query adds over another: the difference of their CPU over the difference of their entities. */
export function perAddedEntity(bigger: QueryCost, smaller: QueryCost): SubgraphCostResult['perAddedEntity'] {
  const slope = (b: CostSide, s: CostSide) => ((b.cpuMs - s.cpuMs) * 1000) / (b.entities - s.entities);
  const subgraphMicros = slope(bigger.inProcess.subgraph, smaller.inProcess.subgraph);
  const leanMicros = slope(bigger.inProcess.lean, smaller.inProcess.lean);
  return { subgraphMicros, leanMicros, ratio: subgraphMicros / leanMicros };
}

const costLine = (how: string, m: QueryCost['http']) =>
  `${how} subgraph ${m.subgraph.cpuMs.toFixed(2)} ms CPU/request, lean ${m.lean.cpuMs.toFixed(2)} ms → ${m.ratio.toFixed(2)}× (${m.subgraph.entities} entities; per entity ${((m.subgraph.cpuMs / m.subgraph.entities) * 1000).toFixed(1)} µs vs ${((m.lean.cpuMs / m.lean.entities) * 1000).toFixed(1)} µs)`;

/** The units subgraph against graphql-js + pg on the city's units and teams, in a database of its own. */
export async function benchSubgraphCost(options: { requests: number }): Promise<SubgraphCostResult> {
  const database = await startBenchDatabase('cost');
  try {
    const units = await startSubgraph(unitsSubgraph, { databaseUrl: database.url, subgraphSecret: DEV_SUBGRAPH_SECRET, logger: createLogger('units', 'warn') });
    await unitsSubgraph.seed?.(units.db.orm, generateSeed(SCALES.city));
    const queries = await measureSubgraphCost({ databaseUrl: database.url, units, requests: options.requests });
    const added = perAddedEntity(queries[0]!, queries[1]!);
    const summary = `Subgraph CPU per request against a lean graphql-js + pg baseline (units subgraph, city data, ${options.requests} requests each; target ≤ 2×): ${queries
      .map((r) => `\`${r.query}\` in process ${r.inProcess.ratio.toFixed(2)}×, over HTTP ${r.http.ratio.toFixed(2)}×`)
      .join('; ')}; per entity the first adds over the second (its ${queries[0]!.inProcess.subgraph.entities - queries[1]!.inProcess.subgraph.entities} teams, without the cost every request has), in process: ${added.subgraphMicros.toFixed(1)} µs vs ${added.leanMicros.toFixed(1)} µs = ${added.ratio.toFixed(2)}×`;
    return { queries, perAddedEntity: added, summary };
  } finally {
    await database.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '200' } } });
  const { queries, summary } = await benchSubgraphCost({ requests: Number(values.requests) });
  for (const r of queries) {
    console.log(r.query);
    console.log(`  ${costLine('in process', r.inProcess)}`);
    console.log(`  ${costLine('over HTTP ', r.http)}`);
  }
  console.log(summary);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
