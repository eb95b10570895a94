import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, weekday } from '../dates.js';
import { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar.data.js';
import { checkHolidaySchedule } from './calendar.check.js';
import {
  InvalidHolidayScheduleError, NoHolidayScheduleError, addWorkingDays, countWorkingDays, isWorkingDay, workingCalendar,
  type HolidaySchedule,
} from './calendar.rules.js';

const official = workingCalendar(OFFICIAL_HOLIDAY_SCHEDULES);

function workingDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d, official)) days.push(d);
  return days;
}

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

describe('working days by the State Council schedule', () => {
  it('ships the schedules of 2015, 2016, 2017, 2024, 2025 and 2026', () => {
    expect(official.years).toEqual([2015, 2016, 2017, 2024, 2025, 2026]);
  });

  it('counts Saturday 6 February 2016 as a working day (调休 before the Spring Festival)', () => {
    expect(weekday('2016-02-06')).toBe(6);
    expect(isWorkingDay('2016-02-06', official)).toBe(true);
  });

  it('counts the weekdays of the 2016 Spring Festival as days off', () => {
    expect(workingDaysBetween('2016-02-06', '2016-02-15')).toEqual(['2016-02-06', '2016-02-14', '2016-02-15']);
  });

  it('counts an ordinary weekend as days off and an ordinary weekday as a working day', () => {
    expect(isWorkingDay('2016-03-05', official)).toBe(false);
    expect(isWorkingDay('2016-03-06', official)).toBe(false);
    expect(isWorkingDay('2016-03-07', official)).toBe(true);
  });

  it('counts the one-off 3–4 September 2015 victory-day holiday off and Sunday 6 September worked', () => {
    expect(workingDaysBetween('2015-09-02', '2015-09-07')).toEqual(['2015-09-02', '2015-09-06', '2015-09-07']);
  });

  it('ends a 5-working-day window started on Friday 30 September 2016 on Tuesday 11 October, across 国庆 with 8 and 9 October worked', () => {
    expect(weekday('2016-09-30')).toBe(5);
    expect(addWorkingDays('2016-09-30', 5, official)).toBe('2016-10-11');
    expect(workingDaysBetween('2016-09-30', '2016-10-11')).toEqual(['2016-09-30', '2016-10-08', '2016-10-09', '2016-10-10', '2016-10-11']);
  });

  it('ends a window started on Thursday 24 September 2026, the day before 中秋 and a week before 国庆, on the right working day', () => {
    // 25–27 Sep 中秋; 28–30 Sep worked; 1–7 Oct 国庆; 10 Oct (Saturday) worked.
    expect(addWorkingDays('2026-09-24', 5, official)).toBe('2026-10-08');
    expect(workingDaysBetween('2026-09-24', '2026-10-10')).toEqual(['2026-09-24', '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
  });

  it('counts the start day of a window when it is a working day: one working day from a working day ends that day', () => {
    expect(addWorkingDays('2016-09-30', 1, official)).toBe('2016-09-30');
    expect(addWorkingDays('2016-06-06', 5, official)).toBe('2016-06-13'); // Mon; 9–11 Jun 端午, Sunday 12 worked
  });

  it('starts counting on the next working day when the window starts on a holiday', () => {
    expect(addWorkingDays('2016-10-01', 1, official)).toBe('2016-10-08');
    expect(addWorkingDays('2016-10-01', 5, official)).toBe('2016-10-12');
  });

  it('agrees with countWorkingDays for every start day of 2016 and every window of 1 to 30 working days', () => {
    const disagreements: string[] = [];
    for (let start = '2016-01-01'; start <= '2016-12-31'; start = addDays(start, 1)) {
      for (let n = 1; n <= 30; n++) {
        const end = addWorkingDays(start, n, official);
        if (countWorkingDays(start, end, official) !== n || !isWorkingDay(end, official)) disagreements.push(`${start} + ${n} → ${end}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('counts 251 working days in 2024 and 248 in 2025, the year two holidays were added', () => {
    expect(countWorkingDays('2024-01-01', '2024-12-31', official)).toBe(251);
    expect(countWorkingDays('2025-01-01', '2025-12-31', official)).toBe(248);
  });

  it('counts no working days when the end comes before the start', () => {
    expect(countWorkingDays('2016-10-11', '2016-09-30', official)).toBe(0);
  });

  it('refuses windows of zero, negative or fractional working days', () => {
    for (const n of [0, -1, 2.5, Number.NaN]) expect(() => addWorkingDays('2016-09-30', n, official)).toThrow(RangeError);
  });

  it('refuses a date of a year without a schedule with an error naming the year, never counting weekdays only', () => {
    const error = refusal(() => isWorkingDay('2018-03-01', official));
    expect(error).toBeInstanceOf(NoHolidayScheduleError);
    expect(error).toMatchObject({ year: 2018, code: 'NO_HOLIDAY_SCHEDULE', name: 'NoHolidayScheduleError' });
    expect((error as Error).message).toContain('2018');
  });

  it('refuses a window that runs into a year without a schedule', () => {
    // Wed 27 Dec 2017: three working days are left in 2017, the other two would be in 2018.
    expect(addWorkingDays('2017-12-27', 3, official)).toBe('2017-12-29');
    expect(refusal(() => addWorkingDays('2017-12-27', 5, official))).toMatchObject({ year: 2018 });
    expect(refusal(() => countWorkingDays('2017-12-01', '2018-01-10', official))).toMatchObject({ year: 2018 });
  });

  it('counts a year once ADMIN adds its schedule', () => {
    const schedule: HolidaySchedule = {
      year: 2030,
      holidays: [{ name: '国庆节', from: '2030-10-01', to: '2030-10-07' }],
      makeUpWorkdays: ['2030-09-29', '2030-10-12'],
    };
    const calendar = workingCalendar([...OFFICIAL_HOLIDAY_SCHEDULES, schedule]);
    expect(isWorkingDay('2030-09-29', calendar)).toBe(true);
    expect(isWorkingDay('2030-10-02', calendar)).toBe(false);
    expect(() => isWorkingDay('2030-10-02', official)).toThrow(NoHolidayScheduleError);
  });

  it('refuses malformed dates', () => {
    for (const bad of ['2016-02-30', '2016-9-30', '']) expect(() => isWorkingDay(bad, official)).toThrow(RangeError);
  });
});

describe('the shipped schedules', () => {
  it('pass the same checks as a schedule typed in by ADMIN', () => {
    for (const schedule of OFFICIAL_HOLIDAY_SCHEDULES) expect(checkHolidaySchedule(schedule), String(schedule.year)).toEqual([]);
  });

  it('give each break the number of days its notice announces (“共N天”)', () => {
    const announced: Array<[number, string, number]> = [
      [2015, '元旦', 3], [2015, '春节', 7], [2015, '抗战胜利70周年纪念日', 3], [2015, '国庆节', 7],
      [2016, '春节', 7], [2016, '端午节', 3], [2016, '中秋节', 3], [2016, '国庆节', 7],
      [2017, '春节', 7], [2017, '清明节', 3], [2017, '端午节', 3], [2017, '中秋节、国庆节', 8],
      [2024, '春节', 8], [2024, '清明节', 3], [2024, '劳动节', 5], [2024, '中秋节', 3], [2024, '国庆节', 7],
      [2025, '春节', 8], [2025, '清明节', 3], [2025, '劳动节', 5], [2025, '端午节', 3], [2025, '国庆节、中秋节', 8],
      [2026, '元旦', 3], [2026, '春节', 9], [2026, '清明节', 3], [2026, '劳动节', 5], [2026, '端午节', 3], [2026, '中秋节', 3], [2026, '国庆节', 7],
    ];
    for (const [year, name, days] of announced) {
      const h = OFFICIAL_HOLIDAY_SCHEDULES.find((s) => s.year === year)!.holidays.find((x) => x.name === name);
      expect(h, `${year} ${name}`).toBeDefined();
      expect(dayNumber(h!.to) - dayNumber(h!.from) + 1, `${year} ${name}`).toBe(days);
    }
  });

  it('cannot be changed in place by a caller', () => {
    const s2016 = OFFICIAL_HOLIDAY_SCHEDULES.find((s) => s.year === 2016)!;
    expect(() => (s2016.makeUpWorkdays as string[]).push('2016-12-31')).toThrow(TypeError);
    expect(() => Object.assign(s2016.holidays[0], { to: '2016-01-10' })).toThrow(TypeError);
  });
});

describe('checking a schedule typed in by ADMIN', () => {
  const valid: HolidaySchedule = {
    year: 2030,
    holidays: [
      { name: '劳动节', from: '2030-05-01', to: '2030-05-05' },
      { name: '国庆节', from: '2030-10-01', to: '2030-10-07' },
    ],
    makeUpWorkdays: ['2030-09-29', '2030-10-12'],
  };
  const fields = (s: unknown) => checkHolidaySchedule(s as HolidaySchedule).map((p) => p.field);

  it('finds nothing wrong with a sound schedule, including one without make-up days', () => {
    expect(checkHolidaySchedule(valid)).toEqual([]);
    expect(checkHolidaySchedule({ ...valid, makeUpWorkdays: [] })).toEqual([]);
  });

  it('refuses a year that is not a whole number from 2000 to 2100', () => {
    for (const year of [1999, 2101, 2030.5, Number.NaN]) expect(fields({ ...valid, year })).toContain('year');
  });

  it('refuses a schedule without any holiday, which would be weekdays only', () => {
    expect(fields({ ...valid, holidays: [] })).toEqual(['holidays']);
  });

  it('names the holiday and the date that is not a real date, outside the year, or reversed', () => {
    expect(fields({ ...valid, holidays: [valid.holidays[0], { name: '国庆节', from: '2030-10-01', to: '2030-10-32' }] })).toEqual(['holidays[1].to']);
    expect(fields({ ...valid, holidays: [{ name: '元旦', from: '2029-12-31', to: '2030-01-01' }] })).toEqual(['holidays[0].from']);
    expect(fields({ ...valid, holidays: [valid.holidays[0], { name: '国庆节', from: '2030-10-07', to: '2030-10-01' }] })).toEqual(['holidays[1].to']);
  });

  it('refuses a blank or over-long holiday name and a break longer than a month', () => {
    expect(fields({ ...valid, holidays: [{ name: '  ', from: '2030-05-01', to: '2030-05-05' }] })).toEqual(['holidays[0].name']);
    expect(fields({ ...valid, holidays: [{ name: '长'.repeat(21), from: '2030-05-01', to: '2030-05-05' }] })).toEqual(['holidays[0].name']);
    expect(fields({ ...valid, makeUpWorkdays: [], holidays: [{ name: '国庆节', from: '2030-10-01', to: '2030-11-07' }] })).toEqual(['holidays[0].to']);
  });

  it('refuses overlapping holidays, naming the later one', () => {
    const overlapping = { ...valid, holidays: [...valid.holidays, { name: '重复', from: '2030-05-05', to: '2030-05-06' }] };
    const problems = checkHolidaySchedule(overlapping);
    expect(problems.map((p) => p.field)).toEqual(['holidays[2].from']);
    expect(problems[0].message).toMatch(/^与第1个节假日重叠 \(overlaps holiday 1\)$/);
  });

  it('refuses a make-up working day that falls on a holiday', () => {
    const problems = checkHolidaySchedule({ ...valid, makeUpWorkdays: ['2030-09-29', '2030-10-05'] });
    expect(problems).toEqual([{ field: 'makeUpWorkdays[1]', message: expect.stringContaining('falls within holiday 2') }]);
  });

  it('refuses a make-up working day that is a weekday, outside the year, repeated or not a date', () => {
    expect(fields({ ...valid, makeUpWorkdays: ['2030-09-30'] })).toEqual(['makeUpWorkdays[0]']);
    expect(fields({ ...valid, makeUpWorkdays: ['2031-01-04'] })).toEqual(['makeUpWorkdays[0]']);
    expect(fields({ ...valid, makeUpWorkdays: ['2030-09-29', '2030-09-29'] })).toEqual(['makeUpWorkdays[1]']);
    expect(fields({ ...valid, makeUpWorkdays: ['29/09/2030'] })).toEqual(['makeUpWorkdays[0]']);
    expect(fields({ ...valid, makeUpWorkdays: undefined })).toEqual(['makeUpWorkdays']);
  });

  it('reports every problem at once, with Chinese first and English in brackets', () => {
    const problems = checkHolidaySchedule({ year: 2030, holidays: [{ name: '', from: 'x', to: '2030-01-02' }], makeUpWorkdays: ['2030-01-01'] } as HolidaySchedule);
    expect(problems.map((p) => p.field)).toEqual(['holidays[0].name', 'holidays[0].from', 'makeUpWorkdays[0]']);
    for (const p of problems) expect(p.message).toMatch(/^[^A-Za-z(]+.*\([^)]+\)$/);
  });

  it('does not crash on input of the wrong shape', () => {
    expect(fields(null)).toEqual(['year', 'holidays', 'makeUpWorkdays']);
    expect(fields({ year: 2030, holidays: [null], makeUpWorkdays: [42] })).toEqual(['holidays[0].name', 'holidays[0].from', 'holidays[0].to', 'makeUpWorkdays[0]']);
  });

  it('makes a calendar refuse an invalid schedule, with its problems, and a second schedule of one year', () => {
    const bad = refusal(() => workingCalendar([{ ...valid, makeUpWorkdays: ['2030-10-05'] }]));
    expect(bad).toBeInstanceOf(InvalidHolidayScheduleError);
    expect((bad as InvalidHolidayScheduleError).problems.map((p) => p.field)).toEqual(['makeUpWorkdays[0]']);
    const twice = refusal(() => workingCalendar([valid, valid]));
    expect((twice as InvalidHolidayScheduleError).problems).toEqual([{ field: 'year', message: expect.stringContaining('two schedules for 2030') }]);
  });
});
