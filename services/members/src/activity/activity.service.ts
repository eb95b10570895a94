import { audit, badInput, loadReferenced, refuse, requireCaller, requireUnitWrite, type ServiceContext } from '@sfxd/kit';
import { Member } from '../member/member.entity.js';
import { ActivityRecord } from './activity.entity.js';
import { checkActivityFacts } from '../validation.js';
import type { RecordActivityInput } from './activity.input.js';

/** A member's activities are recorded by ADMIN and the member's own UNIT_ADMIN, and audited. */
export class ActivityService {
  constructor(private readonly ctx: ServiceContext) {}

  record(input: RecordActivityInput): Promise<ActivityRecord> {
    const signedIn = requireCaller(this.ctx.caller);
    refuse(checkActivityFacts(input));
    return this.ctx.em.transactional(async (em) => {
      const member = await loadReferenced(em, Member, 'Member', input.memberId);
      const caller = requireUnitWrite(signedIn, member.unitId);
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
