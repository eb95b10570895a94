import type { MiddlewareFn } from 'type-graphql';
import { badInput } from '../errors.js';
import { DEFAULT_SHEET_LIMITS, refusals } from './sheet-types.js';
import { Turns } from './turns.js';

/**
 * Imports are batch work sharing one event loop with every other request: a burst of them must
 * not take it over. One import of a process runs at a time (its checks and writes run on the
 * event loop; only the parsing has threads of its own), and the next one starts after a pause as
 * long as the last one took (at most MAX_PAUSE_MS), so imports hold the event loop at most about
 * half the time; the others wait in line, costing nothing. Each import has one deadline from the
 * moment it arrives (waiting, reading and checking all count), so the caller hears back before
 * the gateway's own deadline.
 */
const imports = new Turns(1);
const MAX_PAUSE_MS = 2000;
const deadlines = new WeakMap<object, AbortSignal>();

/** The deadline importTurn gave the request this context belongs to; pass it to readSheet. */
export const importDeadline = (context: object): AbortSignal | undefined => deadlines.get(context);

/** Imports running now, or pausing before the next one may start (waiting ones not counted). */
export const importsInProgress = () => imports.inUse;

export interface ImportTurnOptions<C> {
  /** The time budget of one import; default the request context's `importBudgetMs`, else DEFAULT_SHEET_LIMITS.timeoutMs. */
  budgetMs?: (context: C) => number | undefined;
  /** The input field named by the BAD_USER_INPUT of an import past its deadline. */
  field: string;
}

/** A resolver middleware (`@UseMiddleware(importTurn(…))`) that runs an import in its turn, within its deadline. */
export function importTurn<C extends object>(options: ImportTurnOptions<C>): MiddlewareFn<C> {
  return async ({ context }, next) => {
    const budget = options.budgetMs?.(context) ?? (context as { importBudgetMs?: number }).importBudgetMs ?? DEFAULT_SHEET_LIMITS.timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(refusals.timeout(budget)), budget);
    deadlines.set(context, controller.signal);
    try {
      const release = await imports.take(controller.signal, () => badInput(refusals.timeout(budget).message, options.field));
      const started = performance.now();
      try {
        return await next();
      } finally {
        setTimeout(release, Math.min(MAX_PAUSE_MS, performance.now() - started)).unref();
      }
    } finally {
      clearTimeout(timer);
      deadlines.delete(context);
    }
  };
}
