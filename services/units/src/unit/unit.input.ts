import { IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CODE_PATTERN } from '../industry/industry.input.js';

const CODE_MESSAGE = 'code must be 1–32 letters, digits, "-" or "_"';

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Length(1, 128, { message: 'name must be 1–128 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => ID)
  industryId!: string;

  @Field(() => Boolean, { defaultValue: false })
  excluded: boolean = false;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128, { message: 'name must be 1–128 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  industryId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  excluded?: boolean;
}
