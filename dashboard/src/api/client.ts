import { expireSession, liveSession } from '../auth/session.js';
import type { TypedDocumentString } from './gql/graphql.js';

/** The gateway, at this origin: the dashboard's server proxies /graphql to it. */
const ENDPOINT = '/graphql';

/** A refusal or failure, with the gateway's `extensions.code` (or NETWORK / BAD_RESPONSE). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    /** The error's other extensions, e.g. `field` of BAD_USER_INPUT, `retryAfterSeconds` of RATE_LIMITED. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/**
 * Sends one of the generated documents. With `token` it signs in as that token (the sign-in
 * check); `anonymous` sends none (the public pages: what anyone sees); otherwise the session's,
 * or none when there is no session.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { token?: string; anonymous?: boolean } = {}): Promise<R> {
  const token = options.anonymous ? undefined : (options.token ?? liveSession()?.token);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables }) });
  } catch (error) {
    throw new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK', 0);
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, response.status === 502 || response.status === 504 ? 'NETWORK' : 'BAD_RESPONSE', response.status);
  }
  const first = body.errors?.[0];
  if (response.status === 401 || first?.extensions?.code === 'UNAUTHENTICATED') {
    if (!options.token && token) expireSession();
    throw new ApiError(first?.message ?? 'Unauthenticated', 'UNAUTHENTICATED', response.status);
  }
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', response.status, first.extensions ?? {});
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'BAD_RESPONSE', response.status);
  return body.data;
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the results' order. */
export async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
