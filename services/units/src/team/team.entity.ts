import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Unit } from '../unit/unit.entity.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: '团队（内设机构、党支部） A team inside a unit' })
@Entity({ tableName: 'team' })
export class Team {
  [OptionalProps]?: 'id' | 'version' | 'archived' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Unit, { ref: true, index: true })
  unit!: Ref<Unit>;

  @Field(() => String)
  @Property({ type: 'string', length: 128 })
  name!: string;

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
