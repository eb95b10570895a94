import { SignedIn } from '@sfxd/kit';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { AttainmentService } from './attainment.service.js';
import { QuotaAttainment } from './attainment.types.js';

@Resolver(() => QuotaAttainment)
export class AttainmentResolver {
  /**
   * City-wide figures without personal data, made of the per-unit quotas every signed-in role
   * reads (DESIGN.md §3): ADMIN, LEADER, INTEGRATOR and UNIT_ADMIN alike; a UNIT_ADMIN's own
   * unit's figures are `Unit.quota`.
   */
  @SignedIn()
  @Query(() => QuotaAttainment, {
    nullable: true,
    description: '指标完成情况: the campaign’s post, team, unit and industry quotas city-wide, over the participating units; null for an unknown campaign. Every signed-in role',
  })
  quotaAttainment(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context): Promise<QuotaAttainment | null> {
    return ctx.answers.get('quotaAttainment', [campaignId], ctx.caller, () => new AttainmentService(ctx).cityWide(campaignId));
  }
}
