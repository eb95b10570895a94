import http from 'node:http';
import https from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { PlaqueRecordDocument } from '../src/api/gql/graphql.js';

/** A demo sign-in token offered on the sign-in page (development only). */
export interface DemoToken {
  role: string;
  unitId?: string;
  token: string;
}

/** pino's shape; anything with these methods will do. */
export interface DashboardLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** What a report download asks for, as the caller whose token it carries. */
export interface ReportRequest {
  /** The caller's own bearer token: the report reads the gateway with it, so it holds what the caller may read. */
  token: string;
  year: number;
  /** A unit's code or id; the city's report when left out. */
  unit?: string;
  format: ReportFormatName;
  lang: 'zh' | 'en';
}

export type ReportFormatName = 'docx' | 'html' | 'xlsx';

export interface ReportFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * Makes a report (the platform passes `@sfxd/report`'s generateReport: the report package
 * draws with this package's chart builders, so this package cannot depend on it). A refusal is
 * thrown as an error with a `code`: the gateway's (FORBIDDEN, UNAUTHENTICATED…), NOT_FOUND,
 * BAD_USER_INPUT or FONTS_MISSING.
 */
export type ReportMaker = (request: ReportRequest) => Promise<ReportFile>;

export interface DashboardServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The gateway's GraphQL endpoint; `/graphql` here is proxied to it. */
  gatewayUrl: string;
  /** Production never serves demo tokens, whatever `demoTokens` holds. */
  production: boolean;
  /** Offered on the sign-in page in development; a production server offers an empty list. */
  demoTokens?: DemoToken[];
  /** The built dashboard; default: this package's `dist/public`. */
  staticDir?: string;
  /** Deadline of a proxied gateway call. */
  proxyTimeoutMs?: number;
  /** Deadline of the plaque look-up before `/verify/<code>` is answered (default 3 s); past it the page is served with 503. */
  verifyTimeoutMs?: number;
  logger?: DashboardLogger;
  /** `/api/reports` makes year-end reports with this; without it the endpoint answers 404. */
  reports?: ReportMaker;
  /** Reports made at once (each takes seconds of CPU); one more is answered 503 with Retry-After. Default 2. */
  reportConcurrency?: number;
}

export interface DashboardServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Everything the page may load comes from this origin: no CDN, no web font, no inline script.
 * ECharts and Vue set styles through the CSSOM (`element.style`), which `style-src 'self'`
 * allows; data: and blob: images are the charts' saved PNGs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const REPORT_FORMATS = new Set<string>(['docx', 'html', 'xlsx']);

/** How a report's refusal is answered: the gateway's code kept in the body, an HTTP status a client can act on. */
const REPORT_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, FONTS_MISSING: 503 };

/**
 * `attachment` with the name twice (RFC 6266): an ASCII stand-in for old clients, and the real
 * (Chinese) name percent-encoded as UTF-8 in `filename*`.
 */
export function attachmentDisposition(filename: string, fallback: string): string {
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

// Hop-by-hop headers belong to one connection and are never forwarded (RFC 9110 §7.6.1);
// cookies are not the gateway's business (it reads bearer tokens only).
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'cookie']);

/** dist/public of this package, from the source (server/) or the build (dist/node/server/). */
export function defaultStaticDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = here.endsWith(path.join('dist', 'node', 'server')) ? path.resolve(here, '../../..') : path.resolve(here, '..');
  return path.join(root, 'dist', 'public');
}

interface CachedFile {
  body: Buffer;
  gzip?: Buffer;
  type: string;
}

/**
 * The dashboard's own server: the built files (any other path gets index.html, for the app's
 * router), `/graphql` proxied to the gateway so the page calls its own origin, and in
 * development `/api/demo-tokens`. No telemetry, nothing fetched from anywhere.
 */
