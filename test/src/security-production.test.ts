import { createGateway, readGatewayEnvironment } from '@sfxd/gateway';
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, EnvironmentError, Role, createLogger, readSubgraphEnvironment, startSubgraph } from '@sfxd/kit';
import { createTestDatabase, gatewayHeaders, postGraphQL } from '@sfxd/kit/testing';
import { SUBGRAPHS, subgraphNamed } from '@sfxd/subgraphs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformEnv, startPlatformProcess } from './platform-process.js';

/**
 * Production behaviour of the gateway: no introspection, no field suggestions, no internals in
 * errors, no development secrets. Each production probe has a development twin showing what the
 * production gateway hides, so the probe cannot pass against a server that never leaks anyway.
 */

const readUnitsEnvironment = (env: NodeJS.ProcessEnv) => readSubgraphEnvironment(subgraphNamed('units'), SUBGRAPHS, env);

const PROD_JWT_SECRET = 'test-production-jwt-secret-0123456789';
const PROD_SUBGRAPH_SECRET = 'test-production-subgraph-secret-0123456789';
const LEAK = 'insert into "units"."team" ("id") values ($1) - duplicate key value violates unique constraint at postgres://sfxd@10.0.0.5:5432/sfxd';

let fake: http.Server;
let fakeUrl: string;
const gateways: { url: string; close(): Promise<void> }[] = [];
let production: string;
let development: string;
let productionUnreachable: string;
let developmentUnreachable: string;

