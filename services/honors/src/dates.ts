/**
 * Civil dates as the platform writes them (`YYYY-MM-DD`, DESIGN.md §5), with day arithmetic done
 * on UTC day numbers so that no time zone or daylight-saving rule can shift a date. "Today" is
 * always passed in by the caller (Beijing's date, see `businessToday` in @sfxd/kit): these rules
 * never read the clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A real calendar date written YYYY-MM-DD (2016-02-29 yes, 2015-02-29 no). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Days since 1970-01-01 of an ISO date; a malformed date is a programming error here. */
export function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a date written YYYY-MM-DD: ${JSON.stringify(date)}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function dateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Years the platform takes for campaigns and holiday schedules: catches typos such as 216 or 20016. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
