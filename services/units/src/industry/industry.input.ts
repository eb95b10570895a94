import { IsCode, IsText } from '@sfxd/kit';
import { IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateIndustryInput {
  @Field(() => String)
  @IsCode()
  code!: string;

  @Field(() => String)
  @IsText(64)
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
  @IsCode()
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(64)
  name?: string;
}
