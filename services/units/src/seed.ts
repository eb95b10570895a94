import type { SeedData } from '@sfxd/seed';
import { bulkInsert, type Orm } from '@sfxd/kit';
import { SCHEMA } from './database-schema.js';

export type UnitsSeed = Pick<SeedData, 'industries' | 'units' | 'teams'>;

/**
 * Loads the demo directory into an empty units schema. Bulk inserts, one statement per table
 * chunk; does nothing when any industry exists, so users' data is never overwritten.
 */
export async function loadUnitsSeed(orm: Orm, data: UnitsSeed): Promise<boolean> {
  const em = orm.em.fork();
  const existing = await em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from "${SCHEMA}"."industry"`);
  if (existing[0]!.n > 0) return false;
  const now = new Date().toISOString();
  await em.transactional(async (tx) => {
    await bulkInsert(tx, SCHEMA, 'industry', ['id', 'code', 'name', 'created_at', 'updated_at'], data.industries.map((i) => [i.id, i.code, i.name, now, now]));
    await bulkInsert(tx, SCHEMA, 'unit', ['id', 'code', 'name', 'industry_id', 'excluded', 'created_at', 'updated_at'],
      data.units.map((u) => [u.id, u.code, u.name, u.industryId, u.excluded, now, now]));
    await bulkInsert(tx, SCHEMA, 'team', ['id', 'unit_id', 'name', 'created_at', 'updated_at'], data.teams.map((t) => [t.id, t.unitId, t.name, now, now]));
  });
  return true;
}
