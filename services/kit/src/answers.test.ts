import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { ANSWER_CACHE_BYTES, AnswerCache, ChangeListener, HEARD_WITHIN_MS, MARKER_OVERDUE_MS, PEER_ANSWER_TTL_MS, changeNoticeSql, changesHeard, invalidateAnswers, listenForChanges, requestAnswers } from './answers.js';
import { DEV_SUBGRAPH_SECRET } from './environment.js';
import { subgraphClient } from './client.js';
import { Role } from './auth.js';
import { createTestDatabase, type TestDatabase } from './testing/index.js';

let db: TestDatabase;
let writer: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  writer = new pg.Client({ connectionString: db.url });
  await writer.connect();
  await writer.query('create schema "notices"');
  await writer.query('create table "notices"."thing" (id int primary key)');
  await writer.query('create table "notices"."audit_event" (id int primary key)');
  for (const sql of changeNoticeSql('notices')) await writer.query(sql);
  await writer.query('create schema "elsewhere"');
  await writer.query('create table "elsewhere"."thing" (id int primary key)');
  for (const sql of changeNoticeSql('elsewhere')) await writer.query(sql);
});

afterAll(async () => {
  await writer?.end();
  await db?.drop();
});

const leader = { sub: 'l', role: Role.LEADER };

/** A read of `cache` that takes 300 ms to compute, counting its computations. */
function slowRead(cache: AnswerCache): () => Promise<number> {
  let computed = 0;
  return () => cache.get('trends', [], leader, async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return ++computed;
  });
}

/** What a request would be served from the cache, without computing it here. */
function probe<T>(cache: AnswerCache, q: string, caller: Parameters<AnswerCache['peek']>[2] = leader): Promise<T | null> | null {
  const found = cache.peek<T>('whole', [q], caller);
  if (!found.kept) found.abandon();
  return found.kept;
}

/** A peer subgraph over real HTTP, answering every query with `{ n: 1 }`, and the kit's client of it. */
async function startPeer() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { n: 1 } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const peer = subgraphClient('peer', `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`, DEV_SUBGRAPH_SECRET);
  return { peer, stop: () => new Promise((resolve) => server.close(resolve)) };
}

