import type { SeedData } from '@sfxd/seed';
import type { Orm } from '@sfxd/kit';

/**
 * Loads the demo directory into an empty units schema. Bulk inserts, one statement per table
 * chunk; does nothing when any industry exists, so users' data is never overwritten.
 */
export async function loadUnitsSeed(orm: Orm, data: Pick<SeedData, 'industries' | 'units' | 'teams'>): Promise<boolean> {
  const em = orm.em.fork();
  const existing = await em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from "units"."industry"');
  if (existing[0]!.n > 0) return false;
  const now = new Date().toISOString();
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await insertChunks(conn, ctx, 'industry', ['id', 'code', 'name', 'created_at', 'updated_at'], data.industries.map((i) => [i.id, i.code, i.name, now, now]));
    await insertChunks(conn, ctx, 'unit', ['id', 'code', 'name', 'industry_id', 'excluded', 'created_at', 'updated_at'],
      data.units.map((u) => [u.id, u.code, u.name, u.industryId, u.excluded, now, now]));
    await insertChunks(conn, ctx, 'team', ['id', 'unit_id', 'name', 'created_at', 'updated_at'], data.teams.map((t) => [t.id, t.unitId, t.name, now, now]));
  });
  return true;
}

type Connection = ReturnType<Orm['em']['getConnection']>;

async function insertChunks(conn: Connection, ctx: unknown, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  // PostgreSQL allows 65,535 parameters per statement.
  const perChunk = Math.floor(60000 / columns.length);
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const row = `(${columns.map(() => '?').join(', ')})`;
    const values = chunk.map(() => row).join(', ');
    await conn.execute(`insert into "units"."${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values}`, chunk.flat(), 'run', ctx as never);
  }
}
