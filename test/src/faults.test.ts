import { admin, bearer, gatewayHeaders, postGraphQL, sqlRows, unique, type GraphQLResponse } from '@sfxd/kit/testing';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SECRETS, freePort, probe, startCountingProxy, startGatewayProcess, startRestartableDatabase, startSubgraphProcess, stopService, tracked,
  type CountingProxy, type RestartableDatabase, type ServiceProcess, type SubgraphPorts,
} from './fault-harness.js';
import { until } from './platform-process.js';

/**
 * Faults as an operator meets them: every service in its own process (`run.js <name>`, the
 * gateway's `main.js`) in production mode, on a PostgreSQL server of the test's own — processes
 * killed, stopped and restarted, the database restarted under them.
 */

/** The gateway's deadline for one subgraph call (SUBGRAPH_TIMEOUT_MS). */
const DEADLINE_MS = 2_500;

let db: RestartableDatabase;
const ports: SubgraphPorts = {};
const subgraphs: Record<string, ServiceProcess> = {};
let proxy: CountingProxy;
let gateway: ServiceProcess;
let authorization: Record<string, string>;
/** A unit with one member, made by the tests through the gateway. */
let unit: { id: string; name: string };

const direct = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
const ask = <T = any>(query: string, variables: Record<string, unknown> = {}, at: ServiceProcess = gateway): Promise<GraphQLResponse<T>> =>
  postGraphQL<T>(`${at.base}/graphql`, query, variables, authorization);

/** Spans units (name), members (partyMemberCount) and evaluations (evaluationSummary, nullable). */
const SPANNING = `query Spanning($id: ID!, $round: ID!) { unit(id: $id) { name partyMemberCount evaluationSummary(roundId: $round) { count } } }`;
/** Units and members only. */
const WITHOUT_EVALUATIONS = `query Counted($id: ID!) { unit(id: $id) { name partyMemberCount } }`;
const round = randomUUID();

/** Starts a subgraph again on its port if a test left it down (a failed test must not fail the next ones). */
async function ensureUp(name: string): Promise<void> {
  if (!subgraphs[name]!.running()) subgraphs[name] = await startSubgraphProcess(name, db.url, ports);
}

async function answersFully(query: string, variables: Record<string, unknown>): Promise<boolean> {
  const r = await ask(query, variables).catch(() => null);
  return !!r && r.status === 200 && !r.errors;
}

/** Holds an ACCESS EXCLUSIVE lock on a table until released: requests reading it wait inside their service. */
async function lockTable(table: string) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  return {
    /** Resolves once a statement of another session waits for this lock. */
    waitedOn: () =>
      until(async () => (await sqlRows<{ n: number }>(db.url, `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and pid <> $1`, [(client as unknown as { processID: number }).processID]))[0]!.n > 0, `a request to wait on ${table}`),
    release: async () => {
      await client.query('commit');
      await client.end();
    },
  };
}

