import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentDisposition, startDashboardServer, type DashboardServer, type ReportRequest } from './index.js';

// The HTTP side of /api/reports with a stand-in report maker that says what it was asked; the
// real one (the report package against the whole platform) is test/src/dashboard-reports.test.ts.

const asked: ReportRequest[] = [];
let release: (() => void) | undefined;
let server: DashboardServer;
let without: DashboardServer;

beforeAll(async () => {
  server = await startDashboardServer({
    port: 0, gatewayUrl: 'http://127.0.0.1:9/graphql', production: true, reportConcurrency: 1,
    reports: async (request) => {
      asked.push(request);
      if (request.unit === 'slow') await new Promise<void>((resolve) => (release = resolve));
      if (request.unit === 'other') throw Object.assign(new Error('单位党务干部只能生成本单位的自查总结'), { code: 'FORBIDDEN' });
      if (request.unit === 'boom') throw new Error('the gateway did not answer');
      return { filename: `${request.year}年示范行动自查总结-${request.unit ?? '全市'}.${request.format}`, contentType: 'text/html; charset=utf-8', content: Buffer.from('<p>总结</p>') };
    },
  });
  without = await startDashboardServer({ port: 0, gatewayUrl: 'http://127.0.0.1:9/graphql', production: true });
});

afterAll(async () => {
  await server?.close();
  await without?.close();
});

const get = (target: DashboardServer, query: string, token?: string) =>
  fetch(new URL(`/api/reports?${query}`, target.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('/api/reports', () => {
  it("hands the caller's own token and the asked year, unit, format and language to the report, and sends the file back named in UTF-8", async () => {
    asked.length = 0;
    const res = await get(server, 'year=2016&unit=U001&format=html&lang=en', 'the.callers.token');
    expect(res.status).toBe(200);
    expect(asked).toEqual([{ token: 'the.callers.token', year: 2016, unit: 'U001', format: 'html', lang: 'en' }]);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="report-2016-U001.html"; filename*=UTF-8''${encodeURIComponent('2016年示范行动自查总结-U001.html')}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toBe('<p>总结</p>');
    // The city's, in Chinese and as a DOCX, unless asked otherwise.
    await get(server, 'year=2016', 't');
    expect(asked[1]).toEqual({ token: 't', year: 2016, unit: undefined, format: 'docx', lang: 'zh' });
  });

  it('asks nothing without a bearer token (401), nor for a wrong year, unit, format or language (400)', async () => {
    asked.length = 0;
    const anonymous = await get(server, 'year=2016');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await anonymous.json()).error.code).toBe('UNAUTHENTICATED');
    for (const query of ['year=16', 'year=2016&format=pdf', 'year=2016&lang=fr', 'year=2016&unit=../etc', '']) {
      const res = await get(server, query, 't');
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.code).toBe('BAD_USER_INPUT');
    }
    expect((await fetch(new URL('/api/reports?year=2016', server.url), { method: 'POST', headers: { authorization: 'Bearer t' } })).status).toBe(405);
    expect(asked).toEqual([]);
  });

  it("answers the report's refusal with its code and an HTTP status to act on: FORBIDDEN 403, any other failure 502", async () => {
    const refused = await get(server, 'year=2016&unit=other', 't');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: 'FORBIDDEN', message: '单位党务干部只能生成本单位的自查总结' } });
    const failed = await get(server, 'year=2016&unit=boom', 't');
    expect(failed.status).toBe(502);
  });

  it('makes one report at a time here and asks a second caller to come back (503, Retry-After) instead of queueing', async () => {
    const slow = get(server, 'year=2016&unit=slow', 't');
    await expect.poll(() => release).toBeDefined();
    const busy = await get(server, 'year=2016', 't');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('15');
    release!();
    expect((await slow).status).toBe(200);
    expect((await get(server, 'year=2016', 't')).status).toBe(200);
  });

  it('is not there (404) on a server given no report maker', async () => {
    expect((await get(without, 'year=2016', 't')).status).toBe(404);
  });
});

describe('a download’s name', () => {
  it('keeps an ASCII stand-in for old clients and escapes what a quoted name cannot hold', () => {
    expect(attachmentDisposition('2016年总结 (全市).docx', 'a"b\\c.docx')).toBe(`attachment; filename="a_b_c.docx"; filename*=UTF-8''2016%E5%B9%B4%E6%80%BB%E7%BB%93%20%28%E5%85%A8%E5%B8%82%29.docx`);
  });
});
