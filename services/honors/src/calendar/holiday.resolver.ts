import { AdminOnly, SignedIn } from '@sfxd/kit';
import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { HolidayService } from './holiday.service.js';
import { AddHolidayScheduleInput, HolidaySchedule } from './holiday.types.js';

@Resolver(() => HolidaySchedule)
export class HolidayScheduleResolver {
  @SignedIn()
  @Query(() => [HolidaySchedule], { description: 'The years whose working days the platform can count (publicity windows), oldest first; another year is refused until ADMIN adds it' })
  // The shipped and added years are a couple of dozen.
  @Directive('@listSize(assumedSize: 30)')
  async holidaySchedules(@Ctx() ctx: Context): Promise<HolidaySchedule[]> {
    return (await new HolidayService(ctx).list()).map(HolidaySchedule.of);
  }

  @AdminOnly()
  @Mutation(() => HolidaySchedule, {
    description: 'ADMIN: a year’s holidays and make-up working days from the State Council’s notice, used by every working-day count from then on. A year the platform already has (shipped or added) is CONFLICT unless replace: true',
  })
  async addHolidaySchedule(@Arg('input', () => AddHolidayScheduleInput) input: AddHolidayScheduleInput, @Ctx() ctx: Context): Promise<HolidaySchedule> {
    return HolidaySchedule.of(await new HolidayService(ctx).add(input));
  }
}
