import { Rule, inUnitScope, isUuid, type ReferenceResolvers } from '@sfxd/kit';
import type { Context } from './context.js';
import { Campaign, Honor, Industry, Member, Team, Unit, stubOf } from './subject/subject.stubs.js';

/**
 * How other subgraphs' references are resolved: rounds through the request's loaders; the stubs of
 * others' entities need only their id (the fields this subgraph adds to them check the caller).
 */
export const referenceResolvers: ReferenceResolvers = {
  EvaluationRound: {
    access: Rule.SIGNED_IN,
    resolve: (ref, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.round.load(ref.id) : null),
  },
  Evaluation: {
    access: Rule.UNIT_SCOPE_EMPTY,
    resolve: async (ref, ctx: Context) => {
      const evaluation = isUuid(ref.id) ? await ctx.loaders.evaluation.load(ref.id) : null;
      return evaluation && inUnitScope(ctx.caller, evaluation.unitId ?? '', 'EMPTY') ? evaluation : null;
    },
  },
  Member: { access: Rule.PUBLIC, resolve: (ref) => stubOf(Member, ref.id) },
  Team: { access: Rule.PUBLIC, resolve: (ref) => stubOf(Team, ref.id) },
  Unit: { access: Rule.PUBLIC, resolve: (ref) => stubOf(Unit, ref.id) },
  Industry: { access: Rule.PUBLIC, resolve: (ref) => stubOf(Industry, ref.id) },
  Honor: { access: Rule.UNIT_SCOPE_EMPTY, resolve: (ref) => stubOf(Honor, ref.id) },
  Campaign: { access: Rule.SIGNED_IN, resolve: (ref) => stubOf(Campaign, ref.id) },
};
