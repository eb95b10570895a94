import { Rule, inUnitScope, isUuid, type ReferenceResolvers } from '@sfxd/kit';
import type { Context } from './context.js';
import { Team } from './team/team.entity.js';
import { Unit } from './unit/unit.entity.js';

/**
 * How other subgraphs' references are resolved. Members and activities go through the request's
 * DataLoaders (one SQL statement per `_entities` batch) and resolve to null for a caller who may
 * not read the member's unit. Unit and Team are stubs: their id is all this subgraph needs.
 */
export const referenceResolvers: ReferenceResolvers = {
  Member: {
    access: Rule.UNIT_SCOPE_EMPTY,
    resolve: async (ref, ctx: Context) => {
      const member = isUuid(ref.id) ? await ctx.loaders.member.load(ref.id) : null;
      return member && inUnitScope(ctx.caller, member.unitId, 'EMPTY') ? member : null;
    },
  },
  ActivityRecord: {
    access: Rule.UNIT_SCOPE_EMPTY,
    resolve: async (ref, ctx: Context) => {
      const activity = isUuid(ref.id) ? await ctx.loaders.activity.load(ref.id) : null;
      return activity && inUnitScope(ctx.caller, activity.unitId, 'EMPTY') ? activity : null;
    },
  },
  // Instances, not plain objects: type-graphql copies a plain root into a new instance for every
  // field resolver it reaches (twice per stub for partyMemberCount), 829 times for the overview.
  Unit: { access: Rule.PUBLIC, resolve: (ref) => Object.assign(new Unit(), { id: ref.id }) },
  Team: { access: Rule.PUBLIC, resolve: (ref) => Object.assign(new Team(), { id: ref.id }) },
};
