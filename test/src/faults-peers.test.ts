import { admin, bearer, postGraphQL, unique, type GraphQLResponse } from '@sfxd/kit/testing';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SECRETS, freePort, startGatewayProcess, startRestartableDatabase, startSubgraphProcess, stopService,
  type RestartableDatabase, type ServiceProcess, type SubgraphPorts,
} from './fault-harness.js';
import { until } from './platform-process.js';

/**
 * Faults between subgraphs, as an integrator meets them through the gateway: every service in its
 * own process in production mode; the honors subgraph asks the members subgraph (for the city-wide
 * quota attainment) at two addresses, one where nothing listens and one through a front that the
 * tests turn into a load balancer answering 503, or into one that never answers; the members
 * process is killed and started again. The evaluations subgraph is not run at all: the gateway's
 * address for it is a front answering 503.
 */

/** Started: the others' calls go to these; evaluations is answered by a 503 front instead. */
const RUN = ['units', 'members', 'honors'];
/** The honors subgraph's deadline from the gateway (SUBGRAPH_TIMEOUT_MS); its calls to peers end earlier. */
const HONORS_DEADLINE_MS = 2_500;

let db: RestartableDatabase;
const ports: SubgraphPorts = {};
const subgraphs: Record<string, ServiceProcess> = {};
let membersFront: Front;
let evaluationsFront: Front;
let deadMembersUrl: string;
let gateway: ServiceProcess;
let authorization: Record<string, string>;
let unit: { id: string; name: string };
let year = 2030;

/**
 * A campaign of its own for each question: the honors subgraph keeps an attainment answer a few
 * seconds (AnswerCache, by campaign), and each of these must reach the members subgraph.
 */
async function freshCampaign(): Promise<string> {
  year += 1;
  const campaign = await ask(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, { input: { year } });
  expect(campaign.errors).toBeUndefined();
  return campaign.data.createCampaign.id;
}

const direct = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
const ask = <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> =>
  postGraphQL<T>(`${gateway.base}/graphql`, query, variables, authorization);

const ATTAINMENT = `query Attainment($id: ID!) { quotaAttainment(campaignId: $id) { participatingUnits posts { count } } }`;
/** Spans units (name), members (partyMemberCount) and evaluations (evaluationSummary, nullable). */
const SPANNING = `query Spanning($id: ID!, $round: ID!) { unit(id: $id) { name partyMemberCount evaluationSummary(roundId: $round) { count } } }`;

type Mode = 'pass' | 'unavailable' | 'hang';
/** A real HTTP hop in front of a subgraph, as a load balancer: it passes calls on, answers 503 itself, or never answers. */
interface Front {
  url: string;
  mode: Mode;
  /** Calls of the honors subgraph's count of members (`HonorsAttainmentCounts`) that reached it. */
  counts: number;
  close(): Promise<void>;
}

async function startFront(target: string | null, mode: Mode): Promise<Front> {
  const upstream = target ? new URL(target) : null;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (body.toString('utf8').includes('HonorsAttainmentCounts')) front.counts += 1;
      if (front.mode === 'hang') return;
      if (front.mode === 'unavailable' || !upstream) {
        res.writeHead(503, { 'content-type': 'text/html' }).end(`<html>503: no backend for ${req.headers.host}</html>`);
        return;
      }
      const forwarded = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      // A pass-through hop: nothing behind it, the caller's connection is closed unanswered, as the process's would be.
      forwarded.on('error', () => req.socket.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const front: Front = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    mode,
    counts: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
  return front;
}

function startHonors(): Promise<ServiceProcess> {
  return startSubgraphProcess('honors', db.url, ports, {
    // Two processes of members for honors: the first in turn is where nothing listens.
    MEMBERS_URL: `${deadMembersUrl},${membersFront.url}`,
    SUBGRAPH_TIMEOUT_MS: String(HONORS_DEADLINE_MS),
  });
}

/** Nothing about the inside: no address, port, URL, system error, stack or subgraph name. */
function expectNothingInside(errors: unknown): void {
  const said = JSON.stringify(errors);
  for (const inside of ['127.0.0.1', 'localhost', 'http', String(ports.members), new URL(membersFront.url).port, new URL(deadMembersUrl).port, 'ECONNREFUSED', 'stack', 'members', 'backend', 'fetch failed']) {
    expect(said).not.toContain(inside);
  }
}

beforeAll(async () => {
  db = await startRestartableDatabase();
  for (const name of RUN) ports[name] = await freePort();
  ports.evaluations = await freePort();
  deadMembersUrl = `http://127.0.0.1:${await freePort()}/graphql`;
  membersFront = await startFront(direct('members'), 'pass');
  evaluationsFront = await startFront(null, 'unavailable');
  const started = await Promise.all([startSubgraphProcess('units', db.url, ports), startSubgraphProcess('members', db.url, ports), startHonors()]);
  for (const s of started) subgraphs[s.name] = s;
  gateway = await startGatewayProcess({ ...Object.fromEntries(RUN.map((name) => [name, direct(name)])), evaluations: evaluationsFront.url });
  authorization = await bearer(admin, SECRETS.JWT_SECRET);

  const industry = await ask(`mutation($input: CreateIndustryInput!) { createIndustry(input: $input) { id } }`, { input: { code: unique('PI'), name: '互询行业' } });
  const made = await ask(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`, {
    input: { code: unique('PU'), name: `互询单位${unique()}`, industryId: industry.data.createIndustry.id },
  });
  unit = made.data.createUnit;
  const member = await ask(`mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
    input: { unitId: unit.id, name: '李四', gender: 'MALE', birthDate: '1980-01-01', joinedPartyOn: '2005-07-01', status: 'FULL', position: '科员' },
  });
  expect(member.errors).toBeUndefined();
}, 240_000);

