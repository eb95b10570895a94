import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { SCHEMA } from '../database-schema.js';
import { ActivityRecord, type ActivityType } from './activity.entity.js';

export interface ActivityTotalRow {
  type: ActivityType;
  month: number;
  count: number;
  hours: number;
  members: number;
}

/** The queries about activities: one statement for many members or units at once. */
export class ActivityRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<ActivityRecord[]> {
    return this.em.find(ActivityRecord, { id: { $in: ids.filter(isUuid) } });
  }

  /** Each member's activities by date, in one calendar year or all. */
  async byMembers(memberIds: readonly string[], year: number | null): Promise<Map<string, ActivityRecord[]>> {
    const rows = await this.em.find(
      ActivityRecord,
      { member: { $in: [...memberIds] }, ...(year ? { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } : {}) },
      { orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } },
    );
    return groupBy(rows, (row) => row.member.id);
  }

  /** Activity counts and hours per unit, type and month of one year. */
  async totals(year: number, unitIds: readonly string[]): Promise<Map<string, ActivityTotalRow[]>> {
    const knex = this.em.getKnex();
    const query = knex
      .from({ a: `${SCHEMA}.activity_record` })
      .select({ unitId: 'a.unit_id', type: 'a.type' })
      .select(knex.raw('extract(month from a.date)::int as month, count(*)::int as count, sum(a.hours)::float8 as hours, count(distinct a.member_id)::int as members'))
      .whereIn('a.unit_id', unitIds as string[])
      .where('a.date', '>=', `${year}-01-01`)
      .where('a.date', '<=', `${year}-12-31`)
      .groupBy('a.unit_id', 'a.type', knex.raw('3'))
      .orderBy([{ column: 'a.unit_id' }, { column: 'month' }, { column: 'a.type' }]);
    const rows: (ActivityTotalRow & { unitId: string })[] = await this.em.getConnection().execute(query as never);
    return groupBy(rows, (row) => row.unitId, ({ unitId: _unitId, ...total }) => total);
  }
}

function groupBy<T, K, V = T>(rows: T[], key: (row: T) => K, value: (row: T) => V = (row) => row as unknown as V): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(value(row));
    else out.set(k, [value(row)]);
  }
  return out;
}
