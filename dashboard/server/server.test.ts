import http from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStaticDir, startDashboardServer, type DashboardServer } from './index.js';

// A stand-in for the gateway that tells what reached it; the real gateway is behind the
// dashboard in the browser tests (test/src/dashboard.test.ts).
let upstream: http.Server;
let upstreamUrl: string;
const seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

const TOKENS = [{ role: 'ADMIN', token: 'demo.admin.token-4f2a' }, { role: 'UNIT_ADMIN', unitId: 'u-1', token: 'demo.unit.token-9c1b' }];
let dev: DashboardServer;
let prod: DashboardServer;

beforeAll(async () => {
  if (!existsSync(path.join(defaultStaticDir(), 'index.html'))) throw new Error('build the dashboard first (npm run build)');
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'yes' });
      res.end(JSON.stringify({ data: { echoed: body } }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/graphql`;
  dev = await startDashboardServer({ port: 0, gatewayUrl: upstreamUrl, production: false, demoTokens: TOKENS });
  prod = await startDashboardServer({ port: 0, gatewayUrl: upstreamUrl, production: true, demoTokens: TOKENS });
});

afterAll(async () => {
  await dev?.close();
  await prod?.close();
  await new Promise((r) => upstream?.close(r));
});

const get = (server: DashboardServer, p: string, headers: Record<string, string> = {}) => fetch(new URL(p, server.url), { headers });

describe('demo tokens', () => {
  it('are offered in development', async () => {
    const res = await get(dev, '/api/demo-tokens');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tokens: TOKENS });
  });

  it('are never served in production, even when the caller passes some', async () => {
    const res = await get(prod, '/api/demo-tokens');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tokens: [] });
  });

  it('appear in no file a production server serves', async () => {
    const files = ['/', '/overview', '/sign-in', ...readdirSync(path.join(defaultStaticDir(), 'assets')).map((f) => `/assets/${f}`)];
    for (const file of files) {
      const res = await get(prod, file);
      expect(res.status, file).toBe(200);
      const text = await res.text();
      for (const { token } of TOKENS) expect(text, file).not.toContain(token);
    }
  });
});

describe('the built dashboard', () => {
  it('is served with a content security policy that names no other origin', async () => {
    const res = await get(prod, '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('has no inline script and loads nothing from another origin', async () => {
    const html = await (await get(prod, '/')).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toMatch(/<script type="module"[^>]* src="\/assets\/[^"]+\.js"/);
  });

  it('answers any app route with index.html, and a missing file with 404', async () => {
    const index = await (await get(prod, '/')).text();
    for (const route of ['/overview', '/units/3f0e1c2a', '/quota']) {
      const res = await get(prod, route);
      expect(res.status, route).toBe(200);
      expect(await res.text()).toBe(index);
    }
    expect((await get(prod, '/assets/missing-0000.js')).status).toBe(404);
    expect((await get(prod, '/robots.txt')).status).toBe(404);
    expect((await get(prod, '/api/anything')).status).toBe(404);
  });

  it('keeps hashed assets for a year and index.html never without asking', async () => {
    const asset = readdirSync(path.join(defaultStaticDir(), 'assets')).find((f) => f.endsWith('.js'))!;
    expect((await get(prod, `/assets/${asset}`)).headers.get('cache-control')).toContain('immutable');
    expect((await get(prod, '/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('sends JavaScript gzipped to a browser that accepts it, byte for byte the built file', async () => {
    const asset = readdirSync(path.join(defaultStaticDir(), 'assets')).find((f) => f.endsWith('.js'))!;
    const res = await get(prod, `/assets/${asset}`, { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(defaultStaticDir(), 'assets', asset)))).toBe(true);
  });

  it('serves nothing outside its folder', async () => {
    for (const p of ['/..%2F..%2Fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2F..%2F..%2Fpackage.json']) {
      const res = await get(prod, p);
      expect(res.status, p).toBe(404);
    }
  });
});

describe('/graphql', () => {
  it('is passed to the gateway with its method, query string, body and authorization, and no cookie', async () => {
    seen.length = 0;
    const res = await fetch(new URL('/graphql?x=1', prod.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc', cookie: 'session=secret' },
      body: '{"query":"{ units { id } }"}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-upstream')).toBe('yes');
    expect(await res.json()).toEqual({ data: { echoed: '{"query":"{ units { id } }"}' } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/graphql?x=1', body: '{"query":"{ units { id } }"}' });
    expect(seen[0]!.headers.authorization).toBe('Bearer abc');
    expect(seen[0]!.headers.cookie).toBeUndefined();
  });

  it('tells the gateway the address it saw, not the X-Forwarded-For a browser sent', async () => {
    seen.length = 0;
    await fetch(new URL('/graphql', prod.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7, 198.51.100.1' },
      body: '{"query":"{ units { id } }"}',
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('answers 502 with a GraphQL error when the gateway is down', async () => {
    const orphan = await startDashboardServer({ port: 0, gatewayUrl: 'http://127.0.0.1:1/graphql', production: true });
    try {
      const res = await fetch(new URL('/graphql', orphan.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(502);
      expect(await res.json()).toEqual({ errors: [{ message: 'The gateway did not answer', extensions: { code: 'BAD_GATEWAY' } }] });
    } finally {
      await orphan.close();
    }
  });
});

describe('/verify/<code>', () => {
  // A stand-in gateway that knows three plaques and says what it was asked.
  let gateway: http.Server;
  let verifier: DashboardServer;
  const asked: { headers: http.IncomingHttpHeaders; body: { query: string; variables: { code: string } } }[] = [];
  const known = new Map<string, string>([
    ['VALID0000001', 'VALID'],
    ['RECTIFY00001', 'RECTIFYING'],
    ['REVOKED00001', 'REVOKED'],
  ]);

  beforeAll(async () => {
    gateway = http.createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        const body = JSON.parse(text);
        asked.push({ headers: req.headers, body });
        const code = body.variables.code as string;
        if (code === 'SLOWSLOWSLOW') return; // never answers
        res.writeHead(200, { 'content-type': 'application/json' });
        if (code === 'BROKENBROKEN') return res.end(JSON.stringify({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
        const status = known.get(code);
        res.end(JSON.stringify({ data: { plaque: status ? { name: '王芳', unitName: '市档案局', tier: 'POST', year: 2016, batch: '七一前首批', namedOn: '2016-06-30', status, revokedOn: null } : null } }));
      });
    });
    await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
    verifier = await startDashboardServer({
      port: 0,
      gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`,
      production: true,
      verifyTimeoutMs: 300,
    });
  });

  afterAll(async () => {
    await verifier?.close();
    gateway?.closeAllConnections();
    await new Promise((r) => gateway?.close(r));
  });

  it('answers 200 for a plaque in force, 410 for a revoked one and 404 for a code that names none, each with the page itself', async () => {
    const index = await (await get(prod, '/')).text();
    for (const [code, status] of [['VALID0000001', 200], ['RECTIFY00001', 200], ['REVOKED00001', 410], ['NOSUCHCODE00', 404]] as const) {
      const res = await get(verifier, `/verify/${code}`);
      expect(res.status, code).toBe(status);
      expect(res.headers.get('content-type'), code).toBe('text/html; charset=utf-8');
      expect(await res.text(), code).toBe(index);
    }
  });

  it('keeps the content security policy and lets nothing keep the answer: every request asks the gateway afresh', async () => {
    asked.length = 0;
    const first = await get(verifier, '/verify/VALID0000001');
    expect(first.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(first.headers.get('cache-control')).toBe('no-store');
    known.set('VALID0000001', 'REVOKED');
    try {
      expect((await get(verifier, '/verify/VALID0000001')).status).toBe(410);
    } finally {
      known.set('VALID0000001', 'VALID');
    }
    expect(asked).toHaveLength(2);
  });

  it('asks the gateway anonymously with the page’s own document, passing on neither the browser’s token nor its cookie', async () => {
    asked.length = 0;
    await get(verifier, '/verify/VALID0000001', { authorization: 'Bearer someone', cookie: 'session=secret', 'x-forwarded-for': '203.0.113.7' });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.body.query).toMatch(/query PlaqueRecord\(\$code: String!\)/);
    expect(asked[0]!.body.variables).toEqual({ code: 'VALID0000001' });
    expect(asked[0]!.headers.authorization).toBeUndefined();
    expect(asked[0]!.headers.cookie).toBeUndefined();
    expect(asked[0]!.headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('answers 404 without asking for a code no plaque can have, and 503 with the page when the gateway fails or is slow', async () => {
    asked.length = 0;
    expect((await get(verifier, `/verify/${'A'.repeat(80)}`)).status).toBe(404);
    expect((await get(verifier, '/verify/')).status).toBe(404);
    expect((await get(verifier, '/verify/a/b')).status).toBe(404);
    expect(asked).toHaveLength(0);
    expect((await get(verifier, '/verify/BROKENBROKEN')).status).toBe(503);
    const slow = await get(verifier, '/verify/SLOWSLOWSLOW');
    expect(slow.status).toBe(503);
    expect(await slow.text()).toContain('<div id="app">');
    const orphan = await startDashboardServer({ port: 0, gatewayUrl: 'http://127.0.0.1:1/graphql', production: true });
    try {
      expect((await get(orphan, '/verify/VALID0000001')).status).toBe(503);
    } finally {
      await orphan.close();
    }
  });
});
