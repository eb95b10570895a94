import { checkText, type Problem } from './validation.js';

/**
 * Opaque cursors for connections (DESIGN.md §5): the sort key of a row, as base64url JSON.
 * Clients must not build them; a cursor that does not decode is refused as BAD_USER_INPUT.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor carries, or the problem with it. A forged cursor can carry anything, so
 * its strings pass the same check as any text argument before they reach SQL.
 */
export function decodeCursor(cursor: string, arity: number, field = 'after'): { key: (string | number)[] } | { problems: Problem[] } {
  const refused = { problems: [{ field, message: `${field} is not a cursor this list gave out` }] };
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return refused;
  }
  if (!Array.isArray(key) || key.length !== arity || !key.every((k) => typeof k === 'number' || (typeof k === 'string' && checkText(k, field).length === 0))) return refused;
  return { key };
}

/** Page sizes are 1–100 (DESIGN.md §5). */
export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number, field = 'first'): Problem[] {
  return Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE ? [] : [{ field, message: `${field} must be between 1 and ${MAX_PAGE_SIZE}` }];
}
