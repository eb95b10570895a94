import { AuditEvent, VersionedRecord, buildFederatedSchema } from '@sfxd/kit';
import type { GraphQLSchema } from 'graphql';
import { ActivityRecord } from './activity/activity.entity.js';
import { ActivityResolver } from './activity/activity.resolver.js';
import { Member } from './member/member.entity.js';
import { MemberResolver } from './member/member.resolver.js';
import { referenceResolvers } from './references.js';
import { RosterResolver } from './roster/roster.resolver.js';
import { TeamResolver } from './team/team.resolver.js';
import { UnitResolver } from './unit/unit.resolver.js';

export { SCHEMA } from './loaders.js';
export const entities = [VersionedRecord, Member, ActivityRecord, AuditEvent];

export function buildMembersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [MemberResolver, ActivityResolver, UnitResolver, TeamResolver, RosterResolver], orphanedTypes: [ActivityRecord] },
    referenceResolvers,
  );
}
