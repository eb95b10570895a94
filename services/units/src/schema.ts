import { ArchivableRecord, AuditEvent, VersionedRecord, buildFederatedSchema } from '@sfxd/kit';
import type { GraphQLSchema } from 'graphql';
import { Industry } from './industry/industry.entity.js';
import { IndustryResolver } from './industry/industry.resolver.js';
import { referenceResolvers } from './references.js';
import { Team } from './team/team.entity.js';
import { TeamResolver } from './team/team.resolver.js';
import { Unit } from './unit/unit.entity.js';
import { UnitResolver } from './unit/unit.resolver.js';

export const SCHEMA = 'units';
export const entities = [VersionedRecord, ArchivableRecord, Industry, Unit, Team, AuditEvent];

export function buildUnitsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [IndustryResolver, UnitResolver, TeamResolver] }, referenceResolvers);
}
