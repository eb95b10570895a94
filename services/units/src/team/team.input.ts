import { IsText, VersionedChange } from '@sfxd/kit';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  @IsText(128)
  name!: string;
}

@InputType()
export class UpdateTeamInput extends VersionedChange {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(128)
  name?: string;
}
