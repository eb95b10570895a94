import { canReadUnit, isUuid, type ReferenceResolvers } from '@sfxd/kit';
import type { Context } from './context.js';

/**
 * How other subgraphs' references to our entities are resolved: through the request's
 * DataLoaders, so a whole `_entities` batch costs one SQL statement per type.
 */
export const referenceResolvers: ReferenceResolvers = {
  Industry: {
    __resolveReference: (ref: { id: string }, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.industry.load(ref.id) : null),
  },
  Unit: {
    __resolveReference: (ref: { id: string }, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.unit.load(ref.id) : null),
  },
  Team: {
    // Teams are internal records: a foreign unit's team resolves to null, never to data.
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      if (!ctx.caller || !isUuid(ref.id)) return null;
      const team = await ctx.loaders.team.load(ref.id);
      return team && canReadUnit(ctx.caller, team.unit.id) ? team : null;
    },
  },
};
