import { IsCode, IsText, VersionedChange } from '@sfxd/kit';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  @IsCode()
  code!: string;

  @Field(() => String)
  @IsText(128)
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
  @IsText(128)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  industryId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  excluded?: boolean;
}
