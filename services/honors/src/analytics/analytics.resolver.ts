import { DateScalar, SignedIn, UnitScoped } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Honor } from '../honor/honor.entity.js';
import { AnalyticsService } from './analytics.service.js';
import { HonorCount, ManagementActionCount, Rectification } from './analytics.types.js';

const UNIT_ID = { nullable: true, description: 'One unit’s rows only' } as const;

@Resolver(() => Rectification)
export class AnalyticsResolver {
  /** Counts without personal data, the basis of the units' comparison (DESIGN.md §3): every signed-in role, every unit. */
  @SignedIn()
  @Query(() => [HonorCount], {
    description: '申报与命名统计: a campaign’s candidacies counted per unit, tier and status (industries with no unit); one SQL statement. Every signed-in role, every unit',
  })
  // A city of ~100 units (the 2016 demo: 350 count rows): the city-wide query with unit names stays under the cost limit.
  @Directive('@listSize(assumedSize: 400)')
  honorCounts(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID, UNIT_ID) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<HonorCount[]> {
    return ctx.answers.get('honorCounts', [campaignId, unitId ?? null], ctx.caller, () => new AnalyticsService(ctx).honorCounts(campaignId, unitId ?? null));
  }

  @SignedIn()
  @Query(() => [ManagementActionCount], {
    description: '动态管理统计: commendations, rectifications ordered, passed and failed, and revocations of a campaign’s honors, counted per action, unit and month; one SQL statement. Every signed-in role, every unit',
  })
  // The 2016 demo at city scale: 33 action rows.
  @Directive('@listSize(assumedSize: 200)')
  managementActions(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID, UNIT_ID) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ManagementActionCount[]> {
    return ctx.answers.get('managementActions', [campaignId, unitId ?? null], ctx.caller, () => new AnalyticsService(ctx).managementActions(campaignId, unitId ?? null));
  }

  /** Records of single honors (whose, why): a UNIT_ADMIN's own unit's only, like the candidacies. */
  @UnitScoped('REFUSE')
  @Query(() => [Rectification], {
    description: '限期整改: a campaign’s orders to rectify, by deadline, with reason, outcome and whether overdue, as they stood on asOf; one SQL statement. ADMIN, LEADER, INTEGRATOR city-wide; a UNIT_ADMIN its own unit’s (another unitId: FORBIDDEN)',
  })
  // The 2016 demo at city scale: 4 rectifications.
  @Directive('@listSize(assumedSize: 50)')
  rectifications(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'One unit’s only; a UNIT_ADMIN gets its own unit’s, and FORBIDDEN for another' }) unitId: string | null | undefined,
    @Arg('overdueOnly', () => Boolean, { defaultValue: false, description: 'Only the open ones past their deadline' }) overdueOnly: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to take them as of (default: today, Beijing): later orders and results are left out, overdue is judged on it' })
    asOf: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Rectification[]> {
    return new AnalyticsService(ctx).rectifications(campaignId, unitId ?? null, overdueOnly, asOf ?? null);
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => Honor, { nullable: true, description: 'The honor ordered to rectify; the honors of one request are loaded in one statement' })
  honor(@Root() rectification: Rectification, @Ctx() ctx: Context): Promise<Honor | null> {
    return ctx.loaders.honor.load(rectification.honorId);
  }
}
