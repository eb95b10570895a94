import { startHiveGateway, type RunningHiveGateway } from '@sfxd/hive-gateway';
import { ROUTER_CREDENTIAL_HEADER, Role, signUserToken, type Caller } from '@sfxd/kit';
import { gatewayHeaders, postGraphQL, unitAdmin } from '@sfxd/kit/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { SignJWT } from 'jose';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPHS } from '@sfxd/subgraphs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CityEvaluationTrend,
  DashboardCityFigures,
  DashboardManagement,
  EvaluationRounds,
  HonorsWithEvaluationSummary,
  UnitMembers,
  UnitsDirectory,
  UnitsWithHonors,
  UnitsWithMemberCounts,
  UnitsWithQuota,
} from './documents.js';
import { ADMIN, JWT_SECRET, LEADER, SUBGRAPH_SECRET, startTestPlatform, type TestPlatform } from './testkit.js';

// The router credential the subgraphs and Hive Gateway share in this test (ROUTER_SECRET).
const ROUTER_SECRET = 'hive-test-router-secret-0123456789abcdef';

let platform: TestPlatform;
let hive: RunningHiveGateway;
let campaignId: string;
let roundId: string;
let unitIds: string[];
const previousRouterSecret = process.env.ROUTER_SECRET;

beforeAll(async () => {
  // The subgraphs read ROUTER_SECRET as a deployment's would; our gateway keeps its own credential.
  process.env.ROUTER_SECRET = ROUTER_SECRET;
  platform = await startTestPlatform();
  hive = await startHiveGateway({
    subgraphUrls: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.url])),
    routerSecret: ROUTER_SECRET,
    jwtSecret: JWT_SECRET,
    logging: false,
  });
  const admin = await headers(ADMIN);
  const campaign = await postGraphQL(platform.gatewayUrl, '{ campaignByYear(year: 2016) { id } }', {}, admin);
  campaignId = campaign.data.campaignByYear.id;
  const rounds = await postGraphQL(platform.gatewayUrl, print(EvaluationRounds), { campaignId }, admin);
  roundId = rounds.data.evaluationRounds[0].id;
  const units = await postGraphQL(platform.gatewayUrl, '{ units { id } }', {}, admin);
  unitIds = units.data.units.map((u: { id: string }) => u.id);
});

afterAll(async () => {
  await hive?.close();
  await platform?.dispose();
  if (previousRouterSecret === undefined) delete process.env.ROUTER_SECRET;
  else process.env.ROUTER_SECRET = previousRouterSecret;
});

async function headers(caller: Caller | null): Promise<Record<string, string>> {
  return caller ? { authorization: `Bearer ${await signUserToken(caller, JWT_SECRET)}` } : {};
}

function ask<T, V>(url: string, document: TypedDocumentNode<T, V>, variables: V, caller: Caller | null) {
  return headers(caller).then((h) => postGraphQL<T>(url, print(document), variables as Record<string, unknown>, h));
}

/**
 * What a caller can compare between two gateways: the data, and the codes of the refusals (which
 * kinds, not how many: a field refused on every item of a list is one error per item in our
 * gateway and one per subgraph call in Hive Gateway).
 */
function answer(result: Awaited<ReturnType<typeof postGraphQL>>) {
  return { data: result.data ?? null, codes: [...new Set((result.errors ?? []).map((e) => e.extensions?.code))].sort() };
}

