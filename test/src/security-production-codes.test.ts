import { createGateway } from '@sfxd/gateway';
import { createLogger } from '@sfxd/kit';
import { postGraphQL } from '@sfxd/kit/testing';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a production gateway keeps of the honors subgraph's refusals: the code and the extensions a
 * caller acts on (why a step is illegal, when to try again), never a stack trace.
 */

const PROD_JWT_SECRET = 'test-production-jwt-secret-0123456789';
const PROD_SUBGRAPH_SECRET = 'test-production-subgraph-secret-0123456789';
const STACK = ['GraphQLError: refused', '    at /srv/sfxd/services/honors/dist/objection/objection.service.js:1:1'];

let honors: http.Server;
let gateway: { url: string; close(): Promise<void> };

/** A stand-in honors subgraph refusing every operation the way the real one does. */
function refusal(body: string) {
  if (body.includes('lodgeObjection')) {
    return { data: null, errors: [{ message: 'at most 5 objections an hour from one address', path: ['lodgeObjection'], extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1800, stacktrace: STACK } }] };
  }
  return {
    data: null,
    errors: [{
      message: 'the publicity window ends on 2016-10-11', path: ['transitionHonor'],
      extensions: { code: 'ILLEGAL_TRANSITION', status: 'PUBLICIZING', action: 'CONFIRM', reason: 'PUBLICITY_NOT_ENDED', allowedActions: ['REJECT', 'WITHDRAW'], stacktrace: STACK },
    }],
  };
}

beforeAll(async () => {
  honors = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(refusal(body)));
    });
  });
  await new Promise<void>((resolve) => honors.listen(0, '127.0.0.1', resolve));
  const made = await createGateway({
    subgraphUrls: { honors: `http://127.0.0.1:${(honors.address() as AddressInfo).port}/graphql` },
    jwtSecret: PROD_JWT_SECRET, subgraphSecret: PROD_SUBGRAPH_SECRET, production: true, subgraphTimeoutMs: 2000,
    logger: createLogger('test', 'silent'),
  });
  gateway = await made.listen(0);
});

afterAll(async () => {
  await gateway?.close();
  await new Promise((resolve) => honors?.close(resolve));
});

describe('a production gateway', () => {
  it('passes RATE_LIMITED on with when to try again, and nothing from inside', async () => {
    const res = await postGraphQL(gateway.url, 'mutation { lodgeObjection(input: { honorId: "x", reason: "申报材料不实请核查" }) { id } }');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1800 });
    expect(JSON.stringify(res)).not.toContain('/srv/');
  });

  it('passes ILLEGAL_TRANSITION on with the status, the reason and the allowed actions', async () => {
    const res = await postGraphQL(gateway.url, 'mutation { transitionHonor(input: { honorId: "x", action: CONFIRM, expectedVersion: 3 }) { id } }');
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'ILLEGAL_TRANSITION', status: 'PUBLICIZING', action: 'CONFIRM', reason: 'PUBLICITY_NOT_ENDED', allowedActions: ['REJECT', 'WITHDRAW'],
    });
    expect(JSON.stringify(res)).not.toContain('stacktrace');
  });
});
