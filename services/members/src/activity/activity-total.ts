import { FieldsAccess, Rule } from '@sfxd/kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ActivityType } from './activity.entity.js';

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: "示范活动 totals of one unit for one type and month (activities recorded while members were in the unit)" })
export class ActivityTotal {
  @Field(() => ActivityType)
  type!: ActivityType;

  @Field(() => Int, { description: '1–12' })
  month!: number;

  @Field(() => Int, { description: 'Number of activities' })
  count!: number;

  @Field(() => Float)
  hours!: number;

  @Field(() => Int, { description: 'Distinct members who took part' })
  members!: number;
}
