import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { INTERNAL_TOKEN_HEADER, keptAnswerJson, type Caller } from '@sfxd/kit';
import { createHash } from 'node:crypto';
import { ReplayedAnswers, bodyBytesOf, callingAs, strongTag, taggedAnswer, type Answer } from './subgraph-fetch.js';

/**
 * Whole answers the gateway keeps, each with the subgraph calls that made it, and gives again
 * once every subgraph has said that its part is unchanged.
 *
 * A dashboard screen at the province asks the same query again and again; the subgraphs keep
 * their answers to it (entity-answers.ts in the kit), but the gateway still received megabytes
 * from them and shaped 10,000 units × 17 fields each time. Now the first answer is kept here
 * with each call's request and the entity tag its subgraph gave; a repeat sends the same calls
 * with `If-None-Match`, one after another in the order they were answered, under the new
 * caller's own credential. Only if every one is answered 304 (the subgraph still keeps that very
 * answer for that caller's scope) is the kept answer sent. The first call answered otherwise
 * (changed, refused, failed, not tagged) stops it, and the request is executed as always:
 * nothing is ever older than what the subgraphs would answer now. That execution is handed what
 * the revalidation heard (`ReplayedAnswers`): the kept answer of each call said 304 to, and the
 * changed call's full answer, so that it sends none of those calls again (after an honors write
 * at the province, three calls of megabytes, ~100 ms). Those parts are then as of the
 * revalidation, a moment (at most REVALIDATION_MS) before the execution: as a kept answer is, and
 * as the parts of any answer are as of their own calls.
 *
 * Sent again in order, each call is what the plan would send now: the calls it depends on were
 * answered by the same answers as when recorded. (In parallel they would prove as much when all
 * say 304, but after a change the later ones would be computed for representations already
 * stale: one after another, nothing is computed in vain beyond the first changed call.) A
 * revalidation is never shared with another call in flight (its answer, a 304, is its own), and
 * it has REVALIDATION_MS in all: a subgraph that hangs delays the request that long at most
 * before it is executed as always, under the gateway's own deadline. Kept per the caller's role and unit (the
 * subgraphs' scope of a kept answer) so that leaders share them; a call's identity is always the
 * current caller's. Only queries whose every call was tagged (marked, cacheable answers) and
 * whose answer has no error are kept; a mutation never.
 */
export interface KeptAnswerStats {
  /** Answers kept since the start. */
  kept: number;
  /** Requests answered from a kept answer, every subgraph call answered 304. */
  answered: number;
  /** Kept answers found stale (a call answered otherwise than 304) and executed again. */
  stale: number;
  /** Answers not kept for their size: over a quarter of the bytes allowed (`KEPT_ANSWERS_MB`). */
  tooLarge: number;
}

