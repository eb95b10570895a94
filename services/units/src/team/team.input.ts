import { IsName, VersionedChange } from '@sfxd/kit';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TEAM_NAME_MAX } from './team.entity.js';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  @IsName(TEAM_NAME_MAX)
  name!: string;
}

@InputType()
export class UpdateTeamInput extends VersionedChange {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(TEAM_NAME_MAX)
  name?: string;
}
