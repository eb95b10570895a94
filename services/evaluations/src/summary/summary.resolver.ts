import { SignedIn, UnitScoped, inUnitScope, isUuid } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EvaluationRound } from '../round/round.entity.js';
import { Honor, Industry, Member, Team, Unit } from '../subject/subject.stubs.js';
import type { SummaryKey } from './summary.repository.js';
import { EvaluationSummary } from './summary.types.js';

const DESCRIPTION = 'Its evaluations in a round; null when it has none there. Loaded for every parent of a request in two statements';

/**
 * A summary, batched across every parent of the request (one statement for the round, one for
 * every summary of it). `scoped`: a record of individuals, null for another unit's UNIT_ADMIN.
 */
async function summaryOf(ctx: Context, key: SummaryKey, id: string, roundId: string, scoped: boolean): Promise<EvaluationSummary | null> {
  if (!isUuid(id) || !isUuid(roundId)) return null;
  const stored = await ctx.loaders.summary.load({ args: { roundId, key }, id });
  if (!stored || (scoped && !inUnitScope(ctx.caller, stored.unitId ?? '', 'EMPTY'))) return null;
  return EvaluationSummary.of(roundId, stored);
}

@Resolver(() => EvaluationSummary)
export class EvaluationSummaryResolver {
  @SignedIn()
  @FieldResolver(() => EvaluationRound)
  async round(@Root() summary: EvaluationSummary, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return (await ctx.loaders.round.load(summary.roundId))!;
  }
}

@Resolver(() => Member)
export class MemberSummaryResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => EvaluationSummary, { nullable: true, description: `示范岗评议汇总. ${DESCRIPTION}; a UNIT_ADMIN sees its own unit's` })
  evaluationSummary(@Root() member: Member, @Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context): Promise<EvaluationSummary | null> {
    return summaryOf(ctx, 'subject_id', member.id, roundId, true);
  }
}

@Resolver(() => Team)
export class TeamSummaryResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => EvaluationSummary, { nullable: true, description: `示范团队评议汇总. ${DESCRIPTION}; a UNIT_ADMIN sees its own unit's` })
  evaluationSummary(@Root() team: Team, @Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context): Promise<EvaluationSummary | null> {
    return summaryOf(ctx, 'subject_id', team.id, roundId, true);
  }
}

@Resolver(() => Unit)
export class UnitSummaryResolver {
  @SignedIn()
  @FieldResolver(() => EvaluationSummary, { nullable: true, description: `示范单位评议汇总: a per-unit aggregate, every signed-in role's. ${DESCRIPTION}` })
  evaluationSummary(@Root() unit: Unit, @Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context): Promise<EvaluationSummary | null> {
    return summaryOf(ctx, 'subject_id', unit.id, roundId, false);
  }
}

@Resolver(() => Industry)
export class IndustrySummaryResolver {
  @SignedIn()
  @FieldResolver(() => EvaluationSummary, { nullable: true, description: `示范行业评议汇总, every signed-in role's. ${DESCRIPTION}` })
  evaluationSummary(@Root() industry: Industry, @Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context): Promise<EvaluationSummary | null> {
    return summaryOf(ctx, 'subject_id', industry.id, roundId, false);
  }
}

@Resolver(() => Honor)
export class HonorSummaryResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => EvaluationSummary, {
    nullable: true,
    description: `The candidacy's summary in a round (in a mass review of candidacies: its 群众评议), of the evaluations given for this candidacy. ${DESCRIPTION}; a UNIT_ADMIN sees its own unit's`,
  })
  evaluationSummary(@Root() honor: Honor, @Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context): Promise<EvaluationSummary | null> {
    return summaryOf(ctx, 'honor_id', honor.id, roundId, true);
  }
}
