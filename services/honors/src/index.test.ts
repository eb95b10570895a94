import { describe, expect, it } from 'vitest';
import * as honors from './index.js';

describe('the package entry', () => {
  it('exports the calendar, campaign, naming-procedure and quota rules and the demo data generator', () => {
    for (const name of [
      'isWorkingDay', 'addWorkingDays', 'countWorkingDays', 'workingCalendar', 'checkHolidaySchedule', 'OFFICIAL_HOLIDAY_SCHEDULES',
      'NoHolidayScheduleError', 'campaignDefaults', 'checkCampaign', 'transition', 'allowedActions', 'overdue', 'countsAsDeclared',
      'countsAsNamed', 'quotaTarget', 'attainment', 'unitQuota', 'cityQuota', 'checkIndustryNaming', 'tallyHonors', 'generateHonorsSeed',
    ]) {
      expect(honors, name).toHaveProperty(name);
    }
  });

  it('gives a 2016 publicity window its end from the shipped schedules', () => {
    const calendar = honors.workingCalendar(honors.OFFICIAL_HOLIDAY_SCHEDULES);
    const result = honors.transition(
      { ...honors.declaredHonor(), status: 'MASS_REVIEW' },
      { action: 'PUBLICIZE', publicityStartsOn: '2016-09-30' },
      { today: '2016-09-30', calendar, publicityWorkingDays: honors.campaignDefaults(2016).publicityWorkingDays, campaignYear: 2016 },
    );
    expect(result).toMatchObject({ ok: true, state: { publicityEndsOn: '2016-10-11' } });
  });
});
