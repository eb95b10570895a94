import { IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  @Length(1, 128, { message: 'name must be 1–128 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 128, { message: 'name must be 1–128 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;
}

@InputType()
export class ArchiveInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion!: number;
}
