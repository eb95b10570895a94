import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import { spreadCalls } from '@sfxd/kit';

/**
 * How the gateway calls its subgraphs: over kept-alive connections (a bounded pool per subgraph,
 * so a burst of requests neither opens a socket per call nor exhausts ports), with a deadline on
 * every call, and — for queries — sharing one call among identical ones already in flight.
 */
export interface SubgraphFetchOptions {
  /** The deadline of one call, response body included. */
  timeoutMs: number;
  /** Open connections to one subgraph at most; calls beyond wait for a free one. */
  maxSockets: number;
  /** Share identical in-flight queries of the same caller (`sharedAs`). */
  deduplicate: boolean;
  /**
   * Several processes of one subgraph: a call to the first URL of a list goes to each URL of the
   * list in turn (round robin). One that refuses the connection is skipped for a query's call.
   */
  replicas?: readonly (readonly string[])[];
}

/** What the fetcher did, for tests and the bench. */
export interface SubgraphFetchStats {
  /** Calls sent to a subgraph. */
  sent: number;
  /** Calls answered by what the revalidation of a kept answer just heard (see `ReplayedAnswers`). */
  replayed: number;
  /** Calls answered by a call already in flight instead. */
  shared: number;
  /** Query calls sent to the next process of a subgraph after one refused the connection. */
  failedOver: number;
}

/** The answer of a subgraph, read whole so that every sharer gets a response of its own. */
export interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
}

type Init = { method?: string; headers?: Record<string, string>; body?: string };

/** What the subgraph call being made is part of, set around a data source's call. */
export interface CallKind {
  /** Part of a query: safe to send again. A mutation's calls (and those planned after it) never are. */
  query: boolean;
  /** Who asks: identical calls of one scope in flight at once are shared; null: never shared. */
  scope: string | null;
  /** Answers the subgraphs gave to these very calls a moment ago, for this caller (see `ReplayedAnswers`). */
  replay?: ReplayedAnswers | null;
}

/**
 * What the revalidation of a kept answer heard (kept-answers.ts), for the execution that follows
 * it when the answer turned out stale: each call the subgraph said 304 to, with the answer kept
 * for it, and the call it answered in full (tagged: no error in it), with that answer. They are
 * what each subgraph answered a moment ago to exactly that request under this caller's identity.
 * A call of the execution whose URL and request bytes are those of one heard takes its answer
 * instead of being sent again, each once; any other call (after the changed one, in a branch of
 * the plan not revalidated) is sent as always. A request heard twice keeps the newer answer, so
 * that one execution never mixes two versions of one call.
 */
export class ReplayedAnswers {
  // By URL, then the body compared whole: a body is megabytes of representations at the province,
  // which a Map keyed by it would hash on every look-up.
  private readonly answers = new Map<string, { body: string; answer: Answer }[]>();
  private count = 0;
  add(url: string, body: string, answer: Answer): void {
    const list = this.answers.get(url) ?? [];
    const same = list.find((heard) => heard.body === body);
    if (same) {
      same.answer = answer;
      return;
    }
    list.push({ body, answer });
    this.answers.set(url, list);
    this.count += 1;
  }
  take(url: string, body: string): Answer | undefined {
    const list = this.answers.get(url);
    const i = list ? list.findIndex((heard) => heard.body === body) : -1;
    if (!list || i < 0) return undefined;
    this.count -= 1;
    return list.splice(i, 1)[0]!.answer;
  }
  get size(): number {
    return this.count;
  }
}

const kindOfCall = new AsyncLocalStorage<CallKind>();