describe('the committed supergraph under Hive Gateway', () => {
  it('answers the cross-service reads exactly as our gateway does, for every role and for anonymous callers', async () => {
    const callers: [string, Caller | null][] = [
      ['ADMIN', ADMIN],
      ['LEADER', LEADER],
      ['UNIT_ADMIN', unitAdmin(unitIds[0]!)],
      ['anonymous', null],
    ];
    const reads: [string, TypedDocumentNode<any, any>, Record<string, unknown>][] = [
      ['units with counts', UnitsWithMemberCounts, {}],
      ['the public directory', UnitsDirectory, { includeExcluded: true }],
      ['units with honors', UnitsWithHonors, { campaignId }],
      ['quota per unit', UnitsWithQuota, { campaignId }],
      ['city figures (quota attainment, ledgers)', DashboardCityFigures, { campaignId }],
      ['management actions', DashboardManagement, { campaignId }],
      ['honors with evaluation summaries', HonorsWithEvaluationSummary, { campaignId, roundId }],
      ['evaluation trend', CityEvaluationTrend, { campaignId }],
      ['members of a unit', UnitMembers, { unitId: unitIds[1], first: 20 }],
    ];
    let answered = 0;
    for (const [role, caller] of callers) {
      for (const [name, document, variables] of reads) {
        const ours = answer(await ask(platform.gatewayUrl, document, variables, caller));
        const theirs = answer(await ask(hive.url, document, variables, caller));
        expect(theirs, `${name} as ${role}`).toEqual(ours);
        if (ours.data && ours.codes.length === 0) answered += 1;
      }
    }
    // Not a comparison of two refusals: most reads are answered for the signed-in roles.
    expect(answered).toBeGreaterThan(callers.length * 3);
  });

  it('keeps a UNIT_ADMIN to their unit through Hive Gateway', async () => {
    const own = unitIds[0]!;
    const other = unitIds[1]!;
    const mine = await ask(hive.url, UnitMembers, { unitId: own, first: 50 }, unitAdmin(own));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.members.totalCount).toBeGreaterThan(0);
    expect(new Set(mine.data!.members.edges.map((e) => e.node.unit.id))).toEqual(new Set([own]));
    // Personal fields of their own unit's members are theirs to see.
    expect(mine.data!.members.edges.some((e) => e.node.phone !== null)).toBe(true);
    const theirs = await ask(hive.url, UnitMembers, { unitId: other, first: 50 }, unitAdmin(own));
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an over-deep and an over-cost query before answering it', async () => {
    const token = await headers(ADMIN);
    const deep = await postGraphQL(hive.url, '{ units { teams { unit { industry { units { teams { name } } } } } } }', {}, token);
    expect(deep.data ?? null).toBeNull();
    expect(deep.errors?.[0]?.extensions?.limit).toBe('DEPTH');
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: industries { name }`).join(' ');
    const aliased = await postGraphQL(hive.url, `{ ${aliases} }`, {}, token);
    expect(aliased.errors?.[0]?.extensions?.limit).toBe('ALIASES');
    const tokens = await postGraphQL(hive.url, `{ ${'industries { name } '.repeat(300)}}`, {}, token);
    expect(tokens.errors?.[0]?.extensions?.limit).toBe('TOKENS');
    // Within the depth limit (6), but every team of every unit of every industry, twice over: far over the cost limit.
    const query = '{ industries { units { teams { unit { teams { name } } } } } }';
    const costly = await postGraphQL(hive.url, query, {}, token);
    expect(costly.data ?? null).toBeNull();
    expect(costly.errors?.[0]?.extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    const ours = await postGraphQL(platform.gatewayUrl, query, {}, token);
    expect(ours.errors?.[0]?.extensions?.limit).toBe('COST');
  });

  it('refuses an expired or forged user token at Hive Gateway and at the subgraphs behind it', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ role: Role.ADMIN }).setProtectedHeader({ alg: 'HS256' }).setSubject('a').setIssuedAt(now - 7200).setExpirationTime(now - 3600).sign(new TextEncoder().encode(JWT_SECRET));
    const forged = await signUserToken(ADMIN, 'not-the-secret-of-this-platform-at-all');
    const units = platform.subgraphs.units!.url;
    for (const token of [expired, forged]) {
      const viaHive = await postGraphQL(hive.url, '{ units { name } }', {}, { authorization: `Bearer ${token}` });
      expect(viaHive.status).toBe(401);
      expect(viaHive.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const direct = await postGraphQL(units, '{ units { name } }', {}, { authorization: `Bearer ${token}`, [ROUTER_CREDENTIAL_HEADER]: ROUTER_SECRET });
      expect(direct.status).toBe(401);
    }
  });

  it('treats a direct subgraph call with only the router credential as anonymous, and refuses one without any credential', async () => {
    const members = platform.subgraphs.members!.url;
    const query = 'query ($first: Int!) { members(first: $first) { totalCount } }';
    // As ADMIN through the router scheme: the members are there to see.
    const asAdmin = await postGraphQL(members, query, { first: 1 }, { ...(await headers(ADMIN)), [ROUTER_CREDENTIAL_HEADER]: ROUTER_SECRET });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data.members.totalCount).toBeGreaterThan(0);
    // The credential alone: an anonymous caller, who may not list members.
    const credentialOnly = await postGraphQL(members, query, { first: 1 }, { [ROUTER_CREDENTIAL_HEADER]: ROUTER_SECRET });
    expect(credentialOnly.status).toBe(200);
    expect(credentialOnly.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The public directory is what anonymous callers read.
    const directory = await postGraphQL(platform.subgraphs.units!.url, '{ units { name } }', {}, { [ROUTER_CREDENTIAL_HEADER]: ROUTER_SECRET });
    expect(directory.errors).toBeUndefined();
    expect(directory.data.units.length).toBeGreaterThan(0);
    // A wrong credential, a user token alone, or nothing at all: refused before any GraphQL work.
    for (const h of [{ [ROUTER_CREDENTIAL_HEADER]: 'guessed-router-secret-0123456789' }, await headers(ADMIN), {}]) {
      const refused = await postGraphQL(members, query, { first: 1 }, h);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('still serves our own gateway, whose credential the subgraphs keep accepting', async () => {
    const res = await ask(platform.gatewayUrl, UnitsWithMemberCounts, {}, LEADER);
    expect(res.errors).toBeUndefined();
    expect(res.data!.units.length).toBe(unitIds.length);
    // And a direct call with our gateway's credential is judged by it, whatever else it carries.
    const direct = await postGraphQL(platform.subgraphs.members!.url, 'query { members(first: 1) { totalCount } }', {}, {
      ...(await gatewayHeaders(ADMIN, SUBGRAPH_SECRET)),
      [ROUTER_CREDENTIAL_HEADER]: 'not-the-router-secret-0123456789',
    });
    expect(direct.errors).toBeUndefined();
    expect(direct.data.members.totalCount).toBeGreaterThan(0);
  });

  it('tells the subgraphs the client address it saw, believing a client-sent X-Forwarded-For only from a trusted proxy', async () => {
    // A stand-in for every subgraph that keeps the headers it receives.
    const seen: http.IncomingHttpHeaders[] = [];
    const standIn = http.createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { industries: [] } }));
      });
    });
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql`;
    const addressBehind = async (trustProxy: string) => {
      const gateway = await startHiveGateway({ subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, url])), routerSecret: ROUTER_SECRET, jwtSecret: JWT_SECRET, trustProxy, logging: false });
      try {
        seen.length = 0;
        const res = await postGraphQL(gateway.url, '{ industries { id } }', {}, { ...(await headers(LEADER)), 'x-forwarded-for': '203.0.113.9' });
        expect(res.errors).toBeUndefined();
        expect(seen).toHaveLength(1);
        expect(seen[0]![ROUTER_CREDENTIAL_HEADER]).toBe(ROUTER_SECRET);
        expect(seen[0]!.authorization).toMatch(/^Bearer /);
        return seen[0]!['x-forwarded-for'];
      } finally {
        await gateway.close();
      }
    };
    try {
      // This test's client is on loopback: the default trusts it as the dashboard's server.
      expect(await addressBehind('loopback')).toBe('203.0.113.9');
      // Trusting another proxy only, the header is the client's own word and is not passed on.
      expect(await addressBehind('10.1.2.3')).toBe('127.0.0.1');
    } finally {
      await new Promise((resolve) => standIn.close(resolve));
    }
  });
});
