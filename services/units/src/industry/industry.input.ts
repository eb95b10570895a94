import { IsCode, IsName, VersionedChange } from '@sfxd/kit';
import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { INDUSTRY_NAME_MAX } from './industry.entity.js';

@InputType()
export class CreateIndustryInput {
  @Field(() => String)
  @IsCode()
  code!: string;

  @Field(() => String)
  @IsName(INDUSTRY_NAME_MAX)
  name!: string;
}

@InputType()
export class UpdateIndustryInput extends VersionedChange {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCode()
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(INDUSTRY_NAME_MAX)
  name?: string;
}
