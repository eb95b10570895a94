import { GraphQLError } from 'graphql';

/**
 * The error codes of DESIGN.md §5 a caller can act on; the gateway passes them through in
 * production. `RATE_LIMITED` is added to them: a per-client limit (objections per address and
 * hour) was reached, and `extensions.retryAfterSeconds` says when the next one is accepted.
 * `SERVICE_UNAVAILABLE` too: a part of the platform (a subgraph, the database) is down or did not
 * answer within its deadline; the rest of a query's answer is there, and the same read may succeed
 * later (`extensions.reason`: TIMEOUT or UNREACHABLE).
 */
export const CALLER_ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'ILLEGAL_TRANSITION', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'] as const;

/** Every code a subgraph answers with: the caller's, and a failure inside the platform. */
export type ErrorCode = (typeof CALLER_ERROR_CODES)[number] | 'INTERNAL_SERVER_ERROR';

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, field?: string) => appError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (what: string, id: string) => appError('NOT_FOUND', `${what} ${id} was not found`, { id });
export const forbidden = (message = 'You are not allowed to do this') => appError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in first: send a bearer token') => appError('UNAUTHENTICATED', message);
export const conflict = (message: string, extra: Record<string, unknown> = {}) => appError('CONFLICT', message, extra);
export const rateLimited = (message: string, retryAfterSeconds: number) => appError('RATE_LIMITED', message, { retryAfterSeconds });
export const staleVersion = (what: string, expected: number, actual: number) =>
  conflict(`${what} was changed by someone else (version ${actual}, you had ${expected}); reload and try again`, {
    expectedVersion: expected,
    actualVersion: actual,
  });
