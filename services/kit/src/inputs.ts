import { Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/**
 * What every change to an existing record names: the record, and the version the caller read
 * (optimistic locking). Update inputs extend it; type-graphql copies the fields into each.
 */
@InputType()
export class VersionedChange {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @Min(1)
  expectedVersion!: number;
}

/** Retires a record (a unit, a team…) rather than deleting it, so that its history stays. */
@InputType()
export class ArchiveInput extends VersionedChange {}
