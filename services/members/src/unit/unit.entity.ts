import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The units subgraph's Unit, as a stub: this subgraph only knows its id and adds fields to it
 * (members, partyMemberCount, activityTotals). Resolved by reference without touching the DB.
 */
@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Unit {
  @Field(() => ID)
  id!: string;
}
