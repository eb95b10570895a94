import { audit, badInput, canReadUnit, isIsoDate, loadReferenced, requireCaller, requireUnitWrite } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Member } from '../member/member.entity.js';
import { today } from '../validation.js';
import { ActivityRecord } from './activity.entity.js';
import { RecordActivityInput } from './activity.input.js';

@Resolver(() => ActivityRecord)
export class ActivityResolver {
  @FieldResolver(() => Member, { nullable: true })
  async member(@Root() activity: ActivityRecord, @Ctx() ctx: Context): Promise<Member | null> {
    const member = await ctx.loaders.member.load(activity.member.id);
    return member && canReadUnit(ctx.caller, member.unitId) ? member : null;
  }

  @Mutation(() => ActivityRecord, { description: "Records a 示范活动 of a member. ADMIN, or the UNIT_ADMIN of the member's unit" })
  async recordActivity(@Arg('input', () => RecordActivityInput) input: RecordActivityInput, @Ctx() ctx: Context): Promise<ActivityRecord> {
    requireCaller(ctx.caller);
    if (!isIsoDate(input.date)) throw badInput('date must be a valid YYYY-MM-DD date', 'date');
    if (input.date > today()) throw badInput('date must not be in the future', 'date');
    if (!Number.isInteger(input.hours * 2)) throw badInput('hours must be in half-hour steps', 'hours');
    return ctx.em.transactional(async (em) => {
      const member = await loadReferenced(em, Member, 'Member', input.memberId);
      const caller = requireUnitWrite(ctx.caller, member.unitId);
      if (input.date < member.joinedPartyOn) throw badInput('date is before the member joined the Party', 'date');
      const activity = em.create(ActivityRecord, {
        member,
        unitId: member.unitId,
        type: input.type,
        date: input.date,
        hours: input.hours,
        title: input.title.trim(),
        description: input.description.trim(),
        recordedBy: caller.sub,
      });
      audit(em, caller, {
        operation: 'recordActivity', entityType: 'ActivityRecord', entityId: activity.id, unitId: member.unitId,
        detail: { memberId: member.id, type: activity.type, date: activity.date, hours: activity.hours },
      });
      return activity;
    });
  }
}
