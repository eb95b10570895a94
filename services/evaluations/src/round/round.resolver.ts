import { AdminOnly, SignedIn, isUuid } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Campaign, stubOf } from '../subject/subject.stubs.js';
import { EvaluationRound } from './round.entity.js';
import { CloseEvaluationRoundInput, CreateEvaluationRoundInput, UpdateEvaluationRoundInput } from './round.input.js';
import { RoundService } from './round.service.js';

@Resolver(() => EvaluationRound)
export class RoundResolver {
  @SignedIn()
  @Query(() => [EvaluationRound], { description: "评议轮次: a campaign's evaluation rounds in the order they open" })
  @Directive('@listSize(assumedSize: 6)')
  evaluationRounds(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context): Promise<EvaluationRound[]> {
    return isUuid(campaignId) ? new RoundService(ctx).list(campaignId) : Promise.resolve([]);
  }

  @SignedIn()
  @Query(() => EvaluationRound, { nullable: true })
  evaluationRound(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EvaluationRound | null> {
    return isUuid(id) ? ctx.loaders.round.load(id) : Promise.resolve(null);
  }

  @SignedIn()
  @FieldResolver(() => Campaign, { description: 'The campaign it belongs to (from the honors subgraph)' })
  campaign(@Root() round: EvaluationRound): Campaign {
    return stubOf(Campaign, round.campaignId);
  }

  @AdminOnly()
  @Mutation(() => EvaluationRound, { description: 'ADMIN. A new round of a campaign, its weights copied from the campaign' })
  createEvaluationRound(@Arg('input', () => CreateEvaluationRoundInput) input: CreateEvaluationRoundInput, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return new RoundService(ctx).create(input);
  }

  @AdminOnly()
  @Mutation(() => EvaluationRound, {
    description: 'ADMIN; optimistic locking by expectedVersion. Weights and tiers change only until the first evaluation (CONFLICT after); a closed round is ILLEGAL_TRANSITION',
  })
  updateEvaluationRound(@Arg('input', () => UpdateEvaluationRoundInput) input: UpdateEvaluationRoundInput, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return new RoundService(ctx).update(input);
  }

  @AdminOnly()
  @Mutation(() => EvaluationRound, { description: 'ADMIN. Ends a round before its closesOn; no evaluation is taken after. A closed round is ILLEGAL_TRANSITION' })
  closeEvaluationRound(@Arg('input', () => CloseEvaluationRoundInput) input: CloseEvaluationRoundInput, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return new RoundService(ctx).close(input);
  }
}
