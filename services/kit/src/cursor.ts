import { badInput } from './errors.js';

/**
 * Opaque cursors for connections (DESIGN.md §5): the sort key of a row, as base64url JSON.
 * Clients must not build them; a cursor that does not decode is refused as BAD_USER_INPUT.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // fall through
  }
  throw badInput(`${field} is not a cursor this list gave out`, field);
}

/** Page sizes are 1–100 (DESIGN.md §5). */
export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badInput(`${field} must be between 1 and ${MAX_PAGE_SIZE}`, field);
  return first;
}
