import { Rule, inUnitScope, isUuid, type ReferenceResolvers } from '@sfxd/kit';
import type { Context } from './context.js';

/**
 * How other subgraphs' references to our entities are resolved: through the request's
 * DataLoaders, so a whole `_entities` batch costs one SQL statement per type.
 */
export const referenceResolvers: ReferenceResolvers = {
  Industry: {
    access: Rule.PUBLIC,
    resolve: (ref, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.industry.load(ref.id) : null),
  },
  Unit: {
    access: Rule.PUBLIC,
    resolve: (ref, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.unit.load(ref.id) : null),
  },
  Team: {
    // Teams are internal records: a foreign unit's team resolves to null, never to data.
    access: Rule.UNIT_SCOPE_EMPTY,
    resolve: async (ref, ctx: Context) => {
      const team = isUuid(ref.id) ? await ctx.loaders.team.load(ref.id) : null;
      return team && inUnitScope(ctx.caller, team.unit.id, 'EMPTY') ? team : null;
    },
  },
};
