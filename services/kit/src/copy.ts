import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CHANGES_CHANNEL } from './answers.js';
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

/** A raw statement in `em`'s transaction, logged and counted as every statement is (no parameters: nothing here needs one). */
const query = <T>(em: EntityManager, sql: string): Promise<T[]> => em.execute<T[]>(sql, [], 'all');

/** The foreign keys of `schema`'s tables, each as an anti-join that finds a row pointing nowhere. */
async function orphanQueries(em: EntityManager, schema: string): Promise<{ name: string; sql: string }[]> {
  const keys = await query<{ name: string; child: string; parent: string; pairs: [string, string][] }>(em, `
    select c.conname as name, cn.relname as child, pn.nspname || '.' || pr.relname as parent,
      (select json_agg(json_build_array(ca.attname, pa.attname) order by k.i)
         from unnest(c.conkey, c.confkey) with ordinality as k(ck, pk, i)
         join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = k.ck
         join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = k.pk) as pairs
    from pg_constraint c
    join pg_class cn on cn.oid = c.conrelid
    join pg_class pr on pr.oid = c.confrelid
    join pg_namespace pn on pn.oid = pr.relnamespace
    where c.contype = 'f' and c.connamespace = ${literal(schema)}::regnamespace
    order by c.conname`);
  return keys.map((k) => {
    const [parentSchema, parentTable] = [k.parent.slice(0, k.parent.indexOf('.')), k.parent.slice(k.parent.indexOf('.') + 1)];
    // MATCH SIMPLE, as the schema's keys are: a row with any key column null points at nothing and is allowed.
    const present = k.pairs.map(([c]) => `c.${quoteIdent(c)} is not null`).join(' and ');
    const match = k.pairs.map(([c, p]) => `p.${quoteIdent(p)} = c.${quoteIdent(c)}`).join(' and ');
    return {
      name: k.name,
      // A count, not `exists`: PostgreSQL then plans one pass over both tables rather than a lookup per row.
      sql: `select count(*)::int as orphans from ${quoteIdent(schema)}.${quoteIdent(k.child)} c where ${present}
        and not exists (select 1 from ${quoteIdent(parentSchema)}.${quoteIdent(parentTable)} p where ${match})`,
    };
  });
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Runs `load`, bulk writes into `schema` in `em`'s transaction, with the foreign keys checked once
 * at the end instead of row by row. PostgreSQL checks a key with a query and a row lock per
 * inserted row: at province scale that is most of the load (20 million scores each looking up
 * their evaluation). When the session's user may (a superuser, as the embedded server's is),
 * the transaction sets `session_replication_role = replica`, which stops every trigger of the
 * transaction's writes, foreign-key checks included, then turns it back and checks each foreign key
 * of the schema with one anti-join; any row pointing nowhere fails the load, and the transaction
 * rolls back. Checks, unique and primary keys hold throughout (they are not triggers). The
 * statement triggers stopped too announce changes to the answer caches: one notice is sent for
 * the schema at the end instead. Other users, or no transaction, load with the row-by-row checks.
 * Returns whether the checks ran at the end.
 */
export async function withKeysCheckedAtEnd(em: EntityManager, schema: string, load: () => Promise<unknown>): Promise<boolean> {
  if (!(await superuserTransaction(em))) {
    await load();
    return false;
  }
  const keys = await orphanQueries(em, schema);
  // The pool's connections run as the service's role, which may not set it: the session's user
  // does, and the service's role comes back for the writes (both only until the transaction ends).
  const [{ role }] = (await query<{ role: string }>(em, 'select current_user as role')) as [{ role: string }];
  await query(em, `set local role none; set local session_replication_role = replica; set local role ${quoteIdent(role)}`);
  await load();
  await query(em, `set local role none; set local session_replication_role = origin; set local role ${quoteIdent(role)}`);
  for (const key of keys) {
    const [found] = await query<{ orphans: number }>(em, key.sql);
    if (found?.orphans) throw new Error(`bulk load into ${schema}: ${found.orphans} rows break the foreign key ${key.name}`);
  }
  await query(em, `select pg_notify(${literal(CHANGES_CHANNEL)}, ${literal(schema)})`);
  return true;
}

