import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Role, audit, checkName, conflict, refuse, requireRole, type Problem, type ServiceContext } from '@sfxd/kit';
import { MAX_HOLIDAY_NAME, checkHolidaySchedule } from './calendar.check.js';
import { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar.data.js';
import type { HolidaySchedule as Schedule } from './calendar.rules.js';
import { HolidayRepository, type KnownSchedule } from './holiday.repository.js';
import { MAX_HOLIDAYS, MAX_MAKE_UP_WORKDAYS, type AddHolidayScheduleInput } from './holiday.types.js';

/**
 * The years' holiday schedules: the State Council's, shipped, and those the committee (ADMIN)
 * types in from a notice for a year the platform lacks — or to replace a year's, on purpose only.
 */
export class HolidayService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): Promise<KnownSchedule[]> {
    return new HolidayRepository(this.ctx.em).all();
  }

  async add(input: AddHolidayScheduleInput): Promise<KnownSchedule> {
    const caller = requireRole(this.ctx.caller, Role.ADMIN);
    const schedule: Schedule = {
      year: input.year,
      holidays: (input.holidays ?? []).map((h) => ({ name: typeof h?.name === 'string' ? h.name.trim() : h?.name, from: h?.from, to: h?.to })),
      makeUpWorkdays: [...(input.makeUpWorkdays ?? [])],
    };
    refuse(problemsOf(input, schedule));
    const shipped = OFFICIAL_HOLIDAY_SCHEDULES.some((s) => s.year === schedule.year);
    const known = (source: string) => conflict(
      `${schedule.year}年的节假日安排已有（${source}），如需更正请以 replace: true 提交 (the platform already has ${schedule.year}'s schedule, ${source === '随平台提供' ? 'shipped with it' : 'added before'}; send replace: true to replace it)`,
      { field: 'year' },
    );
    try {
      return await this.ctx.em.transactional(async (em) => {
        const repository = new HolidayRepository(em);
        const [before] = await repository.stored(schedule.year, true);
        if (!input.replace && (before || shipped)) throw known(before ? '已录入' : '随平台提供');
        if (before) await repository.replace(schedule, caller.sub);
        else await repository.insert(schedule, caller.sub);
        audit(em, caller, {
          operation: 'addHolidaySchedule', entityType: 'HolidaySchedule', entityId: String(schedule.year),
          detail: {
            year: schedule.year, holidays: schedule.holidays, makeUpWorkdays: schedule.makeUpWorkdays,
            replaced: before ? 'ADDED' : shipped ? 'SHIPPED' : null,
            ...(before ? { previous: { holidays: before.holidays, makeUpWorkdays: before.makeUpWorkdays, recordedBy: before.recordedBy } } : {}),
          },
        });
        return { ...schedule, source: 'ADDED' as const, recordedBy: caller.sub, recordedAt: new Date() };
      });
    } catch (error) {
      // Two committee members adding the same year at once: the second finds it known.
      if (error instanceof UniqueConstraintViolationException) throw known('已录入');
      throw error;
    }
  }
}

/** Every problem of the input, each with its field (`holidays[2].to`); the first is answered. */
function problemsOf(input: AddHolidayScheduleInput, schedule: Schedule): Problem[] {
  const problems: Problem[] = [];
  if ((input.holidays?.length ?? 0) > MAX_HOLIDAYS) problems.push({ field: 'holidays', message: `节假日最多${MAX_HOLIDAYS}个 (at most ${MAX_HOLIDAYS} holidays)` });
  if ((input.makeUpWorkdays?.length ?? 0) > MAX_MAKE_UP_WORKDAYS) {
    problems.push({ field: 'makeUpWorkdays', message: `调休上班日最多${MAX_MAKE_UP_WORKDAYS}天 (at most ${MAX_MAKE_UP_WORKDAYS} make-up working days)` });
  }
  if (problems.length) return problems;
  (input.holidays ?? []).forEach((h, i) => {
    if (typeof h?.name === 'string') problems.push(...checkName(h.name, `holidays[${i}].name`, MAX_HOLIDAY_NAME, '节日名称'));
  });
  return [...problems, ...checkHolidaySchedule(schedule)];
}
