import { Entity, OptionalProps, Property } from '@mikro-orm/core';
import { ArchivableRecord, FieldsAccess, Rule, type ArchivableDefaults } from '@sfxd/kit';
import { Directive, Field, ObjectType } from 'type-graphql';

@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType({ description: '示范行业（行业/系统） An industry or system of units' })
@Entity({ tableName: 'industry' })
export class Industry extends ArchivableRecord {
  [OptionalProps]?: ArchivableDefaults;

  @Field(() => String, { description: 'Stable code, e.g. IND-01' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  name!: string;
}
