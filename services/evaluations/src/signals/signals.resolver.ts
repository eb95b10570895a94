import { UnitWrite, isUuid } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EvaluationRound } from '../round/round.entity.js';
import { EvaluationSubject, Honor, Unit, stubOf, subjectOf } from '../subject/subject.stubs.js';
import { SignalsService } from './signals.service.js';
import { EvaluationSignals, HonorSignal } from './signals.types.js';

@Resolver(() => EvaluationSignals)
export class SignalsResolver {
  @UnitWrite()
  @Query(() => EvaluationSignals, {
    description: "动态管理提示 of a campaign: named honors whose latest summary is 一般 or 差 (整改候选) and named posts graded 优秀 (倾斜推荐). ADMIN (city-wide, or one unit) and the unit's UNIT_ADMIN (its own unit)",
  })
  evaluationSignals(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<EvaluationSignals> {
    if (!isUuid(campaignId)) return Promise.resolve(Object.assign(new EvaluationSignals(), { rectificationCandidates: [], preferenceRecommendations: [] }));
    return new SignalsService(ctx).signals(campaignId, unitId ?? null);
  }
}

@Resolver(() => HonorSignal)
export class HonorSignalResolver {
  @UnitWrite()
  @FieldResolver(() => Honor, { description: 'The named honor (from the honors subgraph)' })
  honor(@Root() signal: HonorSignal): Honor {
    return stubOf(Honor, signal.honorId);
  }

  @UnitWrite()
  @FieldResolver(() => EvaluationSubject)
  subject(@Root() signal: HonorSignal): typeof EvaluationSubject {
    return subjectOf(signal.subjectKind, signal.subjectId);
  }

  @UnitWrite()
  @FieldResolver(() => Unit, { nullable: true, description: "The subject's unit; null for an industry" })
  unit(@Root() signal: HonorSignal): Unit | null {
    return signal.unitId ? stubOf(Unit, signal.unitId) : null;
  }

  @UnitWrite()
  @FieldResolver(() => EvaluationRound, { description: 'The round of the latest summary' })
  async round(@Root() signal: HonorSignal, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return (await ctx.loaders.round.load(signal.roundId))!;
  }
}
