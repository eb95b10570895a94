import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DateTimeScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * 异议: what someone — anyone, signed in or not — objects to a candidacy in publicity, and the
 * committee's finding. Objections are records about a unit's candidacy: ADMIN and that unit's
 * UNIT_ADMIN read them (through `Honor.objections`); how to reach the objector (`contact`) is the
 * committee's alone, and the client's address (the hourly limit's key) never leaves the database.
 */
@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType({ description: '异议 An objection lodged against a candidacy in publicity, and the committee’s finding' })
@Entity({ tableName: 'objection' })
export class Objection {
  [OptionalProps]?: 'id' | 'contact' | 'clientAddress' | 'lodgedAt' | 'resolvedAt' | 'resolvedBy' | 'upheld' | 'finding' | 'resolved';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  honorId!: string;

  @Field(() => String, { description: '异议理由, as written (plain text)' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  /** How to reach the objector, if they left a way; resolved in objection.resolver.ts (ADMIN only). */
  @Property({ type: 'string', length: 100, nullable: true })
  contact: string | null = null;

  /** The hourly limit's key for the address it came from (see objection.rules.ts); never shown. */
  @Property({ type: 'string', length: 64, nullable: true })
  clientAddress: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lodgedAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the committee resolved it; null while open' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The committee account that resolved it' })
  @Property({ type: 'string', length: 255, nullable: true })
  resolvedBy: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'true: found true (属实), the candidacy is then rejected; false: dismissed; null while open' })
  @Property({ type: 'boolean', nullable: true })
  upheld: boolean | null = null;

  @Field(() => String, { nullable: true, description: '核查结论 The committee’s finding' })
  @Property({ type: 'string', length: 500, nullable: true })
  finding: string | null = null;

  @Field(() => Boolean, { description: 'Resolved by the committee (open objections block confirmation)' })
  get resolved(): boolean {
    return this.resolvedAt != null;
  }
}

/** All a lodger learns: that the objection was received, and its receipt to quote. */
@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: '异议回执 The acknowledgement of a lodged objection: nothing but its receipt number and time' })
export class ObjectionReceipt {
  @Field(() => ID, { description: 'The receipt number to quote when asking the committee about it' })
  id!: string;

  @Field(() => DateTimeScalar)
  lodgedAt!: Date;
}
