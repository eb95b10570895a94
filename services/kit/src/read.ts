import { isUuid } from './scalars.js';

/**
 * A PostgreSQL array literal of UUIDs for `= any(?::uuid[])` in raw reads (`em.execute`): one
 * parameter however many ids a batch holds. Anything that is not a UUID is left out, so the
 * literal can never carry a comma, quote or brace of its own.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter(isUuid).join(',')}}`;
}
