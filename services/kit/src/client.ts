import { INTERNAL_TOKEN_HEADER, signInternalToken, type Caller } from './auth.js';
import { appError } from './errors.js';

/**
 * One subgraph asking another over its GraphQL API, as the gateway would, on behalf of the same
 * caller: a credential signed with the secret the gateway and subgraphs share, carrying the
 * caller's own role and unit, so the subgraph asked applies its own rules. A subgraph never reads
 * another's tables; this is how it learns what another owns.
 */
export interface SubgraphClient {
  readonly name: string;
  /** The data of a query, or an INTERNAL_SERVER_ERROR when the subgraph is down or refuses it. */
  query<T>(caller: Caller | null, query: string, variables?: Record<string, unknown>, requestId?: string): Promise<T>;
}

/** The subgraphs this one asks, by name (`ctx.peers.units`). */
export type Peers = Readonly<Record<string, SubgraphClient>>;

/** The gateway's deadline for a call to a subgraph unless SUBGRAPH_TIMEOUT_MS says otherwise. */
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

export function subgraphClient(name: string, url: string, subgraphSecret: string, timeoutMs = DEFAULT_CALL_TIMEOUT_MS): SubgraphClient {
  return {
    name,
    async query<T>(caller: Caller | null, query: string, variables: Record<string, unknown> = {}, requestId?: string): Promise<T> {
      let body: { data?: T; errors?: { message: string }[] };
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [INTERNAL_TOKEN_HEADER]: await signInternalToken(caller, subgraphSecret),
            ...(requestId ? { 'x-request-id': requestId } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        body = (await res.json()) as typeof body;
      } catch (error) {
        throw appError('INTERNAL_SERVER_ERROR', `The ${name} subgraph is unavailable; try again later`, { cause: String(error) });
      }
      if (body.errors?.length || !body.data) {
        throw appError('INTERNAL_SERVER_ERROR', `The ${name} subgraph refused the lookup: ${body.errors?.[0]?.message ?? 'no data'}`);
      }
      return body.data;
    },
  };
}
