import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Caller } from './auth.js';
import type { Peers } from './client.js';
import type { Logger } from './logger.js';

/**
 * The channel every subgraph's writes are announced on: a statement trigger on each of its tables
 * sends it (`changeNoticeSql`). NOTIFY is transactional, so a notice arrives when a write has
 * committed, in every process that listens, whichever process or connection wrote — a service,
 * another replica, an import, or an operator's SQL.
 */
export const CHANGES_CHANNEL = 'sfxd_changes';

/**
 * How long an answer is served from the cache when nothing confirms that writes are being heard.
 * Notices make a write visible at once; this bounds staleness when a notice could be missed, with
 * room under the dashboard's 5 seconds. While this process listens for notices, it counts from the
 * end of the computation: an answer that a write overtook while it was computed is never kept (see
 * `generation`), so one that took longer than the TTL (trends over millions of evaluations) is
 * still worth keeping. While nobody listens, it counts from the start, as the data read may be
 * that old.
 */
export const ANSWER_TTL_MS = 3000;

/**
 * How long an answer is served while its database's listener confirms that every write is heard
 * (see HEARD_WITHIN_MS). Then a write empties the caches it concerns at once and a kept answer
 * cannot be stale, so the 3-second TTL would only throw away work: at the province a per-unit
 * quota takes a few seconds to compute, and with that TTL a dashboard opened every few seconds
 * recomputed it each time. Not for an answer built from a peer subgraph's answer (see
 * `requestAnswers`). The one case it does not cover: a write that fires no trigger (an operator's
 * SQL with triggers disabled, which the platform never does) stays unseen for up to this long.
 */
export const HEARD_ANSWER_TTL_MS = 10 * 60 * 1000;

/**
 * A listener sends itself a marker notice this often; when it arrives, every write committed
 * before it was sent has been heard (PostgreSQL delivers notices in commit order).
 */
export const HEARTBEAT_MS = 1000;

/**
 * Answers outlive ANSWER_TTL_MS only while their database's listener has heard its own marker
 * sent less than this long ago: so the newest write that could have gone unheard (a half-open
 * connection, a stalled listener) is at most this old, as with the TTL alone.
 */
export const HEARD_WITHIN_MS = 3000;

/**
 * The TTL of an answer built from a peer subgraph's answer (see `requestAnswers`), from when it
 * began: the peer's answer may itself miss a write of the last HEARD_WITHIN_MS (its listener's
 * bound), so both together stay within the dashboard's 5 seconds.
 */
export const PEER_ANSWER_TTL_MS = 1500;

/** A marker not heard back after this long means a dead connection that looks open: the listener reconnects. */
export const MARKER_OVERDUE_MS = 10_000;

/**
 * The most a cache holds of whole answers (see entity-answers.ts), counted as their JSON's memory
 * (two bytes a character: a string with Chinese text is stored so): the oldest go first. Each
 * answer's object is kept beside its JSON and takes memory of the same order.
 */
export const ANSWER_CACHE_BYTES = 128 * 1024 * 1024;

const live = new Set<AnswerCache>();

/** How long requests wait on one computation in flight before starting their own (one that hangs must not hold them all). */
const SHARED_COMPUTATION_MS = 30_000;

/** What one request has asked of peer subgraphs so far (see `requestAnswers`). */
interface PeerUse {
  calls: number;
}

/** A request's view of its subgraph's AnswerCache (`ctx.answers`). */
export type Answers = Pick<AnswerCache, 'get' | 'peek'>;

/**
 * A request's `answers` and `peers`: every call through these peers is counted, so that what the
 * request keeps knows whether a peer's answer went into it. That peer may not have heard a write
 * yet that this process has: an answer built from its answer would be stale from the start and no
 * later notice would empty it, so it lives for PEER_ANSWER_TTL_MS, never HEARD_ANSWER_TTL_MS. (Not
 * an AsyncLocalStorage: on Node 20 each one adds work to every promise of the process, ~10 % of a
 * cold province quota.)
 */
