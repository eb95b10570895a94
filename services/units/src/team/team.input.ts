import { IsText } from '@sfxd/kit';
import { IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  @IsText(128)
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
  @IsText(128)
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
