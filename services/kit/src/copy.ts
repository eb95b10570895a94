import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { quoteIdent } from './bulk.js';

/** Bytes of COPY text gathered before they are handed to the socket. */
const PIECE_CHARS = 64 * 1024;

/**
 * Writes many rows with one `COPY … FROM STDIN` (text format), in `em`'s transaction when it has
 * one. Demo data at province scale is tens of millions of rows: COPY skips the parsing, planning
 * and parameter decoding that every INSERT pays, and `rows` is read as the socket takes the text,
 * so a caller can hand in a generator and never hold the whole table in memory.
 * Values: null/undefined → NULL; strings, numbers, bigints, booleans and Dates as PostgreSQL reads
 * them; other objects as JSON (for json columns). Arrays are refused (use `bulkInsert`, whose JSON
 * parameter PostgreSQL turns into arrays itself). Returns the number of rows written.
 */
export async function copyRows(
  em: EntityManager,
  schema: string,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<number> {
  const sql = `copy ${quoteIdent(schema)}.${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) from stdin`;
  const knex = em.getConnection().getKnex();
  const ctx = em.getTransactionContext<Knex.Transaction>();
  // In a transaction knex's client hands out the transaction's own connection and never releases it.
  const client = (ctx ?? knex).client as { acquireConnection(): Promise<pg.Client>; releaseConnection(c: pg.Client): Promise<unknown> };
  const connection = await client.acquireConnection();
  let count = 0;
  const text = function* (): Generator<string> {
    let piece = '';
    for (const row of rows) {
      if (row.length !== columns.length) throw new RangeError(`copyRows: a row of ${row.length} values for ${columns.length} columns of ${table}`);
      for (let i = 0; i < row.length; i++) {
        if (i > 0) piece += '\t';
        piece += copyText(row[i]);
      }
      piece += '\n';
      count++;
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
    if (piece) yield piece;
  };
  const started = Date.now();
  try {
    await pipeline(Readable.from(text(), { objectMode: false }), connection.query(copyFrom(sql)));
  } catch (error) {
    throw error instanceof RangeError || error instanceof TypeError ? error : em.getDriver().convertException(error as Error);
  } finally {
    if (!ctx) await client.releaseConnection(connection);
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, level: 'info', params: [`<${count} rows>`] });
  }
  return count;
}

const SPECIAL = /[\\\t\n\r]/;

/** One value in COPY's text format: `\N` for NULL, and backslash, tab, newline and CR escaped. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r')) : value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`copyRows: ${value} is not a number PostgreSQL stores`);
      return String(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) throw new TypeError('copyRows writes no arrays: use bulkInsert for array columns');
      return copyText(JSON.stringify(value));
  }
}
