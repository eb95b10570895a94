import { ArchivableRecord, AuditEvent, VersionedRecord, buildFederatedSchema, type SubgraphDescriptor } from '@sfxd/kit';
import { SCHEMA } from './database-schema.js';
import { IndustryResolver } from './industry/industry.resolver.js';
import { Industry } from './industry/industry.entity.js';
import { createLoaders, type Loaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './references.js';
import { loadUnitsSeed, type UnitsSeed } from './seed.js';
import { Team } from './team/team.entity.js';
import { TeamResolver } from './team/team.resolver.js';
import { Unit } from './unit/unit.entity.js';
import { UnitResolver, resolveTeamCount, resolveUnitIndustry } from './unit/unit.resolver.js';

/** The units subgraph: the directory of industries, units and their teams. */
export const unitsSubgraph: SubgraphDescriptor<Loaders, UnitsSeed> = {
  name: SCHEMA,
  defaultPort: 4001,
  summary: '`Industry`, `Unit`, `Team`: the directory of systems, units and their teams',
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [IndustryResolver, UnitResolver, TeamResolver] }, referenceResolvers, {
      Unit: { industry: resolveUnitIndustry, teamCount: resolveTeamCount },
    }),
  entities: [VersionedRecord, ArchivableRecord, Industry, Unit, Team, AuditEvent],
  migrations,
  createLoaders,
  seed: loadUnitsSeed,
};
