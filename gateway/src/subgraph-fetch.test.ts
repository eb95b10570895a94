import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphFetcher, jsonBodyOf } from './subgraph-fetch.js';

// The answer is sent in several writes, with multi-byte characters across their edges.
const ANSWER = { data: { units: Array.from({ length: 500 }, (_, i) => ({ id: `u${i}`, name: `第${i}单位` })) } };
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    const bytes = Buffer.from(JSON.stringify(ANSWER));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    for (let at = 0; at < bytes.length; at += 1001) res.write(bytes.subarray(at, at + 1001));
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('a subgraph answer parsed from the bytes the fetcher read', () => {
  it('equals the answer, and leaves the response body unread for whoever still reads it', async () => {
    const fetcher = createSubgraphFetcher({ timeoutMs: 5_000, maxSockets: 2, deduplicate: false });
    const response = await fetcher.fetcher(url, { method: 'POST', body: '{}' });
    expect(jsonBodyOf(response)).toEqual(ANSWER);
    expect(await response.json()).toEqual(ANSWER);
    fetcher.close();
  });

  it('is not had for a response the fetcher did not make', () => {
    expect(jsonBodyOf(new Response('{"data":{}}', { headers: { 'content-type': 'application/json' } }))).toBeUndefined();
  });
});
