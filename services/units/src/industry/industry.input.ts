import { IsCode, IsText, VersionedChange } from '@sfxd/kit';
import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';

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
export class UpdateIndustryInput extends VersionedChange {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCode()
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(64)
  name?: string;
}