/** Whether `em` is in a transaction whose session's user is a superuser: only then may a load set aside keys and indexes, and only until the transaction ends. */
async function superuserTransaction(em: EntityManager): Promise<boolean> {
  if (!em.getTransactionContext()) return false;
  const [me] = await query<{ may: boolean }>(em, 'select rolsuper as may from pg_roles where rolname = session_user');
  return !!me?.may;
}

/** An index of a table being loaded, as PostgreSQL itself prints it, to be made again exactly. */
interface KeptIndex {
  table: string;
  name: string;
  /** `pg_get_indexdef` for a plain index; null for a constraint's. */
  indexSql: string | null;
  /** `pg_get_constraintdef` for a primary key's or unique constraint's index. */
  constraintSql: string | null;
}

/**
 * Runs `load`, bulk writes into `tables` of `schema` in `em`'s transaction, with those tables'
 * indexes built once at the end instead of updated row by row. Every row COPY writes is otherwise
 * put into each index on its own, at a random place of a large tree (the keys are random UUIDs):
 * at province scale that was most of the evaluations' load. Building an index sorts the rows once
 * (on several cores where the server's `max_parallel_maintenance_workers` allows).
 * Only when every table is empty (checked after locking them, so no one else can fill them
 * meanwhile) and the session's user may (a superuser, as the embedded server's is, and as
 * `withKeysCheckedAtEnd` asks): each index's definition is read from the catalog first and made
 * again from it, name and all, so the schema after the load is the one before. Plain and unique
 * indexes and primary-key and unique constraints are rebuilt; a unique one rebuilt over duplicate
 * rows fails the load, and the transaction rolls back, dropped indexes included. An index a
 * foreign key leans on, one the table is clustered on or one naming its replica identity stays
 * and is kept up row by row. The tables stay locked until the transaction ends: readers of them
 * wait for the load instead of seeing them empty. Returns whether the indexes were built at the end.
 */
export async function withIndexesBuiltAtEnd(em: EntityManager, schema: string, tables: readonly string[], load: () => Promise<unknown>): Promise<boolean> {
  if (tables.length === 0 || !(await superuserTransaction(em))) {
    await load();
    return false;
  }
  const [{ role }] = (await query<{ role: string }>(em, 'select current_user as role')) as [{ role: string }];
  const qualified = tables.map((t) => `${quoteIdent(schema)}.${quoteIdent(t)}`);
  // The session's user owns the tables (it made them); the service's role may not drop their indexes.
  await query(em, 'set local role none');
  await query(em, `lock table ${qualified.join(', ')} in access exclusive mode`);
  const [filled] = await query<{ any: boolean }>(em, `select ${qualified.map((t) => `exists (select 1 from ${t})`).join(' or ')} as any`);
  if (filled?.any) {
    await query(em, `set local role ${quoteIdent(role)}`);
    await load();
    return false;
  }
  const indexes = await query<KeptIndex>(em, `
    select t.relname as "table", ic.relname as name,
      case when c.oid is null then pg_get_indexdef(i.indexrelid) end as "indexSql",
      case when c.oid is not null then pg_get_constraintdef(c.oid) end as "constraintSql"
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_class t on t.oid = i.indrelid
    left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('p', 'u')
    where t.relnamespace = ${literal(schema)}::regnamespace and t.relname = any (array[${tables.map(literal).join(', ')}]::text[])
      and not i.indisclustered and not i.indisreplident
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)
      -- an exclusion constraint's index, or any other a constraint owns, is left as it is
      and (c.oid is not null or not exists (select 1 from pg_constraint o where o.conindid = i.indexrelid))
    order by t.relname, ic.relname`);
  for (const index of indexes) {
    await query(em, index.constraintSql !== null
      ? `alter table ${quoteIdent(schema)}.${quoteIdent(index.table)} drop constraint ${quoteIdent(index.name)}`
      : `drop index ${quoteIdent(schema)}.${quoteIdent(index.name)}`);
  }
  await query(em, `set local role ${quoteIdent(role)}`);
  await load();
  await query(em, 'set local role none');
  for (const index of indexes) {
    await query(em, index.constraintSql !== null
      ? `alter table ${quoteIdent(schema)}.${quoteIdent(index.table)} add constraint ${quoteIdent(index.name)} ${index.constraintSql}`
      : index.indexSql!);
  }
  await query(em, `set local role ${quoteIdent(role)}`);
  return true;
}
