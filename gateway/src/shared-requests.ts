import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

/**
 * Identical queries of one caller scope in flight at once are executed once: the leadership's
 * dashboards opened together, a poller's repeated request. The followers get the first one's
 * answer, as it was formatted for it (production masking included). Hive Gateway's inbound
 * deduplication does the same; the subgraph-level sharing (subgraph-fetch.ts) still applies to
 * queries that only overlap.
 *
 * It runs after the operation is resolved and every per-request check has passed (identity,
 * depth, cost), so each request still answers to the limits on its own. Never mutations: a
 * mutation's answer is its own. Nothing is kept once the first answer is sent.
 */
export interface SharedRequestStats {
  /** Requests answered by an identical one in flight instead of being executed. */
  shared: number;
  /** Requests waiting now for an identical one's answer. */
  waiting: number;
}

interface SharedAnswer {
  status: number | undefined;
  result: FormattedExecutionResult;
}

interface ScopedContext {
  scope: string;
}

export function sharedRequestsPlugin<C extends ScopedContext>(): { plugin: ApolloServerPlugin<C>; stats: Readonly<SharedRequestStats> } {
  const inFlight = new Map<string, Promise<SharedAnswer | null>>();
  const stats: SharedRequestStats = { shared: 0, waiting: 0 };

  const keyOf = (context: GraphQLRequestContext<C>): string | null => {
    if (context.operation?.operation !== 'query') return null;
    const { query, operationName, variables, extensions } = context.request;
    if (query === undefined) return null;
    return JSON.stringify([context.contextValue.scope, query, operationName ?? null, variables ?? null, extensions ?? null]);
  };

  const plugin: ApolloServerPlugin<C> = {
    async requestDidStart() {
      let lead: { key: string; settle: (answer: SharedAnswer | null) => void } | undefined;
      const finish = (answer: SharedAnswer | null) => {
        if (!lead) return;
        inFlight.delete(lead.key);
        lead.settle(answer);
        lead = undefined;
      };
      return {
        async responseForOperation(context) {
          const key = keyOf(context);
          if (key === null) return null;
          const running = inFlight.get(key);
          if (running) {
            stats.waiting += 1;
            const answer = await running.finally(() => (stats.waiting -= 1));
            // The first one got no single answer (an internal failure, an incremental one): run on its own.
            if (!answer) return null;
            stats.shared += 1;
            return { http: { status: answer.status, headers: new HeaderMap() }, body: { kind: 'single', singleResult: answer.result } };
          }
          let settle!: (answer: SharedAnswer | null) => void;
          inFlight.set(key, new Promise((resolve) => (settle = resolve)));
          lead = { key, settle };
          return null;
        },
        // Every answer, an error answer included, passes here (Apollo's pipeline sends errors through it too).
        async willSendResponse(context) {
          const body = context.response.body;
          finish(body.kind === 'single' ? { status: context.response.http.status, result: body.singleResult } : null);
        },
      };
    },
  };
  return { plugin, stats };
}
