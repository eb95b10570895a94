import { Rule, inUnitScope, isUuid, type ReferenceResolvers } from '@sfxd/kit';
import type { Context } from './context.js';
import { subjectOf } from './subject/subject.entity.js';

/**
 * How other subgraphs' references are resolved: this subgraph's entities through the request's
 * loaders (a foreign unit's candidacy is null for a UNIT_ADMIN); the subjects' stubs need only their id.
 */
export const referenceResolvers: ReferenceResolvers = {
  Campaign: {
    access: Rule.SIGNED_IN,
    resolve: (ref, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.campaign.load(ref.id) : null),
  },
  Honor: {
    access: Rule.UNIT_SCOPE_EMPTY,
    resolve: async (ref, ctx: Context) => {
      const honor = isUuid(ref.id) ? await ctx.loaders.honor.load(ref.id) : null;
      return honor && inUnitScope(ctx.caller, honor.unitId ?? '', 'EMPTY') ? honor : null;
    },
  },
  LedgerSubmission: {
    access: Rule.UNIT_SCOPE_EMPTY,
    resolve: async (ref, ctx: Context) => {
      const submission = isUuid(ref.id) ? await ctx.loaders.ledgerSubmission.load(ref.id) : null;
      return submission && inUnitScope(ctx.caller, submission.unitId, 'EMPTY') ? submission : null;
    },
  },
  Member: { access: Rule.PUBLIC, resolve: (ref) => subjectOf('MEMBER', ref.id) },
  Team: { access: Rule.PUBLIC, resolve: (ref) => subjectOf('TEAM', ref.id) },
  // The gateway sends the counts `quota` @requires along with the id.
  Unit: {
    access: Rule.PUBLIC,
    resolve: (ref: { id: string; partyMemberCount?: number; teamCount?: number; excluded?: boolean }) =>
      Object.assign(subjectOf('UNIT', ref.id), { partyMemberCount: ref.partyMemberCount, teamCount: ref.teamCount, excluded: ref.excluded }),
  },
  Industry: { access: Rule.PUBLIC, resolve: (ref) => subjectOf('INDUSTRY', ref.id) },
};