describe('the answer cache', () => {
  it('forgets its answers when another connection commits a write to a table, however long they would live', async () => {
    const changes = listenForChanges(db.url);
    await changes.ready;
    const cache = new AnswerCache(60 * 60 * 1000);
    try {
      let computed = 0;
      const read = () => cache.get('things', [], leader, async () => ++computed);
      expect(await read()).toBe(1);
      expect(await read()).toBe(1);
      await writer.query('begin');
      await writer.query('insert into "notices"."thing" values (1)');
      // Not before the commit: NOTIFY is transactional.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await read()).toBe(1);
      await writer.query('commit');
      await vi.waitFor(async () => expect(await read()).toBe(2), { timeout: 5000, interval: 20 });
    } finally {
      cache.close();
      await changes.release();
    }
  });

  it('says when every write committed so far has been heard, so that a test may count what the next read computes', async () => {
    const changes = listenForChanges(db.url);
    await changes.ready;
    const cache = new AnswerCache(60 * 60 * 1000);
    try {
      let computed = 0;
      const read = () => cache.get('heard', [], leader, async () => ++computed);
      for (let i = 0; i < 20; i++) {
        expect(await read()).toBe(i + 1);
        await writer.query('insert into "notices"."thing" values ($1)', [1000 + i]);
        // No waiting but this: the write's notice has emptied the cache by the time it resolves.
        await changesHeard(db.url);
        expect(computed).toBe(i + 1);
      }
      expect(await read()).toBe(21);
      // The markers it sends empty nothing themselves.
      await changesHeard(db.url);
      expect(await read()).toBe(21);
    } finally {
      cache.close();
      await changes.release();
    }
  });

  it('is not emptied by rows added to the audit trail alone (reads of personal fields are audited)', async () => {
    const changes = listenForChanges(db.url);
    await changes.ready;
    const cache = new AnswerCache(60 * 60 * 1000);
    try {
      let computed = 0;
      const read = () => cache.get('things', [], leader, async () => ++computed);
      await read();
      await writer.query('insert into "notices"."audit_event" values (1)');
      await writer.query('update "notices"."thing" set id = id where false');
      await vi.waitFor(async () => expect(await read()).toBe(2), { timeout: 5000, interval: 20 });
      await writer.query('insert into "notices"."audit_event" values (2)');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await read()).toBe(2);
    } finally {
      cache.close();
      await changes.release();
    }
  });

  it('keeps the answers that depend on other schemas than the one written to, and forgets the rest within seconds', async () => {
    const changes = listenForChanges(db.url);
    await changes.ready;
    const own = new AnswerCache(60 * 60 * 1000, 2000, ANSWER_CACHE_BYTES, ['notices']);
    const asker = new AnswerCache(60 * 60 * 1000, 2000, ANSWER_CACHE_BYTES, ['elsewhere', 'notices']);
    const other = new AnswerCache(60 * 60 * 1000, 2000, ANSWER_CACHE_BYTES, ['elsewhere']);
    try {
      const computed = { own: 0, asker: 0, other: 0 };
      const read = (cache: AnswerCache, name: keyof typeof computed) => cache.get('things', [], leader, async () => ++computed[name]);
      const readAll = async () => [await read(own, 'own'), await read(asker, 'asker'), await read(other, 'other')];
      expect(await readAll()).toEqual([1, 1, 1]);
      await writer.query('insert into "notices"."thing" values (10)');
      await vi.waitFor(async () => expect(await readAll()).toEqual([2, 2, 1]), { timeout: 5000, interval: 20 });
      // Given time for a notice that should not empty it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await read(other, 'other')).toBe(1);
      await writer.query('insert into "elsewhere"."thing" values (10)');
      await vi.waitFor(async () => expect(await readAll()).toEqual([2, 3, 2]), { timeout: 5000, interval: 20 });
    } finally {
      for (const cache of [own, asker, other]) cache.close();
      await changes.release();
    }
  });

  it('empties every cache on a write to a schema when not told what its answers depend on, or when told nothing of the write', () => {
    const told = new AnswerCache(60_000, 2000, ANSWER_CACHE_BYTES, ['units']);
    const untold = new AnswerCache(60_000);
    try {
      const keepAll = () => {
        for (const cache of [told, untold]) cache.peek('whole', ['q'], leader).keep('kept');
      };
      keepAll();
      invalidateAnswers('honors');
      expect(told.peek('whole', ['q'], leader).kept).not.toBeNull();
      expect(untold.peek('whole', ['q'], leader).kept).toBeNull();
      keepAll();
      invalidateAnswers();
      expect(told.peek('whole', ['q'], leader).kept).toBeNull();
      expect(untold.peek('whole', ['q'], leader).kept).toBeNull();
    } finally {
      told.close();
      untold.close();
    }
  });

  it('keeps answers apart by query, arguments, role and unit, and keeps no failure', async () => {
    const cache = new AnswerCache(60 * 60 * 1000);
    try {
      let computed = 0;
      const next = async () => ++computed;
      const unitAdmin = (unitId: string) => ({ sub: `ua-${unitId}`, role: Role.UNIT_ADMIN, unitId });
      const answers = [
        await cache.get('a', [1], leader, next),
        await cache.get('a', [2], leader, next),
        await cache.get('b', [1], leader, next),
        await cache.get('a', [1], { sub: 'x', role: Role.ADMIN }, next),
        await cache.get('a', [1], unitAdmin('u1'), next),
        await cache.get('a', [1], unitAdmin('u2'), next),
        await cache.get('a', [1], null, next),
      ];
      expect(answers).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(await cache.get('a', [1], unitAdmin('u1'), next)).toBe(5);
      await expect(cache.get('c', [], leader, async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
      expect(await cache.get('c', [], leader, next)).toBe(8);
    } finally {
      cache.close();
    }
  });

  it('keeps a whole answer computed elsewhere only when no write was announced while it was computed', async () => {
    const cache = new AnswerCache(60_000);
    try {
      const first = cache.peek<string>('whole', ['q'], leader);
      expect(first.kept).toBeNull();
      const waiting = probe<string>(cache, 'q');
      cache.invalidate();
      first.keep('computed before the write committed');
      // A request that arrived before the write hears the answer; none that comes after it does.
      await expect(waiting).resolves.toBe('computed before the write committed');
      expect(probe(cache, 'q')).toBeNull();
      const second = cache.peek<string>('whole', ['q'], leader);
      second.keep('computed after it');
      expect(probe(cache, 'q', { sub: 'i', role: Role.INTEGRATOR })).toBeNull();
      await expect(probe(cache, 'q')).resolves.toBe('computed after it');
    } finally {
      cache.close();
    }
  });

  it('has identical requests wait for a whole answer being computed, and compute it themselves if that one gives up', async () => {
    const cache = new AnswerCache(60_000);
    try {
      const computing = cache.peek<string>('whole', ['q'], leader);
      const waiters = [probe<string>(cache, 'q'), probe<string>(cache, 'q')];
      expect(waiters.every((w) => w !== null)).toBe(true);
      computing.keep('once');
      expect(await Promise.all(waiters)).toEqual(['once', 'once']);
      const failing = cache.peek<string>('whole', ['r'], leader);
      const waiter = probe<string>(cache, 'r');
      failing.abandon();
      await expect(waiter).resolves.toBeNull();
      expect(cache.peek('whole', ['r'], leader).kept).toBeNull();
    } finally {
      cache.close();
    }
  });

  it('serves an answer that took longer than its TTL to compute to the next requests, while it hears writes', async () => {
    const changes = listenForChanges(db.url);
    await changes.ready;
    const cache = new AnswerCache(150, 2000, ANSWER_CACHE_BYTES, undefined, changes);
    try {
      const slow = slowRead(cache);
      expect(await Promise.all([slow(), slow()])).toEqual([1, 1]);
      expect(await slow()).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await slow()).toBe(1);
      await writer.query('insert into "notices"."thing" values (20)');
      await vi.waitFor(async () => expect(await slow()).toBe(2), { timeout: 5000, interval: 20 });
    } finally {
      cache.close();
      await changes.release();
    }
  });

  it('keeps its answers past the TTL while its listener hears its own heartbeats, until a write', async () => {
    const changes = listenForChanges(db.url);
    await changes.ready;
    const cache = new AnswerCache(150, 2000, ANSWER_CACHE_BYTES, undefined, changes);
    // A cache that is not told of its database's listener (another database's, say) keeps to the TTL.
    const untold = new AnswerCache(150);
    try {
      let computed = 0;
      const read = () => cache.get('things', [], leader, async () => ++computed);
      let computedUntold = 0;
      const readUntold = () => untold.get('things', [], leader, async () => ++computedUntold);
      expect(await read()).toBe(1);
      expect(await readUntold()).toBe(1);
      // Longer than HEARD_WITHIN_MS: only markers heard since it began keep it.
      await new Promise((resolve) => setTimeout(resolve, HEARD_WITHIN_MS + 1000));
      expect(await read()).toBe(1);
      expect(await readUntold()).toBe(2);
      await writer.query('insert into "notices"."thing" values (30)');
      await vi.waitFor(async () => expect(await read()).toBe(2), { timeout: 5000, interval: 20 });
    } finally {
      untold.close();
      cache.close();
      await changes.release();
    }
  });

  it('falls back to the TTL while its listener hears nothing (a stalled connection), and keeps answers longer again once it hears', async () => {
    const listener = new ChangeListener(db.url);
    await listener.ready;
    const cache = new AnswerCache(150, 2000, ANSWER_CACHE_BYTES, undefined, listener);
    // The listener's socket stops being read: its connection looks open, but no notice arrives.
    const stream = (listener as unknown as { client: { connection: { stream: { pause(): void; resume(): void } } } }).client.connection.stream;
    try {
      let computed = 0;
      const read = () => cache.get('things', [], leader, async () => ++computed);
      expect(await read()).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await read()).toBe(1);
      stream.pause();
      await new Promise((resolve) => setTimeout(resolve, HEARD_WITHIN_MS + 500));
      expect(await read()).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await read()).toBe(3);
      // An answer that took longer than the TTL: its data is as old as when it began, and a
      // stalled listener lends it no TTL counted from its end.
      const slow = slowRead(cache);
      expect(await slow()).toBe(1);
      expect(await slow()).toBe(2);
      stream.resume();
      await vi.waitFor(() => expect(listener.heardThrough()).toBeGreaterThan(performance.now() - 1500), { timeout: 5000, interval: 50 });
      expect(await read()).toBe(3);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await read()).toBe(3);
    } finally {
      stream.resume();
      cache.close();
      await listener.close();
    }
  });

  it('reconnects when its markers stop coming back (a dead connection that looks open), and hears writes again', async () => {
    const listener = new ChangeListener(db.url);
    await listener.ready;
    const cache = new AnswerCache(60 * 60 * 1000, 2000, ANSWER_CACHE_BYTES, undefined, listener);
    const clientOf = () => (listener as unknown as { client: { connection: { stream: { pause(): void; resume(): void } } } | null }).client;
    const stalled = clientOf()!;
    try {
      let computed = 0;
      const read = () => cache.get('things', [], leader, async () => ++computed);
      expect(await read()).toBe(1);
      stalled.connection.stream.pause();
      await vi.waitFor(() => expect(clientOf()).not.toBe(stalled), { timeout: MARKER_OVERDUE_MS + 5000, interval: 100 });
      await listener.ready;
      await vi.waitFor(() => expect(listener.heardThrough()).toBeGreaterThan(performance.now() - 1500), { timeout: 10_000, interval: 50 });
      // Reconnecting emptied the cache (writes may have gone unheard meanwhile).
      expect(await read()).toBe(2);
      expect(await read()).toBe(2);
      await writer.query('insert into "notices"."thing" values (40)');
      await vi.waitFor(async () => expect(await read()).toBe(3), { timeout: 5000, interval: 20 });
    } finally {
      stalled.connection.stream.resume();
      cache.close();
      await listener.close();
    }
  }, 30_000);

  it('keeps an answer built from a peer subgraph’s answer for the TTL only, and an answer built from it too', async () => {
    const { peer, stop } = await startPeer();
    const changes = listenForChanges(db.url);
    await changes.ready;
    // The worker's first fetch (its connection, the credential's key) is not counted against the TTL.
    await peer.query(leader, '{ n }');
    const cache = new AnswerCache(400, 2000, ANSWER_CACHE_BYTES, undefined, changes);
    try {
      const computed = { peer: 0, own: 0 };
      // Each a request of its own (as the subgraph server makes them), unless given one.
      type Request = ReturnType<typeof requestAnswers>;
      const request = () => requestAnswers(cache, { peer });
      const readPeer = (r: Request = request()) => r.answers.get('fromPeer', [], leader, async () => (await r.peers.peer!.query(leader, '{ n }'), ++computed.peer));
      const readOwn = (r: Request = request()) => r.answers.get('own', [], leader, async () => ++computed.own);
      // A whole answer, kept by its request, built from one of the two.
      const whole = async (q: string, read: (r: Request) => Promise<number>) => {
        const r = request();
        const found = r.answers.peek<number>('whole', [q], leader);
        if (found.kept) return found.kept;
        const n = await read(r);
        found.keep(n);
        return n;
      };
      expect(await readPeer()).toBe(1);
      expect(await readOwn()).toBe(1);
      expect(await whole('fromPeer', readPeer)).toBe(1);
      expect(await whole('own', readOwn)).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await readOwn()).toBe(1);
      expect(probe(cache, 'own')).not.toBeNull();
      expect(probe(cache, 'fromPeer')).toBeNull();
      expect(await readPeer()).toBe(2);
    } finally {
      cache.close();
      await changes.release();
      await stop();
    }
  });

  it('keeps an answer built from a peer’s answer for at most PEER_ANSWER_TTL_MS however long its TTL, and so an answer that waited for it in flight', async () => {
    const { peer, stop } = await startPeer();
    const changes = listenForChanges(db.url);
    await changes.ready;
    const cache = new AnswerCache(60_000, 2000, ANSWER_CACHE_BYTES, undefined, changes);
    try {
      const computed = { slowPeer: 0, a: 0, b: 0, own: 0 };
      type Request = ReturnType<typeof requestAnswers>;
      const slowPeer = (r: Request) =>
        r.answers.get('slowPeer', [], leader, async () => {
          await r.peers.peer!.query(leader, '{ n }');
          await new Promise((resolve) => setTimeout(resolve, 50));
          return ++computed.slowPeer;
        });
      const outer = (name: 'a' | 'b') => {
        const r = requestAnswers(cache, { peer });
        return r.answers.get(name, [], leader, async () => (await slowPeer(r), ++computed[name]));
      };
      const own = () => requestAnswers(cache, { peer }).answers.get('own', [], leader, async () => ++computed.own);
      // "b" finds "slowPeer" being computed for "a" and waits for it.
      expect(await Promise.all([outer('a'), outer('b'), own()])).toEqual([1, 1, 1]);
      expect(computed.slowPeer).toBe(1);
      expect(await outer('b')).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, PEER_ANSWER_TTL_MS + 300));
      expect(await Promise.all([outer('a'), outer('b'), own()])).toEqual([2, 2, 1]);
    } finally {
      cache.close();
      await changes.release();
      await stop();
    }
  });

  it('counts the TTL from when an answer began while nothing tells it of writes', async () => {
    const cache = new AnswerCache(150);
    try {
      const slow = slowRead(cache);
      expect(await slow()).toBe(1);
      expect(await slow()).toBe(2);
      const whole = cache.peek<string>('whole', ['q'], leader);
      await new Promise((resolve) => setTimeout(resolve, 200));
      whole.keep('read before the TTL ran out');
      expect(probe(cache, 'q')).toBeNull();
    } finally {
      cache.close();
    }
  });

  it('holds whole answers within its byte budget, letting the oldest go, and keeps none too big for it', async () => {
    // Counted as their JSON's memory, two bytes a character (see ANSWER_CACHE_BYTES).
    const cache = new AnswerCache(60_000, 2000, 6000);
    try {
      const answer = (n: number) => ({ data: { units: 'x'.repeat(n) } });
      for (const q of ['a', 'b', 'c', 'd']) cache.peek('whole', [q], leader).keep(answer(700));
      expect(cache.size.entries).toBe(4);
      cache.peek('whole', ['e'], leader).keep(answer(700));
      expect(cache.size).toEqual({ entries: 4, bytes: 4 * 2 * JSON.stringify(answer(700)).length });
      expect(probe(cache, 'a')).toBeNull();
      await expect(probe(cache, 'e')).resolves.toEqual(answer(700));
      cache.peek('whole', ['huge'], leader).keep(answer(800));
      expect(probe(cache, 'huge')).toBeNull();
      await expect(probe(cache, 'b')).resolves.toEqual(answer(700));
    } finally {
      cache.close();
    }
  });
});
