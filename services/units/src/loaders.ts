import { byIdLoader, countLoader, groupLoader, isUuid } from '@sfxd/kit';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { Industry } from './industry/industry.entity.js';
import { Team } from './team/team.entity.js';
import { Unit } from './unit/unit.entity.js';

/** One query per batch for each of these, however many rows a request touches. */
export function createLoaders(em: EntityManager) {
  return {
    industry: byIdLoader((ids) => em.find(Industry, { id: { $in: ids.filter(isUuid) } })),
    unit: byIdLoader((ids) => em.find(Unit, { id: { $in: ids.filter(isUuid) } })),
    team: byIdLoader((ids) => em.find(Team, { id: { $in: ids.filter(isUuid) } })),
    teamsByUnit: groupLoader(
      (unitIds) => em.find(Team, { unit: { $in: [...unitIds] }, archivedAt: null }, { orderBy: { name: 'asc', id: 'asc' } }),
      (t) => t.unit.id,
    ),
    teamCountByUnit: countLoader(async (unitIds) => {
      const rows: { key: string; count: string }[] = await em
        .createQueryBuilder(Team)
        .select(['unit_id as key', raw('count(*)::int as count')])
        .where({ unit: { $in: [...unitIds] }, archivedAt: null })
        .groupBy('unit_id')
        .execute('all', false);
      return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
    }),
    unitsByIndustry: groupLoader(
      (industryIds) => em.find(Unit, { industry: { $in: [...industryIds] }, archivedAt: null }, { orderBy: { code: 'asc' } }),
      (u) => u.industry.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
