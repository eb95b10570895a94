import { DateScalar, IsText } from '@sfxd/kit';
import { Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ActivityType } from './activity.entity.js';

@InputType()
export class RecordActivityInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ActivityType)
  type!: ActivityType;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => Float, { description: '0.5–24, in half-hour steps' })
  @Min(0.5, { message: 'hours must be at least 0.5' })
  @Max(24, { message: 'hours must be at most 24' })
  hours!: number;

  @Field(() => String)
  @IsText(128, 'title')
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 2000, { message: 'description must be at most 2000 characters' })
  description!: string;
}
