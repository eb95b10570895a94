import { Personal, Public, canReadPersonal } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EvaluationRound } from '../round/round.entity.js';
import { EvaluationSubject, Member, stubOf, subjectOf } from '../subject/subject.stubs.js';
import { CriterionScore, Evaluation } from './evaluation.entity.js';
import { SubmitEvaluationInput } from './evaluation.input.js';
import { EvaluationService } from './evaluation.service.js';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Public()
  @Mutation(() => Evaluation, {
    description: '评议: MASSES and PEERS with their ballot code (anonymous callers may submit with a valid code only), LEADERS signed in as LEADER or ADMIN. A used, unknown or other round’s code is FORBIDDEN, whatever the reason; after 20 refused codes in 15 minutes an address gets RATE_LIMITED (retryAfterSeconds)',
  })
  submitEvaluation(@Arg('input', () => SubmitEvaluationInput) input: SubmitEvaluationInput, @Ctx() ctx: Context): Promise<Evaluation> {
    return new EvaluationService(ctx).submit(input);
  }

  @Public()
  @FieldResolver(() => EvaluationRound)
  async round(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return (await ctx.loaders.round.load(evaluation.roundId))!;
  }

  @Public()
  @FieldResolver(() => EvaluationSubject, { description: 'The member, team, unit or industry evaluated (resolved by its owner)' })
  subject(@Root() evaluation: Evaluation): typeof EvaluationSubject {
    return subjectOf(evaluation.subjectKind, evaluation.subjectId);
  }

  @Public()
  @FieldResolver(() => [CriterionScore], { description: "The tier's criteria in order. Loaded for every evaluation of a request in one statement" })
  @Directive('@listSize(assumedSize: 4)')
  scores(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<CriterionScore[]> {
    return ctx.loaders.scoresOf.load(evaluation.id);
  }

  @Personal()
  @FieldResolver(() => Member, { nullable: true, description: 'PEERS: the member who evaluated. ADMIN and the unit’s UNIT_ADMIN only, else null' })
  evaluator(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Member | null {
    if (!evaluation.evaluatorMemberId || !canReadPersonal(ctx.caller, evaluation.unitId ?? '')) return null;
    return stubOf(Member, evaluation.evaluatorMemberId);
  }

  @Personal()
  @FieldResolver(() => String, { nullable: true, description: 'LEADERS: the account that evaluated. ADMIN and the unit’s UNIT_ADMIN only, else null' })
  leader(@Root() evaluation: Evaluation, @Ctx() ctx: Context): string | null {
    if (!evaluation.evaluatorSub || !canReadPersonal(ctx.caller, evaluation.unitId ?? '')) return null;
    return evaluation.evaluatorSub;
  }
}