export function requestAnswers(cache: AnswerCache, peers: Peers): { answers: Answers; peers: Peers } {
  const use: PeerUse = { calls: 0 };
  const counted = Object.fromEntries(
    Object.entries(peers).map(([name, peer]) => [name, { name: peer.name, query: ((...args) => (use.calls++, peer.query(...args))) as typeof peer.query }]),
  );
  return {
    answers: {
      get: (name, args, caller, compute) => cache.get(name, args, caller, compute, use),
      peek: (name, args, caller) => cache.peek(name, args, caller, use),
    },
    peers: counted,
  };
}

/** What a cache learns from the listener of its database (see `listenForChanges`). */
export interface WritesHeard {
  /**
   * Until when every committed write is known to have reached this process's caches (the send time
   * of the last marker heard back, on `performance.now()`'s clock: a step of the wall clock must
   * not make it look recent); -Infinity while not listening.
   */
  heardThrough(): number;
}

/**
 * The caches of this process forget their answers: a write committed here, or a notice arrived.
 * With `schema` (the schema written to, as the notice names it), only the caches whose answers
 * depend on it (see `AnswerCache`'s `dependsOn`); without, every cache.
 */
export function invalidateAnswers(schema?: string): void {
  for (const cache of live) if (schema === undefined || cache.dependsOn(schema)) cache.invalidate();
}

interface Entry {
  /** When its TTL started; null while it is being computed (identical requests share it meanwhile). */
  at: number | null;
  began: number;
  value: Promise<unknown>;
  bytes: number;
  /** Built from a peer's answer (known once computed): it keeps to PEER_ANSWER_TTL_MS. */
  fromPeer: boolean;
}

/**
 * Analytics answers (counts, attainment, trends) kept for a few seconds: the dashboard asks the
 * same ones from many screens at once. Keyed by the query, its arguments and the caller's scope
 * (role and unit): an answer is never served to another role or unit, whatever the rules say
 * today. A write empties it whole (see CHANGES_CHANNEL): any write, or, when the cache is told the
 * schemas its answers are computed from (`dependsOn`: a subgraph's own and those of the subgraphs
 * it asks, since no subgraph reads another's schema), a write to one of those. A declaration in
 * the honors schema then leaves the units directory's kept answers alone, which it cannot change.
 */
