import { Entity, ManyToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { ArchivableRecord, CODE_MAX, CachedAnswer, FieldsAccess, Rule, type ArchivableDefaults } from '@sfxd/kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Industry } from '../industry/industry.entity.js';

/** Characters of a unit's name (the column and the input). */
export const UNIT_NAME_MAX = 128;

// Directory fields: a whole answer that reads only these (and marked ones) may be kept (CachedAnswer).
@CachedAnswer()
@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType({ description: '市直部门（单位） A municipal department or unit' })
@Entity({ tableName: 'unit' })
export class Unit extends ArchivableRecord {
  [OptionalProps]?: ArchivableDefaults | 'excluded';

  @Field(() => String, { description: 'Stable code, e.g. U001' })
  @Property({ type: 'string', length: CODE_MAX, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: UNIT_NAME_MAX, unique: true })
  name!: string;

  @ManyToOne(() => Industry, { ref: true, index: true })
  industry!: Ref<Industry>;

  @Field(() => Boolean, {
    description: '政法、教育、卫计系统和国有企业另行组织实施: excluded from the city quotas and rankings',
  })
  @Property({ type: 'boolean', default: false })
  excluded: boolean = false;
}
