import { DateScalar, DateTimeScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MAX_HOLIDAY_NAME } from './calendar.check.js';
import type { KnownSchedule } from './holiday.repository.js';

export const HolidayScheduleSourceEnum = { SHIPPED: 'SHIPPED', ADDED: 'ADDED' } as const;
registerEnumType(HolidayScheduleSourceEnum, {
  name: 'HolidayScheduleSource',
  description: 'SHIPPED: the State Council’s schedule shipped with the platform; ADDED: entered by the committee (ADMIN), which wins for its year',
});

/** More holidays or make-up days than a year has ever had is a mistake, not a schedule. */
export const MAX_HOLIDAYS = 20;
export const MAX_MAKE_UP_WORKDAYS = 20;

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '节假日 A break of the State Council’s schedule, first and last day included (weekend days joined to it included)' })
export class Holiday {
  @Field(() => String)
  name!: string;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '节假日安排 One year’s public holidays and make-up working days (调休), which publicity windows are counted in' })
export class HolidaySchedule {
  @Field(() => Int)
  year!: number;

  @Field(() => [Holiday])
  // A schedule has seven-odd holidays.
  @Directive('@listSize(assumedSize: 10)')
  holidays!: Holiday[];

  @Field(() => [DateScalar], { description: '调休上班日: Saturdays and Sundays worked' })
  makeUpWorkdays!: string[];

  @Field(() => HolidayScheduleSourceEnum)
  source!: KnownSchedule['source'];

  @Field(() => String, { nullable: true, description: 'Who entered it (ADDED); null for a shipped schedule' })
  recordedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  recordedAt!: Date | null;

  static of(s: KnownSchedule): HolidaySchedule {
    return Object.assign(new HolidaySchedule(), {
      year: s.year, holidays: s.holidays.map((h) => Object.assign(new Holiday(), h)), makeUpWorkdays: [...s.makeUpWorkdays],
      source: s.source, recordedBy: s.recordedBy, recordedAt: s.recordedAt,
    });
  }
}

@InputType({ description: 'A holiday as the State Council’s notice gives it' })
export class HolidayInput {
  @Field(() => String, { description: `e.g. 国庆节; 1–${MAX_HOLIDAY_NAME} characters` })
  name!: string;

  @Field(() => DateScalar, { description: 'First day off' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day off' })
  to!: string;
}

@InputType({ description: '国务院办公厅放假安排: one year’s holidays and make-up working days' })
export class AddHolidayScheduleInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [HolidayInput], { description: `The year's breaks (1–${MAX_HOLIDAYS}), in any order, not overlapping` })
  holidays!: HolidayInput[];

  @Field(() => [DateScalar], { description: `调休上班日: Saturdays or Sundays worked (0–${MAX_MAKE_UP_WORKDAYS}), outside every holiday` })
  makeUpWorkdays!: string[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'true to replace the schedule the platform already has for the year (shipped or added), e.g. after the State Council amends it; otherwise a known year is CONFLICT',
  })
  replace!: boolean;
}
