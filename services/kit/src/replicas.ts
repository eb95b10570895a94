import { z } from 'zod';

/**
 * Several processes of one subgraph behind one name, for the gateway's calls and for one
 * subgraph's calls to another (`ctx.peers`): both read the same comma-separated URL lists and
 * spread their calls the same way, so that an operator configures them alike.
 */

/** One URL, or several separated by commas (one per process of a subgraph). */
export const subgraphUrlList = z
  .string()
  .transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
  .pipe(z.array(z.string().url()).min(1, 'must name at least one URL'));

/** Why a call to a subgraph got no usable answer, as `extensions.reason` of a SERVICE_UNAVAILABLE. */
export type UnavailableReason = 'UNREACHABLE' | 'TIMEOUT' | 'UNAVAILABLE';

/**
 * HTTP statuses with which a subgraph, or a load balancer or proxy in front of it, says it cannot
 * answer now (bad gateway, unavailable, gateway timeout): no GraphQL answer came, and a read may
 * succeed later.
 */
export const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** The reason of a call that failed without an answer: its deadline passed, or no connection. */
export function failureReason(error: unknown): Exclude<UnavailableReason, 'UNAVAILABLE'> {
  const cause = error instanceof Error ? error.cause : undefined;
  return [error, cause].some((e) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) ? 'TIMEOUT' : 'UNREACHABLE';
}

/**
 * The connection was refused (ECONNREFUSED: no process listens there), so nothing was sent: the
 * only failure after which even a change may go elsewhere — but see `spreadCalls`, which resends
 * queries only.
 */
export function refusedConnection(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as (NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] }) | undefined) : undefined;
  // A host name of several addresses (localhost: ::1 and 127.0.0.1) fails with every attempt's error.
  return cause?.code === 'ECONNREFUSED' || (!!cause?.errors?.length && cause.errors.every((e) => e.code === 'ECONNREFUSED'));
}

/** Whether an operation's text is a mutation: its calls are sent once and never elsewhere again. */
export const isMutationText = (operation: string): boolean => /^\s*mutation\b/.test(operation);

export interface CallSpread {
  readonly urls: readonly string[];
  /**
   * Sends one call with `send` to the next process in turn (round robin). A refused connection
   * moves a query's call (`query`: safe to send again) on to the next process, each tried once; a
   * mutation's call is sent once, wherever it lands, and its failure is the caller's to see.
   * `failedOver` is told of each move.
   */
  call<T>(send: (url: string) => Promise<T>, query: boolean, failedOver?: () => void): Promise<T>;
}

export function spreadCalls(urls: readonly string[]): CallSpread {
  if (urls.length === 0) throw new Error('A subgraph needs at least one URL');
  let next = 0;
  return {
    urls,
    async call(send, query, failedOver) {
      const first = next;
      next = (first + 1) % urls.length;
      for (let i = 0; ; i += 1) {
        try {
          return await send(urls[(first + i) % urls.length]!);
        } catch (error) {
          const last = i === urls.length - 1;
          if (!query || last || !refusedConnection(error)) throw error;
          failedOver?.();
        }
      }
    },
  };
}
