import { INTERNAL_TOKEN_HEADER, signInternalToken, type Caller } from './auth.js';
import { CALLER_ERROR_CODES, appError } from './errors.js';
import { UNAVAILABLE_STATUSES, failureReason, isMutationText, spreadCalls, type UnavailableReason } from './replicas.js';

/**
 * One subgraph asking another over its GraphQL API, as the gateway would, on behalf of the same
 * caller: a credential signed with the secret the gateway and subgraphs share, carrying the
 * caller's own role and unit, so the subgraph asked applies its own rules. A subgraph never reads
 * another's tables; this is how it learns what another owns.
 */
export interface SubgraphClient {
  readonly name: string;
  /**
   * The data of a query. Fails with SERVICE_UNAVAILABLE (`reason` UNREACHABLE, TIMEOUT or
   * UNAVAILABLE, as the gateway's) when the subgraph cannot answer now; with the subgraph's own code
   * when it refuses the caller with one of CALLER_ERROR_CODES; with INTERNAL_SERVER_ERROR otherwise.
   */
  query<T>(caller: Caller | null, query: string, variables?: Record<string, unknown>, requestId?: string): Promise<T>;
}

/** The subgraphs this one asks, by name (`ctx.peers.units`). */
export type Peers = Readonly<Record<string, SubgraphClient>>;

/** The gateway's deadline for a call to a subgraph unless SUBGRAPH_TIMEOUT_MS says otherwise. */
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

/**
 * The deadline of a call to a peer within a call from the gateway whose deadline is
 * `callTimeoutMs`: earlier, so that the subgraph still answers the caller that its peer was late
 * (TIMEOUT) with the rest of its answer, before the gateway gives up on the whole call.
 */
export function peerTimeoutFor(callTimeoutMs: number): number {
  return Math.max(Math.floor(callTimeoutMs / 2), callTimeoutMs - 2_000);
}

export interface SubgraphClientOptions {
  timeoutMs?: number;
  /** Production: the failure's cause (which names the peer's address) stays out of the answer. */
  production?: boolean;
}

/** Extensions of a peer's refusal passed on with its code: what the caller may act on, nothing about the peer. */
const PASSED_EXTENSIONS = ['reason', 'retryAfterSeconds'] as const;
const CALLER_CODES = new Set<string>(CALLER_ERROR_CODES);

/**
 * `urls`: one process of the subgraph, or several (`MEMBERS_URL=a,b`), which take the calls in
 * turn as the gateway's do; a refused connection moves a query on to the next one, and a mutation
 * is never sent twice.
 */
export function subgraphClient(name: string, urls: string | readonly string[], subgraphSecret: string, options: SubgraphClientOptions = {}): SubgraphClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const spread = spreadCalls(typeof urls === 'string' ? [urls] : urls);
  const unavailable = (reason: UnavailableReason, cause: unknown) =>
    appError(
      'SERVICE_UNAVAILABLE',
      reason === 'TIMEOUT' ? 'Part of this answer was not ready in time; try again later' : 'Part of this answer is unavailable right now; try again later',
      { reason, ...(options.production ? {} : { subgraph: name, cause: String(cause) }) },
    );
  return {
    name,
    async query<T>(caller: Caller | null, query: string, variables: Record<string, unknown> = {}, requestId?: string): Promise<T> {
      const headers = {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: await signInternalToken(caller, subgraphSecret),
        ...(requestId ? { 'x-request-id': requestId } : {}),
      };
      const body = JSON.stringify({ query, variables });
      const resendable = !isMutationText(query);
      let answer: { status: number; text: string };
      try {
        answer = await spread.call(async (url) => {
          const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
          return { status: res.status, text: await res.text() };
        }, resendable);
      } catch (error) {
        throw unavailable(failureReason(error), error);
      }
      if (UNAVAILABLE_STATUSES.has(answer.status)) throw unavailable('UNAVAILABLE', `HTTP ${answer.status}`);
      let result: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      try {
        result = JSON.parse(answer.text) as typeof result;
      } catch (error) {
        throw appError('INTERNAL_SERVER_ERROR', `The ${name} subgraph answered HTTP ${answer.status} without a GraphQL answer`, { cause: String(error) });
      }
      const refusal = result.errors?.[0];
      const code = refusal?.extensions?.code;
      if (refusal && typeof code === 'string' && CALLER_CODES.has(code)) {
        // The caller's own standing (FORBIDDEN, NOT_FOUND…) or the peer's outage: theirs to act on.
        const passed = Object.fromEntries(PASSED_EXTENSIONS.filter((k) => refusal.extensions?.[k] !== undefined).map((k) => [k, refusal.extensions![k]]));
        throw appError(code as (typeof CALLER_ERROR_CODES)[number], refusal.message, passed);
      }
      if (result.errors?.length || !result.data) {
        throw appError('INTERNAL_SERVER_ERROR', `The ${name} subgraph refused the lookup: ${refusal?.message ?? 'no data'}`);
      }
      return result.data;
    },
  };
}
