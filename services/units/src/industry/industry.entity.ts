import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: '示范行业（行业/系统） An industry or system of units' })
@Entity({ tableName: 'industry' })
export class Industry {
  [OptionalProps]?: 'id' | 'version' | 'archived' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Stable code, e.g. IND-01' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  name!: string;

  @Field(() => Int, { description: 'Optimistic-locking version: send it back as expectedVersion' })
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
