import { dayNumber, dateOf, isWeekend, yearOf } from '../dates.js';
import type { Problem } from '../problem.js';
import { checkHolidaySchedule } from './calendar.check.js';

/** A break of the State Council's schedule, first and last day included. */
export interface Holiday {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/**
 * One year's schedule: the holidays (days off, weekdays among them included) and the make-up
 * working days (调休: Saturdays or Sundays worked in exchange).
 */
export interface HolidaySchedule {
  readonly year: number;
  readonly holidays: readonly Holiday[];
  readonly makeUpWorkdays: readonly string[];
}

/**
 * A date of a year with no schedule. Counting such a year as weekdays only would quietly give a
 * publicity window that ends on a public holiday, so the question is refused instead; the honors
 * service answers it as BAD_USER_INPUT and ADMIN can add the year's schedule.
 */
export class NoHolidayScheduleError extends Error {
  override readonly name = 'NoHolidayScheduleError';
  readonly code = 'NO_HOLIDAY_SCHEDULE';
  constructor(readonly year: number) {
    super(`没有${year}年的节假日安排，无法计算工作日；请先录入国务院办公厅公布的${year}年放假安排 (no holiday schedule for ${year}: working days cannot be counted until it is added)`);
  }
}

/** Schedules that cannot make a calendar: the problems say what is wrong, field by field. */
export class InvalidHolidayScheduleError extends Error {
  override readonly name = 'InvalidHolidayScheduleError';
  constructor(readonly year: unknown, readonly problems: Problem[]) {
    super(`${year}年节假日安排有误 (holiday schedule for ${year} is invalid): ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
}

/** Working days of the years it has a schedule for; build it with `workingCalendar`. */
export class WorkingCalendar {
  /** Years covered, ascending. */
  readonly years: readonly number[];
  readonly #daysOff = new Map<number, Set<number>>();
  readonly #daysWorked = new Map<number, Set<number>>();

  constructor(schedules: readonly HolidaySchedule[]) {
    for (const schedule of schedules) {
      const problems = checkHolidaySchedule(schedule);
      if (problems.length > 0) throw new InvalidHolidayScheduleError(schedule?.year, problems);
      if (this.#daysOff.has(schedule.year)) {
        throw new InvalidHolidayScheduleError(schedule.year, [
          { field: 'year', message: `${schedule.year}年的节假日安排重复 (two schedules for ${schedule.year})` },
        ]);
      }
      const off = new Set<number>();
      for (const h of schedule.holidays) for (let d = dayNumber(h.from); d <= dayNumber(h.to); d++) off.add(d);
      this.#daysOff.set(schedule.year, off);
      this.#daysWorked.set(schedule.year, new Set(schedule.makeUpWorkdays.map(dayNumber)));
    }
    this.years = Object.freeze([...this.#daysOff.keys()].sort((a, b) => a - b));
  }

  hasYear(year: number): boolean {
    return this.#daysOff.has(year);
  }

  /** @internal the day's status; throws `NoHolidayScheduleError` outside the covered years. */
  isWorkingDayNumber(day: number): boolean {
    const date = dateOf(day);
    const year = yearOf(date);
    const off = this.#daysOff.get(year);
    if (!off) throw new NoHolidayScheduleError(year);
    if (this.#daysWorked.get(year)!.has(day)) return true;
    return !off.has(day) && !isWeekend(date);
  }
}

/** A calendar of the given schedules (each checked; one per year). */
export function workingCalendar(schedules: readonly HolidaySchedule[]): WorkingCalendar {
  return new WorkingCalendar(schedules);
}

/**
 * Whether people work on `date`: a make-up working day (调休上班) always; otherwise a weekday
 * outside every holiday. Refused (`NoHolidayScheduleError`) for a year the calendar lacks.
 */
export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return calendar.isWorkingDayNumber(dayNumber(date));
}

/**
 * The last day of a window that starts on `start` and lasts `n` working days: the n-th working
 * day counting `start` itself when it is a working day (a publicity notice posted on a working
 * day runs that day), else counting from the next working day. `n` = 1 on a working day gives
 * `start`. So `countWorkingDays(start, addWorkingDays(start, n)) === n` always, and the window's
 * end is itself a working day. The walk refuses to cross into a year the calendar lacks.
 */
export function addWorkingDays(start: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A window lasts a whole number of working days, at least 1 (got ${n})`);
  let day = dayNumber(start);
  let counted = 0;
  for (;;) {
    if (calendar.isWorkingDayNumber(day)) counted += 1;
    if (counted === n) return dateOf(day);
    day += 1;
  }
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function countWorkingDays(from: string, to: string, calendar: WorkingCalendar): number {
  const last = dayNumber(to);
  let count = 0;
  for (let day = dayNumber(from); day <= last; day++) if (calendar.isWorkingDayNumber(day)) count += 1;
  return count;
}
