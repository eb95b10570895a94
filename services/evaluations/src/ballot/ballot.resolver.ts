import { UnitWrite } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EvaluationRound } from '../round/round.entity.js';
import { Unit, stubOf } from '../subject/subject.stubs.js';
import { BallotService } from './ballot.service.js';
import { IssueBallotsInput, IssuedBallots } from './ballot.types.js';

@Resolver(() => IssuedBallots)
export class BallotResolver {
  @UnitWrite()
  @Mutation(() => IssuedBallots, {
    description: "发放投票码: one-time codes of a round for a unit's masses (count) or members (PEERS, one each), returned once with their QR codes and a printable sheet; only hashes are kept. ADMIN or the unit's UNIT_ADMIN",
  })
  issueBallots(@Arg('input', () => IssueBallotsInput) input: IssueBallotsInput, @Ctx() ctx: Context): Promise<IssuedBallots> {
    return new BallotService(ctx).issue(input);
  }

  @UnitWrite()
  @FieldResolver(() => EvaluationRound)
  async round(@Root() issued: IssuedBallots, @Ctx() ctx: Context): Promise<EvaluationRound> {
    return (await ctx.loaders.round.load(issued.roundId))!;
  }

  @UnitWrite()
  @FieldResolver(() => Unit)
  unit(@Root() issued: IssuedBallots): Unit {
    return stubOf(Unit, issued.unitId);
  }
}
