import { IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
const CODE_MESSAGE = 'code must be 1–32 letters, digits, "-" or "_"';

@InputType()
export class CreateIndustryInput {
  @Field(() => String)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @Length(1, 64, { message: 'name must be 1–64 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}

@InputType()
export class UpdateIndustryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64, { message: 'name must be 1–64 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;
}
