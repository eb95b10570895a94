import net from 'node:net';
import { startDashboardServer } from '@sfxd/dashboard';
import { postGraphQL } from '@sfxd/kit/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN, JWT_SECRET, startTestPlatform } from './testkit.js';
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
