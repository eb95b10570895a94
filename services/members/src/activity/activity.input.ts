import { DateScalar, IsName, IsText } from '@sfxd/kit';
import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ACTIVITY_DESCRIPTION_MAX, ACTIVITY_HOURS_MAX, ACTIVITY_HOURS_MIN, ACTIVITY_TITLE_MAX, ActivityType } from './activity.entity.js';

@InputType()
export class RecordActivityInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ActivityType)
  type!: ActivityType;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => Float, { description: '0.5–24, in half-hour steps' })
  @Min(ACTIVITY_HOURS_MIN, { message: `hours must be at least ${ACTIVITY_HOURS_MIN}` })
  @Max(ACTIVITY_HOURS_MAX, { message: `hours must be at most ${ACTIVITY_HOURS_MAX}` })
  hours!: number;

  @Field(() => String)
  @IsName(ACTIVITY_TITLE_MAX, 'title', '标题')
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @IsText(ACTIVITY_DESCRIPTION_MAX, 'description', '描述')
  description!: string;
}