const keyOf = (name: string, args: readonly unknown[], caller: Caller | null) => `${name}\u0000${scopeOf(caller)}\u0000${JSON.stringify(args)}`;

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  /** Counts `invalidate` calls: an answer computed across one is not kept (see `peek`). */
  private generation = 0;
  private bytes = 0;
  hits = 0;
  misses = 0;

  private readonly schemas: ReadonlySet<string> | null;

  constructor(
    private readonly ttlMs = ANSWER_TTL_MS,
    private readonly maxEntries = 2000,
    private readonly maxBytes = ANSWER_CACHE_BYTES,
    dependsOn?: readonly string[],
    /** The listener of the database its answers are read from: without one, answers live for the TTL from when they began. */
    private readonly writes?: WritesHeard,
    private readonly heardTtlMs = HEARD_ANSWER_TTL_MS,
  ) {
    this.schemas = dependsOn ? new Set(dependsOn) : null;
    live.add(this);
  }

  /** Whether a write to `schema` may change an answer kept here (always, when not told what they depend on). */
  dependsOn(schema: string): boolean {
    return this.schemas === null || this.schemas.has(schema);
  }

  /**
   * The cached answer of `name(args)` for this caller's scope, or `compute()`'s, kept. A failure is
   * not kept. `use`: the request's peer calls (see `requestAnswers`); one made while it computes
   * marks the answer as built from a peer's (so may a concurrent computation of the same request:
   * it errs on the short side).
   */
  get<T>(name: string, args: readonly unknown[], caller: Caller | null, compute: () => Promise<T>, use?: PeerUse): Promise<T> {
    const key = keyOf(name, args, caller);
    const now = performance.now();
    const found = this.fresh(key, now);
    if (found) {
      // An answer built from a peer's makes whatever is built from it one too: known once it is computed.
      if (!use) return found.value as Promise<T>;
      if (found.at === null) return (found.value as Promise<T>).then((value) => (found.fromPeer && use.calls++, value));
      if (found.fromPeer) use.calls++;
      return found.value as Promise<T>;
    }
    // Identical requests in flight share one computation; one that a write overtook is left out
    // of the cache by `invalidate` (the map is emptied), so later reads compute afresh.
    const generation = this.generation;
    const callsBefore = use?.calls ?? 0;
    const value = compute();
    const entry: Entry = { at: null, began: now, value, bytes: 0, fromPeer: false };
    this.store(key, entry);
    value.then(
      () => {
        entry.fromPeer = (use?.calls ?? 0) > callsBefore;
        if (this.entries.get(key) === entry && this.generation === generation) entry.at = this.ttlStart(now, entry.fromPeer);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }

  /**
   * For an answer computed elsewhere (a whole subgraph answer, see entity-answers.ts): the kept
   * one (or the one being computed: it resolves to null if that computation gave up), or the
   * caller computes it and must then `keep` it or `abandon` it. Identical requests meanwhile wait
   * for it rather than computing it again each (after a write, every viewer asks at once). It is
   * kept unless a write was announced since this call, so an answer that a write overtook is never
   * served to requests that begin after the write.
   */
  peek<T>(name: string, args: readonly unknown[], caller: Caller | null, use?: PeerUse): { kept: Promise<T | null> | null; keep(value: T, bytes?: number): void; abandon(): void } {
    const key = keyOf(name, args, caller);
    const now = performance.now();
    const found = this.fresh(key, now);
    if (found) return { kept: found.value as Promise<T | null>, keep: () => {}, abandon: () => {} };
    const generation = this.generation;
    let settle!: (value: T | null) => void;
    const value = new Promise<T | null>((resolve) => (settle = resolve));
    const entry: Entry = { at: null, began: now, value, bytes: 0, fromPeer: false };
    this.store(key, entry);
    // Waiters are never left hanging by a computation that neither keeps nor abandons.
    const giveUp = setTimeout(() => abandon(), SHARED_COMPUTATION_MS);
    giveUp.unref();
    const abandon = () => {
      clearTimeout(giveUp);
      if (this.entries.get(key) === entry) this.drop(key);
      settle(null);
    };
    return {
      kept: null,
      // `bytes`: what the answer's JSON takes, when the caller has written it anyway (see ANSWER_CACHE_BYTES).
      keep: (answer, bytes = 2 * (JSON.stringify(answer)?.length ?? 0)) => {
        clearTimeout(giveUp);
        settle(answer);
        if (this.entries.get(key) !== entry) return;
        if (this.generation !== generation || bytes > this.maxBytes / 4) {
          this.drop(key);
          return;
        }
        this.drop(key);
        // A whole answer is its request's: any peer call the request made went into it.
        const fromPeer = (use?.calls ?? 0) > 0;
        this.store(key, { at: this.ttlStart(now, fromPeer), began: now, value, bytes, fromPeer });
      },
      abandon,
    };
  }

  /** Bytes of whole answers held now. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private store(key: string, entry: Entry): void {
    this.drop(key);
    if (this.entries.size >= this.maxEntries) this.clear();
    // Maps iterate in insertion order: the first entries are the oldest.
    for (const [oldest] of this.entries) {
      if (this.bytes + entry.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
  }

  private drop(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.bytes -= found.bytes;
    this.entries.delete(key);
  }

  private clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  /**
   * The kept answer under `key` if still computing, younger than the TTL, or younger than the longer
   * one while writes are confirmed heard; counted as a hit or a miss.
   */
  private fresh(key: string, now: number): Entry | null {
    const found = this.entries.get(key);
    const age = found && found.at !== null ? now - found.at : Infinity;
    const heard = this.writes?.heardThrough() ?? -Infinity;
    const live =
      found &&
      (found.at === null
        ? now - found.began < SHARED_COMPUTATION_MS
        : found.fromPeer
          ? age < Math.min(this.ttlMs, PEER_ANSWER_TTL_MS)
          : age < this.ttlMs || (age < this.heardTtlMs && now - heard < HEARD_WITHIN_MS));
    if (found && live) {
      this.hits++;
      return found;
    }
    this.misses++;
    return null;
  }

  /**
   * Where an answer's TTL starts (see ANSWER_TTL_MS): the time its data is known current as of.
   * That is when it began, or later while its database's writes are heard: every write committed
   * before the last marker heard back has been announced, and one announced after the answer
   * began would have kept it out (`generation`). Not past the last marker, so a stalled listener
   * cannot lend a slow answer a TTL counted from its end. An answer built from a peer's answer,
   * when it began: this process's markers say nothing of what the peer has heard.
   */
  private ttlStart(began: number, fromPeer: boolean): number {
    return fromPeer ? began : Math.max(began, Math.min(performance.now(), this.writes?.heardThrough() ?? -Infinity));
  }

  invalidate(): void {
    this.generation++;
    this.clear();
  }

  close(): void {
    this.clear();
    live.delete(this);
  }
}

/** Who an answer may be shown to: the role, and the unit of a UNIT_ADMIN. */
function scopeOf(caller: Caller | null): string {
  return caller ? `${caller.role}:${caller.unitId ?? ''}` : 'anonymous';
}

/**
 * Listens for write notices from every process on one database and empties this process's
 * caches. Reconnects by itself (a restarted PostgreSQL); while it cannot listen, answers live
 * for their TTL at most.
 */
export class ChangeListener implements WritesHeard {
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  /** Resolves once listening for the first time (or when it gave up on that first attempt). */
  readonly ready: Promise<void>;
  /** Notices this listener sent itself (see `heard`), by payload: called with whether it was heard back. */
  private readonly markers = new Map<string, (heard: boolean) => void>();
  private heartbeat: NodeJS.Timeout | null = null;
  /** The connection whose marker is in flight: one heartbeat at a time on each. */
  private beating: pg.Client | null = null;
  /** When the marker in flight was sent (see MARKER_OVERDUE_MS). */
  private beatSent: number | null = null;
  /** When the last marker heard back was sent: every write committed before then has been heard. */
  private through = -Infinity;

  constructor(private readonly url: string, private readonly logger?: Logger) {
    this.ready = this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    // A dead connection that looks open is caught by the overdue markers (below); TCP keep-alive
    // also lets the system close it.
    const client = new pg.Client({ connectionString: this.url, application_name: 'sfxd-change-listener', keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
    this.client = client;
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.stopHearing();
      client.removeAllListeners('notification');
      // Its markers will not come back (nor, on a dead connection, its 'end').
      for (const marker of [...this.markers.values()]) marker(false);
      client.end().catch(() => {});
      invalidateAnswers();
      if (this.closed) return;
      if (error) this.logger?.warn({ err: error }, 'change listener lost its connection; reconnecting');
      this.retry = setTimeout(() => void this.connect(), 1000);
      this.retry.unref();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    // The payload is the schema written to (`changeNoticeSql`); a notice without one empties everything.
    // Markers are every listener's on the database; another process's say nothing of a write.
    client.on('notification', (notice) => {
      if (notice.payload?.startsWith(HEARD_MARKER)) this.markers.get(notice.payload)?.(true);
      else invalidateAnswers(notice.payload || undefined);
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANGES_CHANNEL}`);
      // Writes made while not listening were never announced here.
      invalidateAnswers();
      if (this.client === client) {
        this.through = performance.now();
        this.heartbeat = setInterval(() => {
          const waited = this.beatSent === null ? 0 : performance.now() - this.beatSent;
          if (waited > MARKER_OVERDUE_MS) lost(new Error(`no marker heard back for ${Math.round(waited / 1000)} s`));
          else void this.beat(client);
        }, HEARTBEAT_MS);
        this.heartbeat.unref();
      }
    } catch (error) {
      lost(error as Error);
    }
  }

  /**
   * Resolves once every notice of a write committed before the call has reached this process's
   * caches: PostgreSQL delivers notices in commit order, so hearing one sent after them is enough.
   * Not listening (or losing the connection meanwhile), it resolves at once: then nothing is heard.
   */
  async heard(): Promise<void> {
    const client = this.client;
    if (!client || !this.listening()) return;
    await this.marker(client);
  }

  /** Sends a marker notice and resolves true once it is heard back, false if the connection ends first. */
  private async marker(client: pg.Client): Promise<boolean> {
    const payload = `${HEARD_MARKER}${randomUUID()}`;
    const arrived = new Promise<boolean>((resolve) => {
      const done = (heard: boolean) => {
        client.off('end', ended);
        this.markers.delete(payload);
        resolve(heard);
      };
      const ended = () => done(false);
      this.markers.set(payload, done);
      client.once('end', ended);
    });
    try {
      await client.query('select pg_notify($1, $2)', [CHANGES_CHANNEL, payload]);
    } catch (error) {
      this.markers.get(payload)?.(false);
      throw error;
    }
    return arrived;
  }

  heardThrough(): number {
    return this.through;
  }

  /** Listening since `through` was first set, until the connection is lost or closed. */
  private listening(): boolean {
    return this.through > -Infinity;
  }

  /** One heartbeat at a time: a stalled one lets `heardThrough` age, and answers fall back to their TTL. */
  private async beat(client: pg.Client): Promise<void> {
    if (this.beating === client || this.client !== client || !this.listening()) return;
    this.beating = client;
    const sent = performance.now();
    this.beatSent = sent;
    try {
      if ((await this.marker(client)) && this.client === client) this.through = Math.max(this.through, sent);
    } catch {
      // A refused notice (a full queue): the next beat tries again; a lost connection reconnects by itself.
    } finally {
      if (this.beating === client) {
        this.beating = null;
        this.beatSent = null;
      }
    }
  }

  private stopHearing(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.beating = null;
    this.beatSent = null;
    this.through = -Infinity;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopHearing();
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    for (const marker of [...this.markers.values()]) marker(false);
    // A dead connection may never say it ended: closing does not wait on it for long.
    const ended = client?.end().catch(() => {});
    await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  }
}

/**
 * SQL for a subgraph's migration: every table of its schema announces committed writes on
 * CHANGES_CHANNEL, once per statement. The audit trail is left out (reads of personal fields are
 * audited too, and every write also changes a table of its own). A migration that adds tables
 * runs it again; it replaces the triggers it made before.
 */
export function changeNoticeSql(schema: string): string[] {
  const q = `"${schema}"`;
  const literal = `'${schema.replace(/'/g, "''")}'`;
  return [
    `create or replace function ${q}."notify_change"() returns trigger language plpgsql as $$
      begin perform pg_notify('${CHANGES_CHANNEL}', TG_TABLE_SCHEMA); return null; end $$`,
    `do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = ${literal} and tablename not in ('audit_event', 'mikro_orm_migrations') loop
        execute format('drop trigger if exists notify_change on %I.%I', ${literal}, t.tablename);
        execute format('create trigger notify_change after insert or update or delete or truncate on %I.%I for each statement execute function %I.notify_change()', ${literal}, t.tablename, ${literal});
      end loop;
    end $$`,
  ];
}

const listening = new Map<string, { listener: ChangeListener; users: number }>();

/** Payloads of the notices `heard` sends: no schema is named so. */
const HEARD_MARKER = 'sfxd:heard:';

/**
 * Resolves once this process has heard every write committed on database `url` so far (its
 * caches emptied accordingly): for tests that write with operator SQL, or through another process,
 * and then count what the next request computes.
 */
export async function changesHeard(url: string): Promise<void> {
  await listening.get(url)?.listener.heard();
}

/** One listener per database in this process, however many subgraphs run in it; the returned function lets go of it. */
export function listenForChanges(url: string, logger?: Logger): WritesHeard & { ready: Promise<void>; release(): Promise<void> } {
  let shared = listening.get(url);
  if (!shared) listening.set(url, (shared = { listener: new ChangeListener(url, logger), users: 0 }));
  shared.users++;
  const held = shared;
  let released = false;
  return {
    ready: held.listener.ready,
    heardThrough: () => (released ? -Infinity : held.listener.heardThrough()),
    release: async () => {
      if (released) return;
      released = true;
      if (--held.users > 0) return;
      if (listening.get(url) === held) listening.delete(url);
      await held.listener.close();
    },
  };
}
