import { createGateway, readGatewayEnvironment } from '@sfxd/gateway';
import { DEV_JWT_SECRET, DEV_SUBGRAPH_SECRET, EnvironmentError, createLogger, readSubgraphEnvironment } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import { SUBGRAPHS, subgraphNamed } from '@sfxd/subgraphs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

async function gatewayAt(unitsUrl: string, isProduction: boolean): Promise<string> {
  const gateway = await createGateway({
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

  it("hide the gateway's own failure to reach a subgraph, and its code paths", async () => {
    const dev = JSON.stringify(await postGraphQL(developmentUnreachable, '{ units { id } }'));
    expect(dev).toContain('fetch failed');
    expect(dev).toContain('node_modules');
    const res = await postGraphQL(productionUnreachable, '{ units { id } }');
    expect(res.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
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
    }
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

  it('stop a gateway built in code from starting', async () => {
    const attempt = createGateway({ subgraphUrls: {}, jwtSecret: DEV_JWT_SECRET, subgraphSecret: DEV_SUBGRAPH_SECRET, production: true, logger: createLogger('test', 'silent') });
    await expect(attempt).rejects.toThrow(/SUBGRAPH_SECRET[\s\S]*JWT_SECRET/);
  });
});
