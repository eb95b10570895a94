import { DateScalar, IsName, VersionedChange } from '@sfxd/kit';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Gender, MEMBER_NAME_MAX, MemberStatus, POSITION_MAX } from './member.entity.js';

@InputType()
export class CreateMemberInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID, { nullable: true, description: "One of the unit's teams, or none" })
  teamId?: string | null;

  @Field(() => String)
  @IsName(MEMBER_NAME_MAX, 'name', '姓名')
  name!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => DateScalar)
  joinedPartyOn!: string;

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => String)
  @IsName(POSITION_MAX, 'position', '岗位/职务')
  position!: string;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number, e.g. 13812345678' })
  phone?: string | null;
}

@InputType({ description: 'Changes to a member; fields left out stay as they are' })
export class UpdateMemberInput extends VersionedChange {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(MEMBER_NAME_MAX, 'name', '姓名')
  name?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string;

  @Field(() => DateScalar, { nullable: true })
  joinedPartyOn?: string;

  @Field(() => MemberStatus, { nullable: true })
  status?: MemberStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(POSITION_MAX, 'position', '岗位/职务')
  position?: string;

  @Field(() => String, { nullable: true, description: 'null clears the number' })
  phone?: string | null;
}

@InputType({ description: 'Moves a member to another team of the unit, or to another unit' })
export class TransferMemberInput extends VersionedChange {
  @Field(() => ID, { nullable: true, description: "The unit to move to; left out: the member's own unit" })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A team of that unit; left out or null: no team' })
  teamId?: string | null;
}
