import { IsCode, IsName, VersionedChange } from '@sfxd/kit';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { UNIT_NAME_MAX } from './unit.entity.js';

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  @IsCode()
  code!: string;

  @Field(() => String)
  @IsName(UNIT_NAME_MAX)
  name!: string;

  @Field(() => ID)
  industryId!: string;

  @Field(() => Boolean, { defaultValue: false })
  excluded: boolean = false;
}

@InputType()
export class UpdateUnitInput extends VersionedChange {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCode()
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(UNIT_NAME_MAX)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  industryId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  excluded?: boolean;
}
