// The honors subgraph's domain rules: pure functions, no database, no HTTP.
export type { Problem } from './problem.js';
export { FIRST_YEAR, LAST_YEAR, addDays, isIsoDate, weekday } from './dates.js';
export {
  InvalidHolidayScheduleError, NoHolidayScheduleError, WorkingCalendar, addWorkingDays, countWorkingDays, isWorkingDay,
  workingCalendar, type Holiday, type HolidaySchedule,
} from './calendar/calendar.rules.js';
export { MAX_HOLIDAY_DAYS, MAX_HOLIDAY_NAME, checkHolidaySchedule } from './calendar/calendar.check.js';
export { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar/calendar.data.js';
