import { AdminOnly, DateScalar, SignedIn, UnitScoped } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity.js';
import type { Context } from '../context.js';
import { Honor, HonorActionEnum, HonorTierEnum } from '../honor/honor.entity.js';
import type { HonorAction } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';
import { QueueService } from './queue.service.js';
import { PublicityPreview } from './queue.types.js';

@Resolver(() => Honor)
export class HonorQueueResolver {
  @UnitScoped('EMPTY')
  // Eleven actions at most.
  @Directive('@listSize(assumedSize: 11)')
  @FieldResolver(() => [HonorActionEnum], {
    description: 'What the caller may do with this honor today, by its status, objections and the caller’s role (the state machine’s own answer): the buttons to offer. Empty for LEADER and INTEGRATOR',
  })
  allowedActions(@Root() honor: Honor, @Ctx() ctx: Context): Promise<HonorAction[]> {
    return new QueueService(ctx).allowedActions(honor);
  }
}

@Resolver(() => Campaign)
export class CampaignQueueResolver {
  @AdminOnly()
  @FieldResolver(() => PublicityPreview, { description: 'ADMIN: the publicity window PUBLICIZE would open on startsOn (its end in Chinese working days), or why it would be refused' })
  publicityPreview(
    @Root() campaign: Campaign,
    @Arg('startsOn', () => DateScalar, { nullable: true, description: 'The first day; left out: today (the committee’s business day)' }) startsOn: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<PublicityPreview> {
    return new QueueService(ctx).publicityPreview(campaign, startsOn ?? null);
  }

  @AdminOnly()
  @Directive('@listSize(assumedSize: 100, slicingArguments: ["count"], requireOneSlicingArgument: false)')
  @FieldResolver(() => [String], { description: 'ADMIN: the next free plaque numbers of a tier (BZ<year>-<tier>-0001…), in order, to propose when naming; count 1–100' })
  nextPlaqueNumbers(
    @Root() campaign: Campaign,
    @Arg('tier', () => HonorTierEnum) tier: HonorTier,
    @Arg('count', () => Int, { defaultValue: 1 }) count: number,
    @Ctx() ctx: Context,
  ): Promise<string[]> {
    return new QueueService(ctx).nextPlaqueNumbers(campaign, tier, count);
  }

  @SignedIn()
  // A campaign names in two or three batches (the plan: the first by 七一).
  @Directive('@listSize(assumedSize: 5)')
  @FieldResolver(() => [String], { description: '命名批次 used so far in the campaign, the earliest named first' })
  batches(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<string[]> {
    return new QueueService(ctx).batches(campaign);
  }
}
