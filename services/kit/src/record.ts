import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FieldsAccess, Rule } from './access.js';

/**
 * What every record of the platform carries: an opaque id, the optimistic-locking version that
 * writes must send back, and when it was made and last changed. Both MikroORM and type-graphql
 * read these decorators through inheritance; list the class in a subgraph's `entities`. The fields
 * say nothing about a person: they are as visible as the record that carries them.
 */
@FieldsAccess(Rule.PUBLIC)
@ObjectType()
@Entity({ abstract: true })
export abstract class VersionedRecord {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'Optimistic-locking version: send it back as expectedVersion' })
  @Property({ type: 'integer', version: true })
  version: number = 1;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A record that is retired rather than deleted, so that its history stays (units, teams…). */
@FieldsAccess(Rule.PUBLIC)
@ObjectType()
@Entity({ abstract: true })
export abstract class ArchivableRecord extends VersionedRecord {
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date;

  @Field(() => Boolean)
  get archived(): boolean {
    return this.archivedAt != null;
  }
}

/** Properties a new record gets by itself, for MikroORM's `[OptionalProps]`. */
export type RecordDefaults = 'id' | 'version' | 'createdAt' | 'updatedAt';
export type ArchivableDefaults = RecordDefaults | 'archived' | 'archivedAt';
