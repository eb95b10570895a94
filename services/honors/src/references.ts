import { Rule, isUuid, type ReferenceResolvers } from '@sfxd/kit';
import type { Context } from './context.js';

/** How other subgraphs' references to this one's entities are resolved: through the request's loaders. */
export const referenceResolvers: ReferenceResolvers = {
  Campaign: {
    access: Rule.SIGNED_IN,
    resolve: (ref, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.campaign.load(ref.id) : null),
  },
};
