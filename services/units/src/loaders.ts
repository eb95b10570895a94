import { byIdLoader, countLoader, groupLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { IndustryRepository } from './industry/industry.repository.js';
import { TeamRepository, teamColumns, type TeamRow } from './team/team.repository.js';
import { UnitRepository } from './unit/unit.repository.js';

/** One query per batch for each of these, however many rows a request touches. */
export function createLoaders(em: EntityManager) {
  const industries = new IndustryRepository(em);
  const units = new UnitRepository(em);
  const teams = new TeamRepository(em);
  const teamsByColumns = new Map<string, DataLoader<string, TeamRow[]>>();
  return {
    industry: byIdLoader((ids) => industries.byIds(ids)),
    unit: byIdLoader((ids) => units.byIds(ids)),
    team: byIdLoader((ids) => teams.byIds(ids)),
    /**
     * The teams of each unit, read with the columns of `fields` (the GraphQL fields of Team asked;
     * all without): one loader per set of columns, so that no answer gets rows read for another.
     */
    teamsByUnit(fields?: ReadonlySet<string>): DataLoader<string, TeamRow[]> {
      const columns = teamColumns(fields);
      let loader = teamsByColumns.get(columns);
      if (!loader) teamsByColumns.set(columns, (loader = groupLoader((unitIds) => teams.inUseByUnits(unitIds, columns), (t) => t.unit.id)));
      return loader;
    },
    teamCountByUnit: countLoader((unitIds) => teams.countInUseByUnits(unitIds)),
    unitsByIndustry: groupLoader((industryIds) => units.inUseByIndustries(industryIds), (u) => u.industry.id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
