import { canReadUnit, isUuid, type ReferenceResolvers } from '@sfxd/kit';
import type { Context } from './context.js';

/**
 * How other subgraphs' references are resolved. Members and activities go through the request's
 * DataLoaders (one SQL statement per `_entities` batch) and resolve to null for a caller who may
 * not read the member's unit. Unit and Team are stubs: their id is all this subgraph needs.
 */
export const referenceResolvers: ReferenceResolvers = {
  Member: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      if (!ctx.caller || !isUuid(ref.id)) return null;
      const member = await ctx.loaders.member.load(ref.id);
      return member && canReadUnit(ctx.caller, member.unitId) ? member : null;
    },
  },
  ActivityRecord: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      if (!ctx.caller || !isUuid(ref.id)) return null;
      const activity = await ctx.loaders.activity.load(ref.id);
      return activity && canReadUnit(ctx.caller, activity.unitId) ? activity : null;
    },
  },
  Unit: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Team: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