beforeAll(async () => {
  db = await startRestartableDatabase();
  for (const s of SUBGRAPHS) ports[s.name] = await freePort();
  const started = await Promise.all(SUBGRAPHS.map((s) => startSubgraphProcess(s.name, db.url, ports)));
  for (const s of started) subgraphs[s.name] = s;
  // Case 5 counts what reaches the units subgraph through a real HTTP hop of its own.
  proxy = await startCountingProxy(direct('units'));
  gateway = await startGatewayProcess({ ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, direct(s.name)])), units: proxy.url }, { SUBGRAPH_TIMEOUT_MS: String(DEADLINE_MS) });
  authorization = await bearer(admin, SECRETS.JWT_SECRET);

  const industry = await ask(`mutation($input: CreateIndustryInput!) { createIndustry(input: $input) { id } }`, { input: { code: unique('FI'), name: '故障行业' } });
  const made = await ask(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`, {
    input: { code: unique('FU'), name: `故障单位${unique()}`, industryId: industry.data.createIndustry.id },
  });
  unit = made.data.createUnit;
  const member = await ask(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
    input: { unitId: unit.id, name: '张三', gender: 'MALE', birthDate: '1980-01-01', joinedPartyOn: '2005-07-01', status: 'FULL', position: '科员' },
  });
  expect(member.errors).toBeUndefined();
  // Every subgraph has answered once through the gateway before the faults begin.
  await until(() => answersFully(SPANNING, { id: unit.id, round }), 'the spanning query to answer fully');
}, 240_000);

afterAll(async () => {
  await Promise.all([gateway, ...Object.values(subgraphs)].map((s) => stopService(s)));
  await proxy?.close();
  await db?.dispose();
}, 120_000);

describe('one subgraph down', () => {
  it('answers the other subgraphs\' fields with a masked error for the missing part, and answers fully once the subgraph is back, without a gateway restart', async () => {
    const evaluations = subgraphs.evaluations!;
    evaluations.signal('SIGKILL');
    await evaluations.exited;
    try {
      const partial = await ask(SPANNING, { id: unit.id, round });
      expect(partial.status).toBe(200);
      expect(partial.data?.unit).toEqual({ name: unit.name, partyMemberCount: 1, evaluationSummary: null });
      expect(partial.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SERVICE_UNAVAILABLE', 'UNREACHABLE']]);
      expect(partial.errors![0]!.message).toBe('Part of this answer is unavailable right now; try again later');
      // Nothing about the inside: no address, port, URL, system error or stack.
      const said = JSON.stringify(partial.errors);
      for (const inside of ['127.0.0.1', 'localhost', 'http', String(ports.evaluations), 'ECONNREFUSED', 'stack', 'evaluations']) expect(said).not.toContain(inside);
      expect(await probe(`${gateway.base}/health`)).toBe(200);
    } finally {
      // Started again on the same port; the gateway keeps running.
      await ensureUp('evaluations');
    }
    const full = await ask(SPANNING, { id: unit.id, round });
    expect(full.errors).toBeUndefined();
    expect(full.data?.unit).toEqual({ name: unit.name, partyMemberCount: 1, evaluationSummary: null });
  }, 120_000);
});

describe('a slow subgraph', () => {
  it('is cut at the gateway\'s deadline while other callers are served, and answers again once it resumes', async () => {
    const evaluations = subgraphs.evaluations!;
    evaluations.signal('SIGSTOP');
    try {
      const startedAt = performance.now();
      const slow = tracked(ask(SPANNING, { id: unit.id, round }));
      // Another caller, whose query does not need the stopped subgraph, is answered meanwhile.
      const other = await ask(WITHOUT_EVALUATIONS, { id: unit.id });
      expect(other.errors).toBeUndefined();
      expect(other.data?.unit).toEqual({ name: unit.name, partyMemberCount: 1 });

      const cut = await slow.promise;
      const waited = performance.now() - startedAt;
      expect(cut.data?.unit).toEqual({ name: unit.name, partyMemberCount: 1, evaluationSummary: null });
      expect(cut.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SERVICE_UNAVAILABLE', 'TIMEOUT']]);
      // Cut at the deadline: not failed at once, and not left waiting for the stopped process.
      expect(waited).toBeGreaterThanOrEqual(DEADLINE_MS * 0.9);
      expect(waited).toBeLessThan(DEADLINE_MS * 8);
    } finally {
      evaluations.signal('SIGCONT');
    }
    await until(() => answersFully(SPANNING, { id: unit.id, round }), 'the resumed subgraph to answer');
    expect(evaluations.running()).toBe(true);
  });
});

describe('mutations are never retried', () => {
  const CREATE_INDUSTRY = `mutation($input: CreateIndustryInput!) { createIndustry(input: $input) { id code } }`;
  const industriesCoded = async (code: string) => {
    const r = await ask<{ industries: { code: string }[] }>(`{ industries { code } }`);
    expect(r.errors).toBeUndefined();
    return r.data!.industries.filter((i) => i.code === code).length;
  };

  it('sends a query again, once, when its kept-alive connection turns out stale', async () => {
    const marker = unit.id;
    proxy.watch(marker);
    await ask(`{ industries { id } }`); // a kept-alive connection to the units subgraph, reused next
    proxy.resetNext(marker, 'before');
    const r = await ask(`query($id: ID!) { unit(id: $id) { name } }`, { id: unit.id });
    expect(r.errors).toBeUndefined();
    expect(r.data?.unit).toEqual({ name: unit.name });
    expect(proxy.arrivals(marker)).toBe(2);
    expect(proxy.reusedConnection(marker)[0]).toBe(true);
  });

  it('reports a mutation whose connection was lost after the subgraph made the change as an error, and made it exactly once', async () => {
    const code = unique('FM');
    proxy.watch(code);
    await ask(`{ industries { id } }`); // the mutation goes over a reused connection: the case where a query is sent again
    proxy.resetNext(code, 'after');
    const r = await ask(CREATE_INDUSTRY, { input: { code, name: '重置行业' } });
    expect(r.data?.createIndustry ?? null).toBeNull();
    expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SERVICE_UNAVAILABLE', 'UNREACHABLE']]);
    expect(r.errors![0]!.message).toContain('may or may not have been made');
    expect(proxy.reusedConnection(code)).toEqual([true]);
    expect(proxy.arrivals(code)).toBe(1);
    expect(await industriesCoded(code)).toBe(1);
  });

  it('reports a mutation whose subgraph was killed mid-request as an error, and does not send it again once the subgraph is back', async () => {
    const code = unique('FK');
    proxy.watch(code);
    const lock = await lockTable('units.industry');
    let released = false;
    try {
      const pending = ask(CREATE_INDUSTRY, { input: { code, name: '中断行业' } });
      await lock.waitedOn();
      subgraphs.units!.signal('SIGKILL');
      await subgraphs.units!.exited;
      const r = await pending;
      expect(r.data?.createIndustry ?? null).toBeNull();
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      await lock.release();
      released = true;
    } finally {
      if (!released) await lock.release();
      await ensureUp('units');
    }
    await until(() => answersFully(`{ industries { id } }`, {}), 'the restarted units subgraph to answer');
    // Its transaction died with the process: at most once, here not at all, and never re-sent.
    expect(await industriesCoded(code)).toBe(0);
    expect(proxy.arrivals(code)).toBe(1);
  }, 120_000);
});

describe('PostgreSQL restarted under running services', () => {
  it('answers with a clear error during the outage, reports not ready, and serves again once the database is back, without a service restart', async () => {
    const pids = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.child.pid]));
    await db.stop();
    try {
      const during = await ask(WITHOUT_EVALUATIONS, { id: unit.id });
      expect(during.data?.unit ?? null).toBeNull();
      expect(during.errors?.length).toBeGreaterThan(0);
      expect(during.errors!.map((e) => e.extensions?.code)).toContain('SERVICE_UNAVAILABLE');
      expect(await probe(`${subgraphs.units!.base}/ready`)).toBe(503);
      expect(await probe(`${gateway.base}/ready`)).toBe(503);
      expect(await probe(`${subgraphs.units!.base}/health`)).toBe(200);
    } finally {
      await db.start();
    }
    await until(() => answersFully(WITHOUT_EVALUATIONS, { id: unit.id }), 'the services to answer after the database restart');
    const code = unique('FR');
    const written = await ask(`mutation($input: CreateIndustryInput!) { createIndustry(input: $input) { code } }`, { input: { code, name: '重启行业' } });
    expect(written.errors).toBeUndefined();
    expect(written.data?.createIndustry).toEqual({ code });
    for (const s of Object.values(subgraphs)) expect(await probe(`${s.base}/ready`)).toBe(200);
    expect(Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.running() ? s.child.pid : null]))).toEqual(pids);
  }, 120_000);
});

describe('SIGTERM', () => {
  it('lets the gateway finish a request in flight, refuse new connections and exit with code 0', async () => {
    const draining = await startGatewayProcess(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, direct(s.name)])), { SUBGRAPH_TIMEOUT_MS: '30000' });
    const lock = await lockTable('units.unit');
    let released = false;
    try {
      const inFlight = tracked(ask(WITHOUT_EVALUATIONS, { id: unit.id }, draining));
      await lock.waitedOn();
      draining.signal('SIGTERM');
      await until(async () => (await probe(`${draining.base}/health`)) === null, 'the draining gateway to refuse new connections');
      expect(inFlight.settled()).toBe(false);
      await lock.release();
      released = true;
      const r = await inFlight.promise;
      expect(r.errors).toBeUndefined();
      expect(r.data?.unit).toEqual({ name: unit.name, partyMemberCount: 1 });
      expect(await draining.exited).toEqual({ code: 0, signal: null });
    } finally {
      if (!released) await lock.release();
      await stopService(draining);
    }
  }, 120_000);

  it('lets a subgraph finish a request in flight, refuse new connections and exit with code 0', async () => {
    const own = { ...ports, units: await freePort() };
    const draining = await startSubgraphProcess('units', db.url, own);
    const headers = await gatewayHeaders(admin, SECRETS.SUBGRAPH_SECRET);
    const lock = await lockTable('units.unit');
    let released = false;
    try {
      const inFlight = tracked(postGraphQL(`${draining.base}/graphql`, `query($id: ID!) { unit(id: $id) { name } }`, { id: unit.id }, headers));
      await lock.waitedOn();
      draining.signal('SIGTERM');
      await until(async () => (await probe(`${draining.base}/health`)) === null, 'the draining subgraph to refuse new connections');
      expect(inFlight.settled()).toBe(false);
      await lock.release();
      released = true;
      const r = await inFlight.promise;
      expect(r.errors).toBeUndefined();
      expect(r.data?.unit).toEqual({ name: unit.name });
      expect(await draining.exited).toEqual({ code: 0, signal: null });
    } finally {
      if (!released) await lock.release();
      await stopService(draining);
    }
  }, 120_000);
});
