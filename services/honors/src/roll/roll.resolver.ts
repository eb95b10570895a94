import { Public } from '@sfxd/kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { RollService } from './roll.service.js';
import { HonorRoll } from './roll.types.js';

@Resolver(() => HonorRoll)
export class RollResolver {
  @Public()
  @Query(() => HonorRoll, {
    nullable: true,
    description: '光荣榜 for anyone, without a token: a year’s named posts, teams, units and industries by batch with their plaques’ verification codes, and the candidacies in publicity; names, units and dates only; one SQL statement. Null for a year without a campaign',
  })
  honorRoll(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<HonorRoll | null> {
    return new RollService(ctx).ofYear(year);
  }
}
