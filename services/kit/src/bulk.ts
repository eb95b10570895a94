import type { EntityManager, Knex } from '@mikro-orm/postgresql';

export interface BulkInsertOptions {
  /** Rows per statement. Each statement carries one JSON parameter, so this only bounds memory. */
  chunkSize?: number;
}

/**
 * Inserts many rows fast: each chunk is one statement with one parameter, a JSON array that
 * PostgreSQL turns into rows of the table's own type (`json_populate_recordset`), so column types
 * come from the table and no statement gets near PostgreSQL's 65,535-parameter limit.
 * Runs in `em`'s transaction when it has one. Returns the number of rows inserted.
 */
export async function bulkInsert(
  em: EntityManager,
  schema: string,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: BulkInsertOptions = {},
): Promise<number> {
  const chunkSize = options.chunkSize ?? 10_000;
  const qualified = `${quoteIdent(schema)}.${quoteIdent(table)}`;
  const list = columns.map(quoteIdent).join(', ');
  const sql = `insert into ${qualified} (${list}) select ${list} from json_populate_recordset(null::${qualified}, cast(? as json))`;
  // MikroORM's execute() writes parameters into the SQL text, escaping them in JavaScript, which
  // costs about a second per megabyte; knex sends the JSON as a real bind parameter instead. The
  // statement is still reported to the ORM's logger, so QueryCounter counts it.
  const knex = em.getConnection().getKnex();
  const ctx = em.getTransactionContext<Knex.Transaction>();
  const logger = em.config.getLogger();
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const json = JSON.stringify(chunk.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null]))));
    const started = Date.now();
    const query = knex.raw(sql, [json]);
    if (ctx) query.transacting(ctx);
    try {
      await query;
    } catch (error) {
      throw em.getDriver().convertException(error as Error);
    } finally {
      logger.logQuery({ query: sql, took: Date.now() - started, level: 'info', params: [`<${chunk.length} rows>`] });
    }
  }
  return rows.length;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
