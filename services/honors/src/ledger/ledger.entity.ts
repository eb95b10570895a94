import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { FieldsAccess, Rule } from '@sfxd/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** What a unit's ledger held when it was submitted. */
@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType({ description: '台账内容: the unit’s live candidacies when the ledger was submitted' })
export class LedgerContents {
  @Field(() => Int, { description: '示范岗 declared (not rejected, withdrawn or revoked)' })
  posts!: number;

  @Field(() => Int, { description: '示范团队 declared' })
  teams!: number;

  @Field(() => Int, { description: '示范单位 declared (the unit itself: 0 or 1)' })
  units!: number;

  @Field(() => Int, { description: 'Of those, named (NAMED or RECTIFYING)' })
  named!: number;
}

/**
 * One submission of a unit's ledger (台账报送). A resubmission is a new row: the earlier ones stay
 * as the unit's history. On time or late is judged on read (see ledger.rules.ts), against the
 * campaign's current due date; `on_time` keeps what it was when submitted.
 */
@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@Directive('@key(fields: "id")')
@ObjectType({ description: '台账报送: one submission of a unit’s ledger; a resubmission adds one, the earlier ones stay' })
@Entity({ tableName: 'ledger_submission' })
export class LedgerSubmission {
  [OptionalProps]?: 'id' | 'submittedAt' | 'posts' | 'teams' | 'units' | 'named';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt: Date = new Date();

  @Field(() => String, { description: 'The account that submitted it (the unit’s, or the committee’s recording a ledger received otherwise)' })
  @Property({ type: 'string', length: 255 })
  submittedBy!: string;

  /** On time when it was submitted, against the due date of that day. */
  @Property({ type: 'boolean' })
  onTime!: boolean;

  @Property({ type: 'integer', nullable: true })
  posts: number | null = null;

  @Property({ type: 'integer', nullable: true })
  teams: number | null = null;

  @Property({ type: 'integer', nullable: true })
  units: number | null = null;

  @Property({ type: 'integer', nullable: true })
  named: number | null = null;
}
