import type { HolidaySchedule } from './calendar.rules.js';

/*
 * The State Council's holiday schedules (法定节假日 and 调休), one per year, as the General Office
 * publishes them each autumn. Each year's dates were checked against the notice's text; the
 * notice is named above each year.
 *
 * `from`–`to` is the whole break as people take it: the days the notice names, plus the weekend
 * days it joins to them (“与周末连休”, or a Monday “补休” after a weekend), cut at the year's edge
 * (the break around 1 January 2017 began on Saturday 31 December 2016: 2017's schedule starts it
 * on 1 January). Only weekdays inside a break and the listed Saturdays/Sundays change anything;
 * the weekend days are there so the schedule reads like the notice.
 */

/**
 * 国务院办公厅关于2015年部分节假日安排的通知 (国办发明电〔2014〕28号, 2014-12-16), and
 * 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知 (国发明电〔2015〕1号,
 * 2015-05-13) for the one-off 3 September holiday.
 */
const Y2015: HolidaySchedule = {
  year: 2015,
  holidays: [
    { name: '元旦', from: '2015-01-01', to: '2015-01-03' },
    { name: '春节', from: '2015-02-18', to: '2015-02-24' },
    { name: '清明节', from: '2015-04-04', to: '2015-04-06' },
    { name: '劳动节', from: '2015-05-01', to: '2015-05-03' },
    { name: '端午节', from: '2015-06-20', to: '2015-06-22' },
    { name: '抗战胜利70周年纪念日', from: '2015-09-03', to: '2015-09-05' },
    { name: '中秋节', from: '2015-09-26', to: '2015-09-27' },
    { name: '国庆节', from: '2015-10-01', to: '2015-10-07' },
  ],
  makeUpWorkdays: ['2015-01-04', '2015-02-15', '2015-02-28', '2015-09-06', '2015-10-10'],
};

/** 国务院办公厅关于2016年部分节假日安排的通知 (国办发明电〔2015〕18号, 2015-12-10). */
const Y2016: HolidaySchedule = {
  year: 2016,
  holidays: [
    { name: '元旦', from: '2016-01-01', to: '2016-01-03' },
    { name: '春节', from: '2016-02-07', to: '2016-02-13' },
    { name: '清明节', from: '2016-04-02', to: '2016-04-04' },
    { name: '劳动节', from: '2016-04-30', to: '2016-05-02' },
    { name: '端午节', from: '2016-06-09', to: '2016-06-11' },
    { name: '中秋节', from: '2016-09-15', to: '2016-09-17' },
    { name: '国庆节', from: '2016-10-01', to: '2016-10-07' },
  ],
  makeUpWorkdays: ['2016-02-06', '2016-02-14', '2016-06-12', '2016-09-18', '2016-10-08', '2016-10-09'],
};

/** 国务院办公厅关于2017年部分节假日安排的通知 (国办发明电〔2016〕17号, 2016-12-01). */
const Y2017: HolidaySchedule = {
  year: 2017,
  holidays: [
    { name: '元旦', from: '2017-01-01', to: '2017-01-02' },
    { name: '春节', from: '2017-01-27', to: '2017-02-02' },
    { name: '清明节', from: '2017-04-02', to: '2017-04-04' },
    { name: '劳动节', from: '2017-04-29', to: '2017-05-01' },
    { name: '端午节', from: '2017-05-28', to: '2017-05-30' },
    { name: '中秋节、国庆节', from: '2017-10-01', to: '2017-10-08' },
  ],
  makeUpWorkdays: ['2017-01-22', '2017-02-04', '2017-04-01', '2017-05-27', '2017-09-30'],
};

/** 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25). */
const Y2024: HolidaySchedule = {
  year: 2024,
  holidays: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
    { name: '春节', from: '2024-02-10', to: '2024-02-17' },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
    { name: '端午节', from: '2024-06-08', to: '2024-06-10' },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
  ],
  makeUpWorkdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
};

/** 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12). */
const Y2025: HolidaySchedule = {
  year: 2025,
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04; 国办发明电〔2025〕7号 as reprints cite it —
 * the number was not in the text checked, the dates were).
 */
const Y2026: HolidaySchedule = {
  year: 2026,
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** The schedules shipped with the platform; ADMIN adds other years (see `checkHolidaySchedule`). */
export const OFFICIAL_HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = Object.freeze([Y2015, Y2016, Y2017, Y2024, Y2025, Y2026].map(frozen));

// Shared by every caller: one service changing a date in place would change it for all.
function frozen(schedule: HolidaySchedule): HolidaySchedule {
  schedule.holidays.forEach((h) => Object.freeze(h));
  Object.freeze(schedule.holidays);
  Object.freeze(schedule.makeUpWorkdays);
  return Object.freeze(schedule);
}
