import { UnitScoped, UnitWrite, inUnitScope } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Member } from '../member/member.entity.js';
import { ActivityRecord } from './activity.entity.js';
import { RecordActivityInput } from './activity.input.js';
import { ActivityService } from './activity.service.js';

@Resolver(() => ActivityRecord)
export class ActivityResolver {
  @UnitScoped('EMPTY')
  @FieldResolver(() => Member, { nullable: true })
  async member(@Root() activity: ActivityRecord, @Ctx() ctx: Context): Promise<Member | null> {
    const member = await ctx.loaders.member.load(activity.member.id);
    return member && inUnitScope(ctx.caller, member.unitId, 'EMPTY') ? member : null;
  }

  @UnitWrite()
  @Mutation(() => ActivityRecord, { description: "Records a 示范活动 of a member. ADMIN, or the UNIT_ADMIN of the member's unit" })
  recordActivity(@Arg('input', () => RecordActivityInput) input: RecordActivityInput, @Ctx() ctx: Context): Promise<ActivityRecord> {
    return new ActivityService(ctx).record(input);
  }
}