afterAll(async () => {
  await Promise.all([gateway, ...Object.values(subgraphs)].map((s) => stopService(s)));
  await membersFront?.close();
  await evaluationsFront?.close();
  await db?.dispose();
}, 120_000);

describe('a peer subgraph at two addresses, one where nothing listens', () => {
  it('answers every query, the calls refused at the dead address sent on to the live one', async () => {
    const before = membersFront.counts;
    for (let i = 0; i < 4; i += 1) {
      const r = await ask(ATTAINMENT, { id: await freshCampaign() });
      expect(r.errors).toBeUndefined();
      expect(r.data.quotaAttainment.participatingUnits).toBeGreaterThanOrEqual(1);
    }
    expect(membersFront.counts - before).toBe(4);
  }, 60_000);
});

describe('a peer subgraph that cannot answer', () => {
  it('killed: the caller gets SERVICE_UNAVAILABLE with reason UNREACHABLE and nothing about the inside, and a full answer once it is back', async () => {
    const members = subgraphs.members!;
    members.signal('SIGKILL');
    await members.exited;
    try {
      const r = await ask(ATTAINMENT, { id: await freshCampaign() });
      expect(r.status).toBe(200);
      expect(r.data).toEqual({ quotaAttainment: null });
      expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SERVICE_UNAVAILABLE', 'UNREACHABLE']]);
      expect(r.errors![0]!.message).toBe('Part of this answer is unavailable right now; try again later');
      expectNothingInside(r.errors);
    } finally {
      subgraphs.members = await startSubgraphProcess('members', db.url, ports);
    }
    const again = await freshCampaign();
    await until(async () => !(await ask(ATTAINMENT, { id: again })).errors, 'the attainment to answer again');
  }, 120_000);

  it('behind a load balancer answering 503: SERVICE_UNAVAILABLE with reason UNAVAILABLE', async () => {
    membersFront.mode = 'unavailable';
    try {
      const r = await ask(ATTAINMENT, { id: await freshCampaign() });
      expect(r.data).toEqual({ quotaAttainment: null });
      expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SERVICE_UNAVAILABLE', 'UNAVAILABLE']]);
      expectNothingInside(r.errors);
    } finally {
      membersFront.mode = 'pass';
    }
  }, 60_000);

  it("past the deadline of the asking subgraph's call: SERVICE_UNAVAILABLE with reason TIMEOUT, answered by that subgraph before the gateway's deadline", async () => {
    membersFront.mode = 'hang';
    try {
      const r = await ask(ATTAINMENT, { id: await freshCampaign() });
      expect(r.data).toEqual({ quotaAttainment: null });
      expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SERVICE_UNAVAILABLE', 'TIMEOUT']]);
      expect(r.errors![0]!.message).toBe('Part of this answer was not ready in time; try again later');
      expectNothingInside(r.errors);
    } finally {
      membersFront.mode = 'pass';
    }
  }, 60_000);
});

describe('a subgraph behind a load balancer answering 503', () => {
  it("gives the other subgraphs' fields, and SERVICE_UNAVAILABLE with reason UNAVAILABLE for its part", async () => {
    const r = await ask(SPANNING, { id: unit.id, round: '00000000-0000-4000-8000-000000000000' });
    expect(r.status).toBe(200);
    expect(r.data?.unit).toEqual({ name: unit.name, partyMemberCount: 1, evaluationSummary: null });
    expect(r.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([['SERVICE_UNAVAILABLE', 'UNAVAILABLE']]);
    expect(r.errors![0]!.message).toBe('Part of this answer is unavailable right now; try again later');
    expectNothingInside(r.errors);
  }, 60_000);
});
