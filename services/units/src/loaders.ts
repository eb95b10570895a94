import { byIdLoader, countLoader, groupLoader } from '@sfxd/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IndustryRepository } from './industry/industry.repository.js';
import { TeamRepository } from './team/team.repository.js';
import { UnitRepository } from './unit/unit.repository.js';

/** One query per batch for each of these, however many rows a request touches. */
export function createLoaders(em: EntityManager) {
  const industries = new IndustryRepository(em);
  const units = new UnitRepository(em);
  const teams = new TeamRepository(em);
  return {
    industry: byIdLoader((ids) => industries.byIds(ids)),
    unit: byIdLoader((ids) => units.byIds(ids)),
    team: byIdLoader((ids) => teams.byIds(ids)),
    teamsByUnit: groupLoader((unitIds) => teams.inUseByUnits(unitIds), (t) => t.unit.id),
    teamCountByUnit: countLoader((unitIds) => teams.countInUseByUnits(unitIds)),
    unitsByIndustry: groupLoader((industryIds) => units.inUseByIndustries(industryIds), (u) => u.industry.id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
