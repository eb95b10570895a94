import { Entity, OptionalProps, Property } from '@mikro-orm/core';
import { DateScalar, FieldsAccess, Rule, VersionedRecord, type RecordDefaults } from '@sfxd/kit';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', description: '性别' });

export enum MemberStatus {
  FULL = 'FULL',
  PROBATIONARY = 'PROBATIONARY',
}
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description: '党员类别',
  valuesConfig: { FULL: { description: '正式党员' }, PROBATIONARY: { description: '预备党员' } },
});

/** Characters of a member's name and position (the columns, the inputs and the roster). */
export const MEMBER_NAME_MAX = 32;
export const POSITION_MAX = 64;

/**
 * A Party member of a unit. `unitId` and `teamId` name the units subgraph's entities; this
 * subgraph never reads that schema. Phone and birth date are personal: their GraphQL fields are
 * resolved in member.resolver.ts, visible to ADMIN and the member's own UNIT_ADMIN only.
 */
@FieldsAccess(Rule.SIGNED_IN)
@Directive('@key(fields: "id")')
@ObjectType({ description: '党员 A Party member of a unit' })
@Entity({ tableName: 'member' })
export class Member extends VersionedRecord {
  [OptionalProps]?: RecordDefaults | 'teamId' | 'phone';

  @Property({ type: 'uuid', index: true })
  unitId!: string;

  @Property({ type: 'uuid', nullable: true })
  teamId: string | null = null;

  @Field(() => String, { description: '姓名' })
  @Property({ type: 'string', length: MEMBER_NAME_MAX })
  name!: string;

  @Field(() => Gender)
  @Property({ type: 'string', length: 8 })
  gender!: Gender;

  /** Personal: exposed through MemberResolver.birthDate. */
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => DateScalar, { description: '入党时间' })
  @Property({ type: 'date' })
  joinedPartyOn!: string;

  @Field(() => MemberStatus)
  @Property({ type: 'string', length: 16 })
  status!: MemberStatus;

  @Field(() => String, { description: '岗位/职务' })
  @Property({ type: 'string', length: POSITION_MAX })
  position!: string;

  /** Personal: exposed through MemberResolver.phone. */
  @Property({ type: 'string', length: 11, nullable: true })
  phone: string | null = null;
}
