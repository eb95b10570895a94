import { FIRST_YEAR, LAST_YEAR, dayNumber, isIsoDate, isWeekend, yearOf } from '../dates.js';
import type { Problem } from '../problem.js';
import type { HolidaySchedule } from './calendar.rules.js';

/** The longest break accepted: the longest real one is 9 days; a month leaves room for an extension notice. */
export const MAX_HOLIDAY_DAYS = 31;
export const MAX_HOLIDAY_NAME = 20;

/**
 * Problems of a schedule ADMIN types in from a State Council notice, each with its field
 * (`year`, `holidays[2].to`, `makeUpWorkdays[0]`…). Empty means the schedule can be used. The
 * input is checked as it came (JSON, a form), so wrong types are problems, not crashes.
 */
export function checkHolidaySchedule(schedule: HolidaySchedule): Problem[] {
  const problems: Problem[] = [];
  const s = (schedule ?? {}) as Partial<Record<keyof HolidaySchedule, unknown>>;
  const year = s.year;
  const yearOk = Number.isInteger(year) && (year as number) >= FIRST_YEAR && (year as number) <= LAST_YEAR;
  if (!yearOk) problems.push({ field: 'year', message: `年份应为${FIRST_YEAR}–${LAST_YEAR}之间的整数 (year must be a whole number from ${FIRST_YEAR} to ${LAST_YEAR})` });
  const inYear = (date: string) => !yearOk || yearOf(date) === year;

  const breaks: Array<{ index: number; from: number; to: number }> = [];
  if (!Array.isArray(s.holidays) || s.holidays.length === 0) {
    // A year without any holiday would be counted as weekdays only, which is what a schedule prevents.
    problems.push({ field: 'holidays', message: '至少应有一个节假日 (at least one holiday is needed)' });
  } else {
    s.holidays.forEach((raw: unknown, i: number) => {
      const h = (raw ?? {}) as Record<string, unknown>;
      const at = `holidays[${i}]`;
      if (typeof h.name !== 'string' || h.name.trim().length === 0 || h.name.length > MAX_HOLIDAY_NAME) {
        problems.push({ field: `${at}.name`, message: `节日名称应为1–${MAX_HOLIDAY_NAME}个字 (holiday name must be 1–${MAX_HOLIDAY_NAME} characters)` });
      }
      const dates: Array<[string, unknown]> = [['from', h.from], ['to', h.to]];
      let ok = true;
      for (const [key, value] of dates) {
        if (!isIsoDate(value)) {
          problems.push({ field: `${at}.${key}`, message: '不是有效日期，应为 YYYY-MM-DD (not a valid date)' });
          ok = false;
        } else if (!inYear(value)) {
          problems.push({ field: `${at}.${key}`, message: `日期应在${year}年内 (date must be in ${year})` });
          ok = false;
        }
      }
      if (!ok) return;
      const from = dayNumber(h.from as string);
      const to = dayNumber(h.to as string);
      if (from > to) {
        problems.push({ field: `${at}.to`, message: '结束日期不能早于开始日期 (holiday ends before it starts)' });
      } else if (to - from + 1 > MAX_HOLIDAY_DAYS) {
        problems.push({ field: `${at}.to`, message: `一次放假不应超过${MAX_HOLIDAY_DAYS}天 (a holiday lasts at most ${MAX_HOLIDAY_DAYS} days)` });
      } else {
        breaks.push({ index: i, from, to });
      }
    });
    const ordered = [...breaks].sort((a, b) => a.from - b.from || a.index - b.index);
    for (let k = 1; k < ordered.length; k++) {
      const [prev, cur] = [ordered[k - 1], ordered[k]];
      if (cur.from <= prev.to) {
        const later = Math.max(prev.index, cur.index);
        const other = Math.min(prev.index, cur.index);
        problems.push({ field: `holidays[${later}].from`, message: `与第${other + 1}个节假日重叠 (overlaps holiday ${other + 1})` });
      }
    }
  }

  if (!Array.isArray(s.makeUpWorkdays)) {
    problems.push({ field: 'makeUpWorkdays', message: '调休上班日应为日期列表，可以为空 (make-up working days must be a list of dates, possibly empty)' });
  } else {
    const seen = new Set<string>();
    s.makeUpWorkdays.forEach((value: unknown, i: number) => {
      const at = `makeUpWorkdays[${i}]`;
      if (!isIsoDate(value)) {
        problems.push({ field: at, message: '不是有效日期，应为 YYYY-MM-DD (not a valid date)' });
      } else if (!inYear(value)) {
        problems.push({ field: at, message: `日期应在${year}年内 (date must be in ${year})` });
      } else if (seen.has(value)) {
        problems.push({ field: at, message: `${value} 重复 (listed twice)` });
      } else if (!isWeekend(value)) {
        // A weekday is worked anyway: listing one is a typo for another date.
        problems.push({ field: at, message: `${value} 不是周六或周日，调休上班日应为周末 (a make-up working day must be a Saturday or Sunday)` });
      } else {
        const day = dayNumber(value);
        const clash = breaks.find((b) => day >= b.from && day <= b.to);
        if (clash) problems.push({ field: at, message: `${value} 在第${clash.index + 1}个节假日之内 (falls within holiday ${clash.index + 1})` });
      }
      if (isIsoDate(value)) seen.add(value);
    });
  }
  return problems;
}
