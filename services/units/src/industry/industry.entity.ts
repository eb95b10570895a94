import { Entity, OptionalProps, Property } from '@mikro-orm/core';
import { ArchivableRecord, CODE_MAX, CachedAnswer, FieldsAccess, Rule, type ArchivableDefaults } from '@sfxd/kit';
import { Directive, Field, ObjectType } from 'type-graphql';

/** Characters of an industry's name (the column and the input). */
export const INDUSTRY_NAME_MAX = 64;

// Directory fields: a whole answer that reads only these (and marked ones) may be kept (CachedAnswer).
@CachedAnswer()
@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType({ description: '示范行业（行业/系统） An industry or system of units' })
@Entity({ tableName: 'industry' })
export class Industry extends ArchivableRecord {
  [OptionalProps]?: ArchivableDefaults;

  @Field(() => String, { description: 'Stable code, e.g. IND-01' })
  @Property({ type: 'string', length: CODE_MAX, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: INDUSTRY_NAME_MAX })
  name!: string;
}
