import type { EntityManager } from '@mikro-orm/postgresql';
import { SCHEMA } from '../database-schema.js';
import { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar.data.js';
import { workingCalendar, type HolidaySchedule, type WorkingCalendar } from './calendar.rules.js';

/** A year's schedule as the platform knows it: shipped with it, or added by ADMIN (which wins for its year). */
export interface KnownSchedule extends HolidaySchedule {
  source: 'SHIPPED' | 'ADDED';
  recordedBy: string | null;
  recordedAt: Date | null;
}

interface Row {
  year: number;
  holidays: HolidaySchedule['holidays'];
  make_up_workdays: string[];
  created_by: string;
  created_at: Date;
}

/** The schedules ADMIN added (`holiday_schedule`), and the working calendar made of them with the shipped ones. */
export class HolidayRepository {
  constructor(private readonly em: EntityManager) {}

  /** ADMIN's schedules, by year; `forUpdate` locks the year's row for a replacement. */
  async stored(year?: number, forUpdate = false): Promise<KnownSchedule[]> {
    const rows = await this.em.execute<Row[]>(
      `select year, holidays, make_up_workdays, created_by, created_at from "${SCHEMA}"."holiday_schedule"
       ${year === undefined ? '' : 'where year = ?'} order by year${forUpdate ? ' for update' : ''}`,
      year === undefined ? [] : [year],
    );
    return rows.map((r) => ({
      year: r.year, holidays: r.holidays, makeUpWorkdays: r.make_up_workdays, source: 'ADDED', recordedBy: r.created_by, recordedAt: new Date(r.created_at),
    }));
  }

  /** Every year known: the shipped schedules, each replaced by ADMIN's schedule of its year if there is one. */
  async all(): Promise<KnownSchedule[]> {
    const stored = await this.stored();
    const added = new Set(stored.map((s) => s.year));
    const shipped: KnownSchedule[] = OFFICIAL_HOLIDAY_SCHEDULES.filter((s) => !added.has(s.year))
      .map((s) => ({ ...s, source: 'SHIPPED', recordedBy: null, recordedAt: null }));
    return [...shipped, ...stored].sort((a, b) => a.year - b.year);
  }

  /**
   * The calendar every working-day computation uses. Read when it is needed (one statement of a
   * few rows, only when a publicity window is computed), never cached: a schedule ADMIN adds
   * through any process — `npm start` runs all subgraphs in one, a deployment runs several honors
   * processes — counts from the next computation on in every one of them, with no cache that
   * could go stale in a process that did not see the change.
   */
  async calendar(): Promise<WorkingCalendar> {
    return workingCalendar(await this.all());
  }

  async insert(schedule: HolidaySchedule, by: string): Promise<void> {
    await this.em.execute(
      `insert into "${SCHEMA}"."holiday_schedule" (year, holidays, make_up_workdays, created_by, created_at) values (?, ?, ?, ?, now())`,
      [schedule.year, JSON.stringify(schedule.holidays), JSON.stringify(schedule.makeUpWorkdays), by],
    );
  }

  async replace(schedule: HolidaySchedule, by: string): Promise<void> {
    await this.em.execute(
      `update "${SCHEMA}"."holiday_schedule" set holidays = ?, make_up_workdays = ?, created_by = ?, created_at = now() where year = ?`,
      [JSON.stringify(schedule.holidays), JSON.stringify(schedule.makeUpWorkdays), by, schedule.year],
    );
  }
}
