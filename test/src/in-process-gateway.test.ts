import { createGateway } from '@sfxd/gateway';
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, Role, createLogger, signUserToken, startSubgraph, type StartedSubgraph } from '@sfxd/kit';
import { createTestDatabase, gatewayHeaders, leader, type TestDatabase } from '@sfxd/kit/testing';
import { generateSeed } from '@sfxd/seed';
import { subgraphNamed } from '@sfxd/subgraphs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The bench's in-process mode: the gateway hands each subgraph call to the subgraph's own server
// in the same process, with the same headers and credential, and no HTTP hop at all.

const OVERVIEW = '{ units(includeExcluded: true) { id code name excluded teamCount partyMemberCount industry { id code name } } }';
/** Nothing listens here: a gateway that tried HTTP would fail. */
const NOWHERE = 'http://127.0.0.1:9/graphql';

let db: TestDatabase;
const services: Record<string, StartedSubgraph> = {};
const urls: Record<string, string> = {};
const closes: (() => Promise<void>)[] = [];
const data = generateSeed({ units: 5, membersPerUnit: 4 });

beforeAll(async () => {
  db = await createTestDatabase();
  for (const name of ['units', 'members']) {
    const descriptor = subgraphNamed(name);
    const service = await startSubgraph(descriptor, { databaseUrl: db.url, subgraphSecret: DEV_SUBGRAPH_SECRET, logger: createLogger('test', 'silent'), peerUrls: urls });
    const running = await service.listen(0);
    closes.push(running.close);
    urls[name] = running.url;
    services[name] = service;
    await descriptor.seed?.(service.db.orm, data);
  }
}, 120_000);

afterAll(async () => {
  for (const close of closes.reverse()) await close();
  await db?.drop();
});

async function ask(url: string, query: string) {
  const token = await signUserToken({ sub: 'leader-1', role: Role.LEADER }, DEV_JWT_SECRET);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: { units: { partyMemberCount: number }[] }; errors?: unknown[] };
}

describe('a gateway calling its subgraphs in process', () => {
  it('answers the overview as the gateway over HTTP does, without an HTTP call from the gateway to a subgraph', async () => {
    const logger = createLogger('test', 'silent');
    const overHttp = await createGateway({
      subgraphUrls: { units: urls.units!, members: urls.members!, honors: NOWHERE, evaluations: NOWHERE },
      jwtSecret: DEV_JWT_SECRET, subgraphSecret: DEV_SUBGRAPH_SECRET, logger,
    });
    const inProcess = await createGateway({
      subgraphUrls: { units: NOWHERE, members: NOWHERE, honors: NOWHERE, evaluations: NOWHERE },
      inProcessSubgraphs: { units: services.units!.executeInProcess, members: services.members!.executeInProcess },
      jwtSecret: DEV_JWT_SECRET, subgraphSecret: DEV_SUBGRAPH_SECRET, logger,
    });
    const a = await overHttp.listen(0);
    const b = await inProcess.listen(0);
    try {
      const viaHttp = await ask(a.url, OVERVIEW);
      const viaProcess = await ask(b.url, OVERVIEW);
      expect(viaProcess.errors).toBeUndefined();
      expect(viaProcess).toEqual(viaHttp);
      expect(viaProcess.data!.units.reduce((n, u) => n + u.partyMemberCount, 0)).toBe(data.members.length);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('gives a repeat its kept answer once each subgraph in process said 304, as over HTTP', async () => {
    const inProcess = await createGateway({
      subgraphUrls: { units: NOWHERE, members: NOWHERE, honors: NOWHERE, evaluations: NOWHERE },
      inProcessSubgraphs: { units: services.units!.executeInProcess, members: services.members!.executeInProcess },
      jwtSecret: DEV_JWT_SECRET, subgraphSecret: DEV_SUBGRAPH_SECRET, logger: createLogger('test', 'silent'),
    });
    const b = await inProcess.listen(0);
    try {
      const first = await ask(b.url, OVERVIEW);
      expect(first.errors).toBeUndefined();
      const again = await ask(b.url, OVERVIEW);
      expect(again).toEqual(first);
      expect(inProcess.keptAnswers).toMatchObject({ kept: 1, answered: 1, stale: 0 });
      // The 304 itself, as the subgraph's server gives it in process: no body.
      const headers = { 'content-type': 'application/json', ...(await gatewayHeaders(leader, DEV_SUBGRAPH_SECRET)) };
      const answered = await services.units!.executeInProcess({ headers, body: { query: '{ units { id } }' } });
      const tag = answered.headers.find(([name]) => name === 'etag')?.[1];
      expect(tag).toBeDefined();
      expect(await services.units!.executeInProcess({ headers: { ...headers, 'if-none-match': tag! }, body: { query: '{ units { id } }' } })).toMatchObject({ status: 304, body: '' });
    } finally {
      await b.close();
    }
  });

  it('is refused by the subgraph without the gateway credential, as over HTTP', async () => {
    const refused = await services.units!.executeInProcess({ headers: { 'content-type': 'application/json' }, body: { query: '{ units { id } }' } });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const allowed = await services.units!.executeInProcess({ headers: { 'content-type': 'application/json', ...(await gatewayHeaders(leader, DEV_SUBGRAPH_SECRET)) }, body: { query: '{ units { id } }' } });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body).data.units).toHaveLength(data.units.length);
  });
});
