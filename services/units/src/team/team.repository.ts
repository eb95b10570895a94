import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { Team } from './team.entity.js';

/** The queries about teams. */
export class TeamRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly string[]): Promise<Team[]> {
    return this.em.find(Team, { id: { $in: ids.filter(isUuid) } });
  }

  /** The teams in use of each unit, in pinyin order. */
  inUseByUnits(unitIds: readonly string[]): Promise<Team[]> {
    return this.em.find(Team, { unit: { $in: [...unitIds] }, archivedAt: null }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  /** How many teams in use each unit has: one grouped statement for all of them. */
  async countInUseByUnits(unitIds: readonly string[]): Promise<{ key: string; count: number }[]> {
    const rows: { key: string; count: string }[] = await this.em
      .createQueryBuilder(Team)
      .select(['unit_id as key', raw('count(*)::int as count')])
      .where({ unit: { $in: [...unitIds] }, archivedAt: null })
      .groupBy('unit_id')
      .execute('all', false);
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  }

  /** Another team in use of the unit with this name. */
  nameClash(unitId: string, name: string, selfId?: string): Promise<Team | null> {
    return this.em.findOne(Team, { unit: unitId, name, archivedAt: null, ...(selfId ? { id: { $ne: selfId } } : {}) });
  }
}