/** One subgraph call of an answer, as sent (its identity headers aside) and the tag its answer had. */
export interface RecordedCall {
  fetcher: (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<Response>;
  url: string;
  headers: Record<string, string>;
  body: string;
  tag: string;
  /** Its answer as received (what a 304 to the same call stands for), when the fetcher read it whole. */
  answer?: Answer;
}

/** A gateway request's context (`GatewayContext`): who asks, and what it records of its subgraph calls. */
export interface RecordingContext {
  caller: Caller | null;
  /** The identity the subgraphs trust, signed once per request. */
  internalToken: string;
  requestId: string;
  /**
   * Everything `internalToken` says about who asks (subject, role, unit, client address), without
   * its times: identical subgraph queries of the same scope in flight at once share one call.
   */
  scope: string;
  /** The subgraph calls this request made, while it records them (null: not recording). */
  calls?: RecordedCall[] | null;
  /** What the revalidation of a stale kept answer heard, for the execution (see `ReplayedAnswers`). */
  replay?: ReplayedAnswers | null;
}

/** Bytes of kept answers at most: each counted as its JSON and its objects (4 bytes a character), its calls' requests and their answers. */
export const KEPT_ANSWERS_BYTES = 192 * 1024 * 1024;
/** Kept answers at most, whatever their size. */
export const KEPT_ANSWERS_MAX = 1000;
/** The longest a kept answer's revalidation may take, all its calls together, before the request is executed as always. */
export const REVALIDATION_MS = 1000;

interface Kept {
  calls: RecordedCall[];
  data: Record<string, unknown>;
  bytes: number;
}

type Result = Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'];

/** The headers of a recorded call that say who asks: the current request's are sent instead. */
const IDENTITY_HEADERS = new Set([INTERNAL_TOKEN_HEADER, 'x-request-id', 'if-none-match']);

/** Records a call a data source made, if its request is recording; an untagged call ends the recording (nothing will be kept). */
export function recordCall(context: Partial<RecordingContext>, call: Omit<RecordedCall, 'tag'> & { tag: string | null }): void {
  if (!Array.isArray(context.calls)) return;
  const { tag } = call;
  if (tag === null) {
    context.calls = null;
    return;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(call.headers)) if (!IDENTITY_HEADERS.has(name.toLowerCase())) headers[name] = value;
  context.calls.push({ ...call, headers, tag });
}

export function keptAnswers(options: { maxBytes?: number; revalidationMs?: number } = {}) {
  const maxBytes = options.maxBytes ?? KEPT_ANSWERS_BYTES;
  const revalidationMs = options.revalidationMs ?? REVALIDATION_MS;
  // Insertion order is use order: a hit is moved to the end, the first is the least recently used.
  const entries = new Map<string, Kept>();
  let bytes = 0;
  const stats: KeptAnswerStats = { kept: 0, answered: 0, stale: 0, tooLarge: 0 };

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const store = (key: string, entry: Kept) => {
    drop(key);
    if (entry.bytes > maxBytes / 4) {
      stats.tooLarge += 1;
      return;
    }
    while (entries.size > 0 && (bytes + entry.bytes > maxBytes || entries.size >= KEPT_ANSWERS_MAX)) drop(entries.keys().next().value!);
    entries.set(key, entry);
    bytes += entry.bytes;
    stats.kept += 1;
  };

  /**
   * Sends each recorded call again with its tag, in order: true if every one was answered 304,
   * else the answers heard until the first that was not (that one's too, if it came in full).
   */
  const unchanged = async (entry: Kept, context: RecordingContext): Promise<true | ReplayedAnswers> => {
    const heard = new ReplayedAnswers();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), revalidationMs);
      timer.unref();
    });
    try {
      for (const call of entry.calls) {
        const headers = { ...call.headers, [INTERNAL_TOKEN_HEADER]: context.internalToken, 'x-request-id': context.requestId, 'if-none-match': call.tag };
        // Scope null: never shared with an identical call in flight, which may not be a revalidation.
        const sent = callingAs({ query: true, scope: null }, () => call.fetcher(call.url, { method: 'POST', headers, body: call.body }));
        const response = await Promise.race([sent, late]);
        if (response === 'late') {
          // The call goes on (an identical one of the execution waits for its computation in the subgraph).
          sent.then((r) => r.body?.cancel(), () => {}).catch(() => {});
          return heard;
        }
        if (response.status === 304 && call.answer) heard.add(call.url, call.body, call.answer);
        else if (response.status !== 304) {
          // Only a tagged answer (one with no error): a failure is the execution's to meet, and perhaps not again.
          const tag = strongTag(response.headers.get('etag'));
          const bytes = response.status === 200 && tag ? bodyBytesOf(response) : undefined;
          if (tag && bytes) heard.add(call.url, call.body, taggedAnswer(bytes, response.headers.get('content-type'), tag, response.statusText));
          await response.body?.cancel().catch(() => {});
          return heard;
        }
      }
      return true;
    } catch {
      // The execution that follows meets the failure again and answers it as it always does.
      return heard;
    } finally {
      clearTimeout(timer);
    }
  };

  const plugin: ApolloServerPlugin<RecordingContext> = {
    async requestDidStart() {
      let key: string | null = null;
      return {
        async responseForOperation(request: GraphQLRequestContext<RecordingContext>): Promise<GraphQLResponse | null> {
          if (request.operation?.operation !== 'query' || request.source === undefined) return null;
          const caller = request.contextValue.caller;
          key = createHash('sha256')
            .update(JSON.stringify([caller?.role ?? null, caller?.unitId ?? null, request.operationName ?? null, request.request.variables ?? {}]))
            .update('\u0000')
            .update(request.source)
            .digest('base64');
          request.contextValue.calls = [];
          const entry = entries.get(key);
          if (!entry) return null;
          const outcome = await unchanged(entry, request.contextValue);
          if (outcome === true) {
            stats.answered += 1;
            // Used now: the last to be dropped.
            if (entries.get(key) === entry) {
              entries.delete(key);
              entries.set(key, entry);
            }
            request.contextValue.calls = null;
            return { http: request.response.http, body: { kind: 'single', singleResult: { data: entry.data } } };
          }
          stats.stale += 1;
          if (entries.get(key) === entry) drop(key);
          if (outcome.size > 0) request.contextValue.replay = outcome;
          return null;
        },
        async willSendResponse(request: GraphQLRequestContext<RecordingContext>) {
          const calls = request.contextValue.calls;
          request.contextValue.calls = null;
          request.contextValue.replay = null;
          if (key === null || !calls || calls.length === 0) return;
          const body = request.response.body;
          const result: Result | null = body?.kind === 'single' ? body.singleResult : null;
          if (!result?.data || result.errors?.length || result.extensions !== undefined) return;
          if (request.response.http.status !== undefined && request.response.http.status !== 200) return;
          const json = keptAnswerJson(result.data);
          // The answer as its JSON and its objects, the calls' requests (the representations they carry) and their answers' bytes.
          store(key, { calls, data: result.data, bytes: 4 * json.length + calls.reduce((n, c) => n + 2 * c.body.length + (c.answer?.body.length ?? 0), 0) });
        },
      };
    },
  };

  return {
    plugin,
    stats: stats as Readonly<KeptAnswerStats>,
    /** Forgets every kept answer, as a restart would (the bench's first request after one). */
    clear() {
      entries.clear();
      bytes = 0;
    },
    /** Answers and bytes held now. */
    get size() {
      return { entries: entries.size, bytes };
    },
  };
}
