import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET } from '@sfxd/kit';
import { admin, bearer, createTestDatabase, postGraphQL, sqlRows, type TestDatabase } from '@sfxd/kit/testing';
import { SCALES, generateSeed } from '@sfxd/seed';
import { subgraphMain } from '@sfxd/subgraphs';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceEnv, startServiceProcess, type ServiceProcess } from './service-process.js';

/**
 * The platform as a deployment runs it: every service its own `node services/<name>/dist/main.js`
 * process (two of the members subgraph behind the gateway), one PostgreSQL, the demo data loaded
 * by the one-off `node services/subgraphs/dist/seed.js`.
 */
const require = createRequire(import.meta.url);
const GATEWAY_MAIN = path.join(path.dirname(require.resolve('@sfxd/gateway')), 'main.js');
const SEED_JS = path.join(path.dirname(require.resolve('@sfxd/subgraphs')), 'seed.js');
const data = generateSeed(SCALES.tiny);

let db: TestDatabase;
const processes: ServiceProcess[] = [];
let units: ServiceProcess;
let membersA: ServiceProcess;
let membersB: ServiceProcess;
let gateway: ServiceProcess;
let seedOutput: string;

const secrets = { SUBGRAPH_SECRET: DEV_SUBGRAPH_SECRET, JWT_SECRET: DEV_JWT_SECRET };
const start = async (main: string, vars: Record<string, string>) => {
  const started = await startServiceProcess(main, serviceEnv({ DATABASE_URL: db.url, ...secrets, ...vars }));
  processes.push(started);
  return started;
};

beforeAll(async () => {
  db = await createTestDatabase();
  units = await start(subgraphMain('units'), { UNITS_PORT: '0' });
  // Both members processes start at once on an empty schema: one migrates, the other waits for it.
  [membersA, membersB] = await Promise.all([start(subgraphMain('members'), { MEMBERS_PORT: '0', UNITS_URL: units.url }), start(subgraphMain('members'), { MEMBERS_PORT: '0', UNITS_URL: units.url })]);
  const honors = await start(subgraphMain('honors'), { HONORS_PORT: '0', UNITS_URL: units.url, MEMBERS_URL: membersA.url });
  const evaluations = await start(subgraphMain('evaluations'), { EVALUATIONS_PORT: '0', UNITS_URL: units.url, MEMBERS_URL: membersB.url, HONORS_URL: honors.url });
  gateway = await start(GATEWAY_MAIN, {
    GATEWAY_PORT: '0',
    UNITS_URL: units.url,
    MEMBERS_URL: `${membersA.url},${membersB.url}`,
    HONORS_URL: honors.url,
    EVALUATIONS_URL: evaluations.url,
  });
  const seeded = await promisify(execFile)(process.execPath, [SEED_JS, 'tiny'], { env: serviceEnv({ DATABASE_URL: db.url, LOG_LEVEL: 'warn' }) });
  seedOutput = seeded.stdout;
}, 300_000);

afterAll(async () => {
  // The gateway first, then the subgraphs: as a deployment stops.
  for (const p of processes.reverse()) await p.stop();
  await db?.drop();
}, 120_000);

const ask = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await postGraphQL(gateway.url, query, variables, await bearer(admin, DEV_JWT_SECRET));
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
};
const graphqlLines = (p: ServiceProcess) => p.logs().filter((l) => l.msg === 'graphql').length;

describe('the platform run as one process per service', () => {
  it('loads the demo data with the one-off seed command into the schemas the services migrated', async () => {
    expect(seedOutput).toContain(`demo data (tiny) loaded: ${data.industries.length} industries, ${data.units.length} units`);
    const [{ n }] = await sqlRows<{ n: number }>(db.url, 'select count(*)::int as n from members.member');
    expect(n).toBe(data.members.length);
  });

  it('answers units with their party member counts and teams, read from two subgraph processes', async () => {
    const answer = await ask('{ units { id name partyMemberCount teams { name memberCount } } }');
    expect(answer.units).toHaveLength(data.units.length);
    for (const unit of answer.units) {
      expect(unit.partyMemberCount).toBe(data.members.filter((m) => m.unitId === unit.id).length);
      expect(unit.teams.map((t: { name: string }) => t.name).sort()).toEqual(data.teams.filter((t) => t.unitId === unit.id).map((t) => t.name).sort());
    }
  });

  it('answers a member with its unit, honors with their subjects and an evaluation summary', async () => {
    const members = await ask('{ members(first: 3) { totalCount edges { node { id name unit { id name } } } } }');
    expect(members.members.totalCount).toBe(data.members.length);
    for (const { node } of members.members.edges) {
      const seeded = data.members.find((m) => m.id === node.id)!;
      expect(node.unit.id).toBe(seeded.unitId);
      expect(node.unit.name).toBe(data.units.find((u) => u.id === seeded.unitId)!.name);
    }

    const campaign = await ask('{ campaignByYear(year: 2016) { id } }');
    const honors = await ask(
      `query($c: ID!) { honors(campaignId: $c, first: 20) { edges { node { tier subject { __typename
        ... on Member { name unit { name } } ... on Team { name } ... on Unit { name } ... on Industry { name } } } } } }`,
      { c: campaign.campaignByYear.id },
    );
    expect(honors.honors.edges.length).toBeGreaterThan(0);
    for (const { node } of honors.honors.edges) expect(node.subject.name).toEqual(expect.any(String));
    expect(honors.honors.edges.some(({ node }: { node: { subject: { __typename: string } } }) => node.subject.__typename === 'Member')).toBe(true);

    const rounds = await ask('query($c: ID!) { evaluationRounds(campaignId: $c) { id } }', { c: campaign.campaignByYear.id });
    const summaries = await ask('query($r: ID!) { units { evaluationSummary(roundId: $r) { count mean grade } } }', { r: rounds.evaluationRounds[0].id });
    expect(summaries.units.some((u: { evaluationSummary: { count: number } | null }) => (u.evaluationSummary?.count ?? 0) > 0)).toBe(true);
  });

  it('spreads the members subgraph calls over both of its processes', async () => {
    const before = [graphqlLines(membersA), graphqlLines(membersB)];
    for (let i = 0; i < 6; i += 1) await ask('{ units { partyMemberCount } }');
    await expect.poll(() => graphqlLines(membersA) - before[0]! + graphqlLines(membersB) - before[1]!, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    expect(graphqlLines(membersA)).toBeGreaterThan(before[0]!);
    expect(graphqlLines(membersB)).toBeGreaterThan(before[1]!);
  });

  it('refuses a call to a subgraph process that does not carry the gateway credential', async () => {
    const direct = await postGraphQL(membersA.url, '{ members(first: 1) { totalCount } }');
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps answering from the other members process when one is stopped, which drains and exits with code 0', async () => {
    expect(await membersA.stop()).toEqual({ code: 0, signal: null });
    const before = graphqlLines(membersB);
    for (let i = 0; i < 4; i += 1) {
      const answer = await ask('{ units { id partyMemberCount } }');
      expect(answer.units).toHaveLength(data.units.length);
    }
    expect(graphqlLines(membersB) - before).toBeGreaterThanOrEqual(4);
  });
});
