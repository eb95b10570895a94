import { UnitWrite, isUuid } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EvaluationRound } from '../round/round.entity.js';
import { EvaluationSubject, Member, Unit, stubOf, subjectOf } from '../subject/subject.stubs.js';
import { ProgressService } from './progress.service.js';
import { EvaluationProgress, PeerProgress } from './progress.types.js';

@Resolver(() => EvaluationProgress)
export class ProgressResolver {
  @UnitWrite()
  @Query(() => EvaluationProgress, { description: "评议进度 of a round in a unit, for reminders. ADMIN or the unit's UNIT_ADMIN" })
  evaluationProgress(@Arg('roundId', () => ID) roundId: string, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<EvaluationProgress> {
    return new ProgressService(ctx).progress(isUuid(roundId) ? roundId : '', unitId);
  }

  @UnitWrite()
  @FieldResolver(() => EvaluationRound)
  async round(@Root() progress: EvaluationProgress, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return (await ctx.loaders.round.load(progress.roundId))!;
  }

  @UnitWrite()
  @FieldResolver(() => Unit)
  unit(@Root() progress: EvaluationProgress): Unit {
    return stubOf(Unit, progress.unitId);
  }

  @UnitWrite()
  @FieldResolver(() => [EvaluationSubject], { description: 'Subjects no leader has evaluated yet (empty when the round takes no leaders)' })
  @Directive('@listSize(assumedSize: 60)')
  subjectsWithoutLeaders(@Root() progress: EvaluationProgress): (typeof EvaluationSubject)[] {
    return progress.withoutLeaders.map((s) => subjectOf(s.kind, s.id));
  }
}

@Resolver(() => PeerProgress)
export class PeerProgressResolver {
  @UnitWrite()
  @FieldResolver(() => Member, { description: 'The member holding the code' })
  evaluator(@Root() peer: PeerProgress): Member {
    return stubOf(Member, peer.evaluatorId);
  }

  @UnitWrite()
  @FieldResolver(() => [Member], { description: 'Colleagues of the unit they have not evaluated yet' })
  @Directive('@listSize(assumedSize: 60)')
  notYetEvaluated(@Root() peer: PeerProgress): Member[] {
    return peer.pendingIds.map((id) => stubOf(Member, id));
  }
}
