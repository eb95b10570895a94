import { Role, badInput, businessToday, type ServiceContext } from '@sfxd/kit';
import { HolidayRepository } from '../calendar/holiday.repository.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { isIsoDate } from '../dates.js';
import type { Honor } from '../honor/honor.entity.js';
import { allowedActions, declaredHonor, transition, type HonorAction, type Role as MachineRole } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';
import type { Loaders } from '../loaders.js';
import { QueueRepository } from './queue.repository.js';
import { plaqueNumberAfter, plaquePrefix } from './queue.rules.js';
import type { PublicityPreview } from './queue.types.js';

/** The most plaque numbers proposed at once: a naming batch as a page of the queue holds. */
export const MAX_PROPOSED_PLAQUES = 100;

/**
 * What the committee's work queue needs to offer the right buttons with the right proposals:
 * every answer comes from the state machine's own functions, so the screens never hold a second
 * copy of the rules.
 */
export class QueueService {
  constructor(private readonly ctx: ServiceContext & { loaders: Loaders }) {}

  /**
   * The actions the caller may take on this honor today: the state machine's `allowedActions` for
   * the caller's role, with the honor's objections counted (loaded for every honor of a request in
   * one statement). An industry's candidacy is the committee's alone.
   */
  async allowedActions(honor: Honor): Promise<HonorAction[]> {
    const caller = this.ctx.caller;
    if (!caller) return [];
    if (honor.unitId == null && caller.role !== Role.ADMIN) return [];
    const objections = await this.ctx.loaders.objectionsByHonor.load(honor.id);
    const open = objections.filter((o) => !o.resolved).length;
    const upheld = objections.filter((o) => o.upheld === true).length;
    return allowedActions(honor.state(open, upheld), caller.role as MachineRole, businessToday());
  }

  /** PUBLICIZE's answer for a window opening on `startsOn` (null: today), without writing anything. */
  async publicityPreview(campaign: Campaign, requestedStart: string | null): Promise<PublicityPreview> {
    // One reading of the day: the default start, the check and the answer's `today` agree across midnight.
    const today = businessToday();
    const startsOn = requestedStart ?? today;
    if (!isIsoDate(startsOn)) throw badInput('公示开始日期不是有效日期，应为 YYYY-MM-DD (not a valid date)', 'startsOn');
    const result = transition({ ...declaredHonor(), status: 'MASS_REVIEW' }, { action: 'PUBLICIZE', publicityStartsOn: startsOn }, {
      today,
      calendar: await new HolidayRepository(this.ctx.em).calendar(),
      publicityWorkingDays: campaign.publicityWorkingDays,
      campaignYear: campaign.year,
    });
    const workingDays = campaign.publicityWorkingDays;
    if (result.ok) return { startsOn, endsOn: result.state.publicityEndsOn, workingDays, problem: null, today };
    return { startsOn, endsOn: null, workingDays, problem: result.refusal.message, today };
  }

  /** The next `count` free plaque numbers of a tier in the campaign, in order. */
  async nextPlaqueNumbers(campaign: Campaign, tier: HonorTier, count: number): Promise<string[]> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_PROPOSED_PLAQUES) {
      throw badInput(`数量应为1–${MAX_PROPOSED_PLAQUES} (count must be 1–${MAX_PROPOSED_PLAQUES})`, 'count');
    }
    const prefix = plaquePrefix(campaign.year, tier);
    const highest = await new QueueRepository(this.ctx.em).highestPlaqueSerial(campaign.id, prefix);
    return Array.from({ length: count }, (_, i) => plaqueNumberAfter(prefix, highest, i));
  }

  batches(campaign: Campaign): Promise<string[]> {
    return new QueueRepository(this.ctx.em).batches(campaign.id);
  }
}