/** Runs `call` (a data source's work) with its subgraph calls treated as `kind` says. */
export function callingAs<T>(kind: CallKind, call: () => T): T {
  return kindOfCall.run(kind, call);
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** The body of each response this fetcher made, already read whole (see `jsonBodyOf`). */
const wholeBodies = new WeakMap<Response, Buffer>();

/**
 * The parsed JSON body of a response made by a subgraph fetcher, straight from the bytes it read,
 * or undefined for any other response. `Response.json()` streams the same bytes through a web
 * stream and a TextDecoder first: on Node 20 that doubles the cost of a subgraph's answer of
 * thousands of entities. The response's own body stays unread (an error handler may still read it).
 */
export function jsonBodyOf(response: Response): unknown {
  const body = wholeBodies.get(response);
  return body === undefined ? undefined : JSON.parse(body.toString('utf8'));
}

/** An entity tag a POST's answer can be revalidated by: a weak one (a web server's hash of any body) says nothing. */
export function strongTag(tag: string | null | undefined): string | null {
  return tag && !tag.startsWith('W/') ? tag : null;
}

/** The bytes of a response made by a subgraph fetcher, read whole; undefined for any other response. */
export function bodyBytesOf(response: Response): Buffer | undefined {
  return wholeBodies.get(response);
}

/** A tagged answer of a subgraph as a later call may be given it: its JSON, its type and its tag. */
export function taggedAnswer(body: Buffer, contentType: string | null, tag: string, statusText = 'OK'): Answer {
  return { status: 200, statusText, headers: [['content-type', contentType ?? 'application/json'], ['etag', tag]], body };
}

function respond(answer: Answer): Response {
  const response = new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  if (!NULL_BODY_STATUSES.has(answer.status)) wholeBodies.set(response, answer.body);
  return response;
}

export function createSubgraphFetcher(options: SubgraphFetchOptions) {
  // Node closes an idle server-side socket after 5 s; the agent drops its idle sockets before
  // that (and follows the server's Keep-Alive hint), so a call never lands on a closing socket.
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, timeout: 4_000 };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const inFlight = new Map<string, Promise<Answer>>();
  const stats: SubgraphFetchStats = { sent: 0, replayed: 0, shared: 0, failedOver: 0 };
  const spreads = new Map((options.replicas ?? []).filter((urls) => urls.length > 1).map((urls) => [urls[0]!, spreadCalls(urls)]));

  /**
   * `resendOnStale`: a kept-alive connection the subgraph closed just as it was reused fails at
   * once with ECONNRESET before the subgraph saw anything; a query's call is then sent again, once,
   * on a fresh connection. A mutation's never is.
   */
  const send = (url: string, init: Init, resendOnStale: boolean): Promise<Answer> => {
    stats.sent += 1;
    return new Promise<Answer>((resolve, fail) => {
      // As `fetch` does: a call that got no answer fails with "fetch failed", its reason in `cause`.
      const reject = (error: Error) => fail(new TypeError(`fetch failed: ${error.message}`, { cause: error }));
      const target = new URL(url);
      const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(target, { method: init.method ?? 'POST', headers: init.headers, agent, signal: AbortSignal.timeout(options.timeoutMs) }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('close', () => {
          if (!response.complete) reject(new Error(`The subgraph at ${target.host} closed the connection before its answer was complete`));
        });
        response.on('end', () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2) headers.push([response.rawHeaders[i]!, response.rawHeaders[i + 1]!]);
          resolve({ status: response.statusCode ?? 502, statusText: response.statusMessage ?? '', headers, body: Buffer.concat(chunks) });
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (resendOnStale && request.reusedSocket && error.code === 'ECONNRESET') send(url, init, false).then(resolve, fail);
        else reject(error);
      });
      request.end(init.body);
    });
  };

  /** Sends a call to one process of the subgraph at `url`, the next in turn (see kit `spreadCalls`). */
  const sendSpread = (url: string, init: Init, query: boolean): Promise<Answer> => {
    const spread = spreads.get(url);
    if (!spread) return send(url, init, query);
    return spread.call((target) => send(target, init, query), query, () => (stats.failedOver += 1));
  };

  /** A `fetch` for `RemoteGraphQLDataSource`. */
  const fetcher = async (url: string, init: Init = {}): Promise<Response> => {
    const kind = kindOfCall.getStore() ?? { query: false, scope: null };
    const replayed = kind.query && kind.replay?.size ? kind.replay.take(url, init.body ?? '') : undefined;
    if (replayed) {
      stats.replayed += 1;
      return respond(replayed);
    }
    const scope = options.deduplicate ? kind.scope : null;
    if (scope === null) return respond(await sendSpread(url, init, kind.query));
    // The body is the subgraph operation, its variables and its name; the scope is who asks.
    const key = JSON.stringify([url, scope, init.body ?? '']);
    let pending = inFlight.get(key);
    if (pending) {
      stats.shared += 1;
    } else {
      pending = sendSpread(url, init, kind.query);
      inFlight.set(key, pending);
      // Shared while in flight only: the next identical query after this one answers is sent anew.
      const forget = () => {
        if (inFlight.get(key) === pending) inFlight.delete(key);
      };
      pending.then(forget, forget);
    }
    return respond(await pending);
  };

  return {
    fetcher,
    stats,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

