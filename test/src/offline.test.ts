import net from 'node:net';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDashboardServer } from '@sfxd/dashboard';
import { postGraphQL } from '@sfxd/kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { platformEnv, startPlatformProcess, stopPostgresOf } from './platform-process.js';
import { ADMIN, JWT_SECRET, pgTestPort, startTestPlatform } from './testkit.js';
import { signUserToken } from '@sfxd/kit';
import { startHiveGateway } from '@sfxd/hive-gateway';

// Government intranets are offline: the platform must not open a connection to anything but
// this machine (no telemetry, no cloud metadata probes, no CDN). Every outgoing TCP connection
// made in this process is recorded.
const hosts = new Set<string>();
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const [first, second] = args;
  const options = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string } | number | string;
  if (typeof options === 'object' && options) hosts.add(options.path ? 'unix-socket' : (options.host ?? 'localhost'));
  else if (typeof options === 'string') hosts.add('unix-socket');
  else hosts.add(typeof second === 'string' ? second : 'localhost');
  return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof connect;
afterAll(() => {
  net.Socket.prototype.connect = connect;
});

describe('the platform on an offline network', () => {
  it('connects to nothing outside this machine while it starts and answers', async () => {
    const platform = await startTestPlatform();
    const dashboard = await startDashboardServer({ port: 0, gatewayUrl: platform.gatewayUrl, production: false });
    try {
      const token = await signUserToken(ADMIN, JWT_SECRET);
      const res = await postGraphQL(platform.gatewayUrl, '{ units { name teamCount partyMemberCount } }', {}, { authorization: `Bearer ${token}` });
      expect(res.errors).toBeUndefined();
      // The dashboard's page, and a question through its /graphql.
      expect((await fetch(dashboard.url)).status).toBe(200);
      const proxied = await postGraphQL(new URL('/graphql', dashboard.url).href, '{ units { name } }', {}, { authorization: `Bearer ${token}` });
      expect(proxied.errors).toBeUndefined();
      // Detectors and exporters run in the background: give them time to try.
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      await dashboard.close();
      await platform.dispose();
    }
    const outside = [...hosts].filter((h) => !['127.0.0.1', 'localhost', '::1', 'unix-socket'].includes(h));
    expect(hosts.size).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('connects to nothing outside this machine with Hive Gateway in front of the subgraphs', async () => {
    hosts.clear();
    const routerSecret = 'offline-test-router-secret-0123456789';
    const previous = process.env.ROUTER_SECRET;
    process.env.ROUTER_SECRET = routerSecret;
    const platform = await startTestPlatform();
    // No reporting, no usage token, no CDN-loaded GraphiQL: Hive Gateway must send nothing out either.
    const hive = await startHiveGateway({
      subgraphUrls: Object.fromEntries(Object.entries(platform.subgraphs).map(([name, s]) => [name, s.url])),
      routerSecret,
      jwtSecret: JWT_SECRET,
      logging: false,
    });
    try {
      const token = await signUserToken(ADMIN, JWT_SECRET);
      const res = await postGraphQL(hive.url, '{ units { name teamCount partyMemberCount } }', {}, { authorization: `Bearer ${token}` });
      expect(res.errors).toBeUndefined();
      expect((await fetch(new URL('/graphql', hive.url), { headers: { accept: 'text/html' } })).status).not.toBe(200);
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      await hive.close();
      await platform.dispose();
      if (previous === undefined) delete process.env.ROUTER_SECRET;
      else process.env.ROUTER_SECRET = previous;
    }
    const outside = [...hosts].filter((h) => !['127.0.0.1', 'localhost', '::1', 'unix-socket'].includes(h));
    expect(hosts.size).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});

describe('npm start on an offline network', () => {
  it('connects to nothing outside this machine from any of its processes, the services it forks included', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sfxd-offline-'));
    // As root, the embedded PostgreSQL runs as the `postgres` user, which must reach its folder.
    chmodSync(folder, 0o755);
    const record = path.join(folder, 'connections.txt');
    const recorder = pathToFileURL(path.join(import.meta.dirname, 'connection-recorder.mjs')).href;
    const env = platformEnv({
      PGDATA_DIR: path.join(folder, 'postgres'),
      EMBEDDED_PG_PORT: String(pgTestPort()),
      SFXD_CONNECTIONS_FILE: record,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${recorder}`.trim(),
    });
    const platform = await startPlatformProcess(env);
    try {
      expect(platform.ready, platform.output()).toBe(true);
      const token = await signUserToken(ADMIN, JWT_SECRET);
      // Through the dashboard's server, the gateway and every subgraph.
      const res = await postGraphQL(new URL('/graphql', platform.dashboardUrl).href, '{ units { name teamCount partyMemberCount } }', {}, { authorization: `Bearer ${token}` });
      expect(res.errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      const exit = await platform.interrupt();
      expect(exit, platform.stderr()).toEqual({ code: 0, signal: null });
      await stopPostgresOf(path.join(folder, 'postgres'));
    }
    const lines = readFileSync(record, 'utf8').trim().split('\n').map((line) => line.split(' '));
    rmSync(folder, { recursive: true, force: true });
    // The start process and its gateway and four subgraphs each made connections, and all were local.
    expect(new Set(lines.map(([pid]) => pid)).size).toBeGreaterThanOrEqual(6);
    expect(lines.map(([, host]) => host).filter((h) => !['127.0.0.1', 'localhost', '::1', 'unix-socket'].includes(h!))).toEqual([]);
  }, 240_000);
});