/** A stand-in units subgraph that fails the way a real one might, with SQL and addresses in the error. */
function startLeakySubgraph(): Promise<string> {
  fake = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: null, errors: [{ message: LEAK, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: boom', '    at /srv/sfxd/services/units/dist/x.js:1:1'] } }] }));
  });
  return new Promise((resolve) => fake.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql`)));
}

async function gatewayAt(unitsUrl: string, isProduction: boolean, extra: { graphiql?: boolean } = {}): Promise<string> {
  const gateway = await createGateway({
    ...extra,
    subgraphUrls: { units: unitsUrl },
    jwtSecret: isProduction ? PROD_JWT_SECRET : DEV_JWT_SECRET,
    subgraphSecret: isProduction ? PROD_SUBGRAPH_SECRET : DEV_SUBGRAPH_SECRET,
    production: isProduction,
    subgraphTimeoutMs: 2000,
    logger: createLogger('test', 'silent'),
  });
  const running = await gateway.listen(0);
  gateways.push(running);
  return running.url;
}

beforeAll(async () => {
  fakeUrl = await startLeakySubgraph();
  production = await gatewayAt(fakeUrl, true);
  development = await gatewayAt(fakeUrl, false);
  // Nothing listens on port 9 (discard) here: every call to this subgraph fails inside the gateway.
  productionUnreachable = await gatewayAt('http://127.0.0.1:9/graphql', true);
  developmentUnreachable = await gatewayAt('http://127.0.0.1:9/graphql', false);
});

afterAll(async () => {
  for (const g of gateways) await g.close();
  await new Promise((resolve) => fake?.close(resolve));
});

describe('errors in production', () => {
  it('hide SQL, addresses and stack traces a subgraph let through', async () => {
    const dev = JSON.stringify(await postGraphQL(development, '{ units { id } }'));
    expect(dev).toContain('insert into');
    const res = await postGraphQL(production, '{ units { id } }');
    const body = JSON.stringify(res);
    expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    for (const secret of ['insert into', 'postgres://', '10.0.0.5', 'stacktrace', '/srv/', fakeUrl, 'serviceName']) expect(body).not.toContain(secret);
  });

  it("hide the gateway's own failure to reach a subgraph and its code paths, saying only that the part is unavailable", async () => {
    const dev = JSON.stringify(await postGraphQL(developmentUnreachable, '{ units { id } }'));
    expect(dev).toContain('fetch failed');
    // Where the stack trace has frames depends on the Node version; that it is there does not.
    expect(dev).toContain('stacktrace');
    const res = await postGraphQL(productionUnreachable, '{ units { id } }');
    expect(res.errors).toEqual([{ message: 'Part of this answer is unavailable right now; try again later', extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'UNREACHABLE' } }]);
    for (const secret of ['fetch failed', 'node_modules', '127.0.0.1', 'stacktrace']) expect(JSON.stringify(res)).not.toContain(secret);
  });

  it('keep the code and limit of a refused request, without a stack trace', async () => {
    const deep = '{ units { teams { unit { industry { units { industry { name } } } } } } }';
    const dev = await postGraphQL(development, deep);
    expect(dev.errors?.[0]?.extensions?.stacktrace).toBeDefined();
    const res = await postGraphQL(production, deep);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DEPTH' });
  });
});

describe('schema discovery in production', () => {
  it('refuses introspection', async () => {
    expect((await postGraphQL(development, '{ __schema { queryType { name } } }')).data?.__schema.queryType.name).toBe('Query');
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Unit") { fields { name } } }']) {
      const res = await postGraphQL(production, query);
      expect(res.status, query).toBe(400);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('suggests no field names', async () => {
    expect((await postGraphQL(development, '{ unitz { id } }')).errors?.[0]?.message).toMatch(/Did you mean/);
    const res = await postGraphQL(production, '{ unitz { id } industriez { id } }');
    expect(res.status).toBe(400);
    for (const error of res.errors ?? []) {
      expect(error.message).not.toMatch(/Did you mean/);
      expect(error.message).not.toContain('"units"');
      expect(error.message).not.toMatch(/\?\s*$/);
    }
  });
});

describe('enum values in production', () => {
  const literal = 'mutation { createMember(input: { unitId: "u", name: "x", gender: MAL, birthDate: "1980-01-01", joinedPartyOn: "2000-01-01", status: FULL, position: "p" }) { id } }';
  const throughVariable = 'mutation($gender: Gender!) { createMember(input: { unitId: "u", name: "x", gender: $gender, birthDate: "1980-01-01", joinedPartyOn: "2000-01-01", status: FULL, position: "p" }) { id } }';
  const inInputVariable = 'mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }';
  const input = { unitId: 'u', name: 'x', gender: 'MAL', birthDate: '1980-01-01', joinedPartyOn: '2000-01-01', status: 'FULL', position: 'p' };

  it('are suggested in development, so the probes below would see a leak', async () => {
    expect((await postGraphQL(development, literal)).errors?.map((e) => e.message).join(' ')).toContain('Did you mean the enum value "MALE"?');
    expect((await postGraphQL(development, throughVariable, { gender: 'MAL' })).errors?.[0]?.message).toContain('Did you mean the enum value "MALE"?');
  });

  it('are not suggested for a literal, a variable or a field of an input variable, and no dangling text is left', async () => {
    const probes = [
      await postGraphQL(production, literal),
      await postGraphQL(production, throughVariable, { gender: 'MAL' }),
      await postGraphQL(production, inInputVariable, { input }),
    ];
    for (const res of probes) {
      expect(res.status).toBe(400);
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors ?? []) {
        expect(error.message).not.toMatch(/Did you mean|MALE|FEMALE/);
        expect(error.message).not.toMatch(/\?\s*$/);
        expect(error.message).toMatch(/Value "MAL" does not exist in "Gender" enum\.$/);
      }
    }
  });

  it('nor are input field names', async () => {
    const res = await postGraphQL(production, inInputVariable, { input: { ...input, gender: 'MALE', nmae: 'x' } });
    expect(res.status).toBe(400);
    for (const error of res.errors ?? []) {
      expect(error.message).not.toMatch(/Did you mean|"name"/);
      expect(error.message).not.toMatch(/\?\s*$/);
    }
  });
});

describe('a production subgraph', () => {
  // What the gateway lets through reaches a subgraph; the subgraph's own answer must not suggest either.
  it('suggests no enum values in its own validation errors', async () => {
    const db = await createTestDatabase();
    const members = subgraphNamed('members');
    const started: { close(): Promise<void> }[] = [];
    try {
      const at = async (isProduction: boolean, secret: string) => {
        // The refused mutation never gets as far as asking the units subgraph: nothing needs to listen there.
        const service = await startSubgraph(members, {
          databaseUrl: db.url, subgraphSecret: secret, production: isProduction, logger: createLogger('test', 'silent'), peerUrls: { units: 'http://127.0.0.1:9/graphql' },
        });
        const running = await service.listen(0);
        started.push(running);
        return async () => postGraphQL(running.url, 'mutation { createMember(input: { unitId: "u", name: "x", gender: MAL, birthDate: "1980-01-01", joinedPartyOn: "2000-01-01", status: FULL, position: "p" }) { id } }', {}, await gatewayHeaders({ sub: 'a', role: Role.ADMIN }, secret));
      };
      const dev = await (await at(false, DEV_SUBGRAPH_SECRET))();
      expect(dev.errors?.[0]?.message).toContain('Did you mean the enum value "MALE"?');
      const prod = await (await at(true, PROD_SUBGRAPH_SECRET))();
      expect(prod.errors?.length).toBeGreaterThan(0);
      for (const error of prod.errors ?? []) {
        expect(error.message).not.toMatch(/Did you mean|MALE/);
        expect(error.message).toMatch(/enum\.$/);
      }
    } finally {
      for (const s of started) await s.close();
      await db.drop();
    }
  });
});

describe('GraphiQL in production', () => {
  const open = (url: string, path = '/graphql') => fetch(new URL(path, url), { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

  it('is served to a browser in development', async () => {
    const page = await open(development);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('/graphiql/graphiql.js');
    expect((await open(development, '/graphiql/graphiql.js')).status).toBe(200);
  });

  it('is off: a browser gets a short plain answer, and none of its files', async () => {
    const page = await open(production);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await page.text();
    expect(text).toMatch(/POST/);
    expect(text).not.toMatch(/<html|graphiql\.js|<script/i);
    expect(text.length).toBeLessThan(300);
    for (const file of ['/graphiql/graphiql.js', '/graphiql/graphiql.css', '/graphiql/react.js']) expect((await open(production, file)).status, file).toBe(404);
  });

  it('is on when enabled explicitly, and GRAPHIQL=true says so', async () => {
    const enabled = await gatewayAt(fakeUrl, true, { graphiql: true });
    expect(await (await open(enabled)).text()).toContain('/graphiql/graphiql.js');
    const env = { NODE_ENV: 'production', JWT_SECRET: PROD_JWT_SECRET, SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET };
    expect(readGatewayEnvironment({ ...env, GRAPHIQL: 'true' }).GRAPHIQL).toBe(true);
    expect(readGatewayEnvironment({ ...env, GRAPHIQL: 'false' }).GRAPHIQL).toBe(false);
    expect(readGatewayEnvironment(env).GRAPHIQL).toBeUndefined();
  });
});

describe('development secrets in production', () => {
  it('are refused by the gateway environment, both at once', () => {
    expect(() => readGatewayEnvironment({ NODE_ENV: 'production' })).toThrow(EnvironmentError);
    try {
      readGatewayEnvironment({ NODE_ENV: 'production' });
    } catch (error) {
      expect((error as EnvironmentError).issues).toEqual([
        expect.stringMatching(/^SUBGRAPH_SECRET/),
        expect.stringMatching(/^JWT_SECRET/),
      ]);
    }
    expect(readGatewayEnvironment({ NODE_ENV: 'production', JWT_SECRET: PROD_JWT_SECRET, SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET }).NODE_ENV).toBe('production');
    expect(readGatewayEnvironment({ NODE_ENV: 'development' }).JWT_SECRET).toBe(DEV_JWT_SECRET);
  });

  it('are refused by a subgraph environment', () => {
    expect(() => readUnitsEnvironment({ NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/x' })).toThrow(/SUBGRAPH_SECRET/);
    expect(readUnitsEnvironment({ NODE_ENV: 'production', DATABASE_URL: 'postgres://localhost/x', SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET }).NODE_ENV).toBe('production');
  });

  it('refuse one secret for both user tokens and gateway credentials, listed with the other problems', () => {
    try {
      readGatewayEnvironment({ NODE_ENV: 'production', JWT_SECRET: DEV_SUBGRAPH_SECRET, SUBGRAPH_SECRET: DEV_SUBGRAPH_SECRET });
      expect.unreachable('one secret for both was accepted');
    } catch (error) {
      expect((error as EnvironmentError).issues).toEqual([
        expect.stringMatching(/^SUBGRAPH_SECRET: the development default/),
        expect.stringMatching(/^JWT_SECRET: must differ from SUBGRAPH_SECRET/),
      ]);
    }
    expect(() => readGatewayEnvironment({ NODE_ENV: 'production', JWT_SECRET: PROD_SUBGRAPH_SECRET, SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET })).toThrow(/must differ/);
    expect(readGatewayEnvironment({ NODE_ENV: 'development', JWT_SECRET: PROD_SUBGRAPH_SECRET, SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET }).NODE_ENV).toBe('development');
  });

  it('stop a gateway built in code with one secret for both from starting', async () => {
    const attempt = createGateway({ subgraphUrls: {}, jwtSecret: PROD_SUBGRAPH_SECRET, subgraphSecret: PROD_SUBGRAPH_SECRET, production: true, logger: createLogger('test', 'silent') });
    await expect(attempt).rejects.toThrow(/must differ/);
  });

  it('stop a gateway built in code from starting', async () => {
    const attempt = createGateway({ subgraphUrls: {}, jwtSecret: DEV_JWT_SECRET, subgraphSecret: DEV_SUBGRAPH_SECRET, production: true, logger: createLogger('test', 'silent') });
    await expect(attempt).rejects.toThrow(/SUBGRAPH_SECRET[\s\S]*JWT_SECRET/);
  });
});

describe('npm start in production', () => {
  const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/;

  /**
   * What `node services/platform/dist/start.js` prints, from start to Ctrl+C, on a database of its
   * own, and the demo tokens its dashboard offers on the sign-in page.
   */
  async function startOutput(mode: 'production' | 'development'): Promise<{ output: string; offered: { role: string; token: string }[] }> {
    const db = await createTestDatabase();
    try {
      const env = platformEnv({ NODE_ENV: mode, DATABASE_URL: db.url, JWT_SECRET: PROD_JWT_SECRET, SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET });
      const platform = await startPlatformProcess(env);
      expect(platform.ready, platform.output()).toBe(true);
      // The dashboard is up, in front of the gateway (same-origin /graphql).
      const page = await fetch(platform.dashboardUrl);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      const proxied = await fetch(new URL('/graphql', platform.dashboardUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ industries { id } }' }) });
      expect(((await proxied.json()) as { data: { industries: unknown[] } }).data.industries.length).toBeGreaterThan(0);
      const offered = ((await (await fetch(new URL('/api/demo-tokens', platform.dashboardUrl))).json()) as { tokens: { role: string; token: string }[] }).tokens;
      await platform.interrupt();
      return { output: platform.output(), offered };
    } finally {
      await db.drop();
    }
  }

  it('loads no invented people into a production database unless demo data is asked for', async () => {
    const db = await createTestDatabase();
    try {
      const { SEED_SCALE: _scale, ...env } = platformEnv({ NODE_ENV: 'production', DATABASE_URL: db.url, JWT_SECRET: PROD_JWT_SECRET, SUBGRAPH_SECRET: PROD_SUBGRAPH_SECRET });
      const platform = await startPlatformProcess(env);
      expect(platform.ready, platform.output()).toBe(true);
      const res = await fetch(new URL('/graphql', platform.dashboardUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ industries { id } units { id } }' }) });
      expect(((await res.json()) as { data: unknown }).data).toEqual({ industries: [], units: [] });
      await platform.interrupt();
      expect(platform.output()).toContain('demo data   none');
    } finally {
      await db.drop();
    }
  }, 120_000);

  it('mints and prints no token, not even one signed with the production secret, and its dashboard offers none', async () => {
    const development = await startOutput('development');
    expect(development.output).toContain('Demo sign-in');
    expect(development.output).toMatch(JWT);
    expect(development.offered.map((t) => t.role).sort()).toEqual(['ADMIN', 'INTEGRATOR', 'LEADER', 'UNIT_ADMIN']);
    for (const { token } of development.offered) expect(development.output).toContain(token);

    const production = await startOutput('production');
    expect(production.output).toContain('示范行动 platform is running');
    expect(production.output).not.toContain('Demo sign-in');
    expect(production.output).not.toMatch(JWT);
    expect(production.output).not.toMatch(/eyJ/);
    expect(production.offered).toEqual([]);
  }, 180_000);
});
