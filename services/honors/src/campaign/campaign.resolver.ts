import { AdminOnly, SignedIn, checkYear, isUuid, refuse } from '@sfxd/kit';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Campaign } from './campaign.entity.js';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign.input.js';
import { CampaignService } from './campaign.service.js';

@Resolver(() => Campaign)
export class CampaignResolver {
  @SignedIn()
  @Query(() => [Campaign], { description: '年度示范行动, newest first' })
  // One campaign a year.
  @Directive('@listSize(assumedSize: 10)')
  campaigns(@Ctx() ctx: Context): Promise<Campaign[]> {
    return new CampaignService(ctx).list();
  }

  @SignedIn()
  @Query(() => Campaign, { nullable: true })
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign | null> {
    return isUuid(id) ? ctx.loaders.campaign.load(id) : null;
  }

  @SignedIn()
  @Query(() => Campaign, { nullable: true, description: 'The campaign of a year, if there is one' })
  campaignByYear(@Arg('year', () => Int) year: number, @Ctx() ctx: Context): Promise<Campaign | null> {
    refuse(checkYear(year));
    return new CampaignService(ctx).byYear(year);
  }

  @AdminOnly()
  @Mutation(() => Campaign, { description: 'ADMIN. One campaign per year (CONFLICT otherwise); settings left out take the plan’s values' })
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: Context): Promise<Campaign> {
    return new CampaignService(ctx).create(input);
  }

  @AdminOnly()
  @Mutation(() => Campaign, { description: 'ADMIN; optimistic locking by expectedVersion' })
  updateCampaign(@Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput, @Ctx() ctx: Context): Promise<Campaign> {
    return new CampaignService(ctx).update(input);
  }
}
