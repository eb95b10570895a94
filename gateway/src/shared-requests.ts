import type { InProcessResponse } from '@sfxd/kit';
import { getOperationAST, parse, type OperationTypeNode } from 'graphql';

/**
 * Identical query requests in flight at once are answered by one execution: the leadership's
 * dashboards opened together, a poller repeating itself. "Identical" is the whole request as
 * received — the same credential, client address, body and the headers that change an answer —
 * so a follower gets exactly what its own execution would have given (the first one's answer,
 * formatted and masked for it), and every refusal (identity, depth, cost) is the same for both.
 * Hive Gateway's inbound deduplication does the same; the subgraph-level sharing
 * (subgraph-fetch.ts) still applies to requests that only overlap. Never a mutation; nothing is
 * kept once the first answer is sent.
 */
export interface SharedRequestStats {
  /** Requests answered by an identical one in flight instead of being executed. */
  shared: number;
  /** Requests waiting now for an identical one's answer. */
  waiting: number;
}

/** An answer read whole (the kit's `wholeAnswer`), so that every identical request can be sent it. */
export type SharedAnswer = InProcessResponse;

export interface IncomingRequest {
  method: string;
  body: unknown;
  ip?: string;
  header(name: string): string | undefined;
}

/** Operation types by query text: parsed once, bounded so that a stream of distinct queries cannot grow it. */
const MAX_REMEMBERED_QUERIES = 1000;

export function createRequestSharing() {
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  const operationTypes = new Map<string, OperationTypeNode | null>();
  const stats: SharedRequestStats = { shared: 0, waiting: 0 };

  const operationType = (query: string, operationName: string | undefined): OperationTypeNode | null => {
    const key = `${operationName ?? ''}\u0000${query}`;
    let type = operationTypes.get(key);
    if (type === undefined) {
      try {
        type = getOperationAST(parse(query), operationName)?.operation ?? null;
      } catch {
        type = null; // Apollo answers the syntax error itself
      }
      if (operationTypes.size >= MAX_REMEMBERED_QUERIES) operationTypes.clear();
      operationTypes.set(key, type);
    }
    return type;
  };

  /** The request's sharing key, or null when it is not a plain query over POST (never shared). */
  const keyOf = (req: IncomingRequest): string | null => {
    if (req.method !== 'POST' || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) return null;
    const { query, operationName } = req.body as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string' || (operationName !== undefined && operationName !== null && typeof operationName !== 'string')) return null;
    if (operationType(query, operationName ?? undefined) !== 'query') return null;
    const accept = req.header('accept') ?? '';
    if (accept.includes('multipart')) return null; // an incremental answer is streamed, not shared
    return JSON.stringify([
      req.header('authorization') ?? null, req.ip ?? null, req.header('content-type') ?? null, accept,
      req.header('apollo-require-preflight') ?? null, req.header('x-apollo-operation-name') ?? null, req.body,
    ]);
  };

  /** Runs `execute` for the first of identical requests; the others in flight meanwhile get its answer. */
  const share = async (key: string, execute: () => Promise<SharedAnswer>): Promise<SharedAnswer> => {
    const running = inFlight.get(key);
    if (running) {
      stats.waiting += 1;
      try {
        const answer = await running;
        stats.shared += 1;
        return answer;
      } finally {
        stats.waiting -= 1;
      }
    }
    const answer = execute();
    inFlight.set(key, answer);
    try {
      return await answer;
    } finally {
      inFlight.delete(key);
    }
  };

  return { keyOf, share, stats: stats as Readonly<SharedRequestStats> };
}
