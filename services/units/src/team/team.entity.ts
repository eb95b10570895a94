import { Entity, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { ArchivableRecord, FieldsAccess, Rule, type ArchivableDefaults } from '@sfxd/kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Unit } from '../unit/unit.entity.js';

/** Characters of a team's name (the column and the input). */
export const TEAM_NAME_MAX = 128;

@FieldsAccess(Rule.SIGNED_IN)
@Directive('@key(fields: "id")')
@ObjectType({ description: '团队（内设机构、党支部） A team inside a unit' })
@Entity({ tableName: 'team' })
export class Team extends ArchivableRecord {
  [OptionalProps]?: ArchivableDefaults;

  @ManyToOne(() => Unit, { ref: true, index: true })
  unit!: Ref<Unit>;

  @Field(() => String)
  @Property({ type: 'string', length: TEAM_NAME_MAX })
  name!: string;
}
