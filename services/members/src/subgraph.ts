import { AuditEvent, VersionedRecord, buildFederatedSchema, type SubgraphDescriptor } from '@sfxd/kit';
import { ActivityRecord } from './activity/activity.entity.js';
import { ActivityResolver } from './activity/activity.resolver.js';
import { SCHEMA } from './database-schema.js';
import { createLoaders, type Loaders } from './loaders.js';
import { Member } from './member/member.entity.js';
import { MemberResolver } from './member/member.resolver.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './references.js';
import { RosterResolver } from './roster/roster.resolver.js';
import { loadMembersSeed, type MembersSeed } from './seed.js';
import { TeamResolver } from './team/team.resolver.js';
import { UnitResolver, resolvePartyMemberCount } from './unit/unit.resolver.js';

/** The members subgraph: Party members, their activities and rosters; counts on units and teams. */
export const membersSubgraph: SubgraphDescriptor<Loaders, MembersSeed> = {
  name: SCHEMA,
  defaultPort: 4002,
  summary: '`Member`, `ActivityRecord`; adds `members`, `partyMemberCount`, `activityTotals` to `Unit` and `members`, `memberCount` to `Team`; XLSX rosters',
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [MemberResolver, ActivityResolver, UnitResolver, TeamResolver, RosterResolver], orphanedTypes: [ActivityRecord] },
      referenceResolvers,
      { Unit: { partyMemberCount: resolvePartyMemberCount } },
    ),
  entities: [VersionedRecord, Member, ActivityRecord, AuditEvent],
  migrations,
  createLoaders,
  // Whether a unit exists and which teams it has in use, for writes that place a member.
  asks: ['units'],
  seed: loadMembersSeed,
};