export async function startDashboardServer(options: DashboardServerOptions): Promise<DashboardServer> {
  const root = path.resolve(options.staticDir ?? defaultStaticDir());
  const gateway = new URL(options.gatewayUrl);
  const transport = gateway.protocol === 'https:' ? https : http;
  // Demo tokens are a development convenience; production has none to give, by construction.
  const demoTokens = options.production ? undefined : options.demoTokens;
  const cache = new Map<string, CachedFile>();

  // The built files do not change while the server runs: read and compress each once.
  function load(file: string): CachedFile | undefined {
    const cached = cache.get(file);
    if (cached) return cached;
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    const body = readFileSync(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const entry: CachedFile = { body, type, gzip: /^(text|application\/json|image\/svg)/.test(type) && body.length > 1024 ? gzipSync(body) : undefined };
    cache.set(file, entry);
    return entry;
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, file: CachedFile, cacheControl: string, status = 200) {
    const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip! : file.body;
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': cacheControl,
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function plain(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });
    res.end(text);
  }

  function json(res: http.ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  function proxy(req: http.IncomingMessage, res: http.ServerResponse, search: string) {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    // The gateway believes this server's X-Forwarded-For (it is on loopback), so it must be this
    // server's own observation: one a browser sent would let it pick its address and dodge
    // per-client limits.
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    const upstream = transport.request(
      { protocol: gateway.protocol, hostname: gateway.hostname, port: gateway.port, path: `${gateway.pathname}${search}`, method: req.method, headers, timeout: options.proxyTimeoutMs ?? 30_000 },
      (answer) => {
        const out: http.OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('gateway timeout')));
    upstream.on('error', (error) => {
      options.logger?.warn({ err: error.message }, 'dashboard: gateway unreachable');
      if (res.headersSent) return void res.destroy();
      res.writeHead(502, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ errors: [{ message: 'The gateway did not answer', extensions: { code: 'BAD_GATEWAY' } }] }));
    });
    req.pipe(upstream);
  }

  /**
   * Asks the gateway, anonymously, for the public record of the plaque with this code (the
   * generated `PlaqueRecord` document, the page's own question), within `verifyTimeoutMs`. The
   * plaque's status, null for a code that names none, or undefined when the gateway did not
   * answer in time or answered with an error. Nothing is kept: every request asks afresh.
   */
  function plaqueStatus(code: string, clientAddress: string): Promise<string | null | undefined> {
    return new Promise((resolve) => {
      const body = JSON.stringify({ query: PlaqueRecordDocument.toString(), variables: { code } });
      const ask = transport.request(
        {
          protocol: gateway.protocol,
          hostname: gateway.hostname,
          port: gateway.port,
          path: gateway.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': clientAddress },
          timeout: options.verifyTimeoutMs ?? 3_000,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('error', () => resolve(undefined));
          answer.on('end', () => {
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { plaque?: { status?: string } | null } | null; errors?: unknown[] };
              if (answer.statusCode !== 200 || parsed.errors?.length || !parsed.data) return resolve(undefined);
              resolve(parsed.data.plaque ? (parsed.data.plaque.status ?? undefined) : null);
            } catch {
              resolve(undefined);
            }
          });
        },
      );
      ask.on('timeout', () => ask.destroy(new Error('gateway timeout')));
      ask.on('error', (error) => {
        options.logger?.warn({ err: error.message }, 'dashboard: plaque look-up failed');
        resolve(undefined);
      });
      ask.end(body);
    });
  }

  /**
   * `/verify/<code>`: the page a plaque's QR code opens, with the status a client (or a scanner
   * app) can act on — 200 for a plaque in force, 410 Gone for a revoked one, 404 for a code that
   * names none, 503 when the gateway could not say. The page itself then shows the record.
   */
  async function verify(req: http.IncomingMessage, res: http.ServerResponse, code: string | undefined) {
    const index = load(path.join(root, 'index.html'));
    if (!index) return plain(res, 503, 'The dashboard is not built: run `npm run build`.');
    // No code, or one longer than any code however typed: no plaque has it, the gateway need not be asked.
    const status = !code || code.length > 64 ? null : await plaqueStatus(code, req.socket.remoteAddress ?? '');
    const answer = status === undefined ? 503 : status === null ? 404 : status === 'REVOKED' ? 410 : 200;
    send(req, res, index, 'no-store', answer);
  }

  let reportsRunning = 0;
  /**
   * `GET /api/reports?year=2016[&unit=U001][&format=docx|html|xlsx][&lang=zh|en]` with the
   * caller's `Authorization: Bearer` token: the year-end summary or the ledger workbook made as
   * that caller, so the gateway refuses whatever the token may not read (a UNIT_ADMIN asking for
   * another unit gets 403 FORBIDDEN). No token: 401, nothing asked. The file comes back whole
   * (DOCX and XLSX are zip files, written at the end), named in Chinese by Content-Disposition.
   */
  async function report(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams) {
    const refuse = (status: number, code: string, message: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
      res.end(JSON.stringify({ error: { code, message } }));
    };
    if (!options.reports) return refuse(404, 'NOT_FOUND', 'This server makes no reports');
    if (req.method !== 'GET') return refuse(405, 'METHOD_NOT_ALLOWED', 'GET only', { allow: 'GET' });
    const token = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    if (!token) return refuse(401, 'UNAUTHENTICATED', 'Sign in: send your token as Authorization: Bearer', { 'www-authenticate': 'Bearer' });
    const year = query.get('year') ?? '';
    const unit = query.get('unit') || undefined;
    const format = query.get('format') ?? 'docx';
    const lang = query.get('lang') ?? 'zh';
    if (!/^\d{4}$/.test(year)) return refuse(400, 'BAD_USER_INPUT', 'year must be a year such as 2016');
    if (unit !== undefined && !/^[\w-]{1,64}$/.test(unit)) return refuse(400, 'BAD_USER_INPUT', 'unit must be a unit’s code or id');
    if (!REPORT_FORMATS.has(format)) return refuse(400, 'BAD_USER_INPUT', 'format must be docx, html or xlsx');
    if (lang !== 'zh' && lang !== 'en') return refuse(400, 'BAD_USER_INPUT', 'lang must be zh or en');
    if (reportsRunning >= (options.reportConcurrency ?? 2)) return refuse(503, 'BUSY', 'Other reports are being made; try again shortly', { 'retry-after': '15' });
    reportsRunning++;
    try {
      const file = await options.reports({ token, year: Number(year), unit, format: format as ReportFormatName, lang });
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': file.contentType,
        'content-length': file.content.length,
        'content-disposition': attachmentDisposition(file.filename, `report-${year}-${unit ?? 'city'}.${format}`),
        'cache-control': 'no-store',
      });
      res.end(file.content);
    } catch (error) {
      const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      const status = REPORT_STATUS[code] ?? 502;
      if (status >= 500) options.logger?.warn({ err: message, code }, 'dashboard: report failed');
      refuse(status, code, message);
    } finally {
      reportsRunning--;
    }
  }

  const server = http.createServer((req, res) => {
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? '/', 'http://dashboard');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return plain(res, 400, 'Bad request');
    }
    if (pathname === '/graphql') return proxy(req, res, url.search);
    if (pathname === '/health') return plain(res, 200, 'ok');
    // Production answers an empty list rather than 404: the sign-in page asks on every visit,
    // and a 404 would put an error in every browser console.
    if (pathname === '/api/demo-tokens') return json(res, 200, { tokens: demoTokens ?? [] });
    if (pathname === '/api/reports') return void report(req, res, url.searchParams);
    if (pathname.startsWith('/api/')) return json(res, 404, { error: 'not found' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });

    if (pathname === '/verify' || pathname.startsWith('/verify/')) return void verify(req, res, /^\/verify\/([^/]+)\/?$/.exec(pathname)?.[1]);

    const file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return plain(res, 404, 'Not found');
    const found = pathname.endsWith('/') ? undefined : load(file);
    // Hashed file names change with their content: they may be kept for a year.
    if (found) return send(req, res, found, pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    // A missing file is a 404; any other path is one of the app's routes (history API).
    if (pathname.startsWith('/assets/') || path.extname(pathname)) return plain(res, 404, 'Not found');
    const index = load(path.join(root, 'index.html'));
    if (!index) return plain(res, 503, 'The dashboard is not built: run `npm run build`.');
    send(req, res, index, 'no-cache');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      })),
  };
}
