import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Industry } from '../industry/industry.entity.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: '市直部门（单位） A municipal department or unit' })
@Entity({ tableName: 'unit' })
export class Unit {
  [OptionalProps]?: 'id' | 'version' | 'archived' | 'createdAt' | 'updatedAt' | 'excluded';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Stable code, e.g. U001' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 128, unique: true })
  name!: string;

  @ManyToOne(() => Industry, { ref: true, index: true })
  industry!: Ref<Industry>;

  @Field(() => Boolean, {
    description: '政法、教育、卫计系统和国有企业另行组织实施: excluded from the city quotas and rankings',
  })
  @Property({ type: 'boolean', default: false })
  excluded: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date;

  @Field(() => Boolean)
  get archived(): boolean {
    return this.archivedAt != null;
  }

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
