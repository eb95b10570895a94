import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The units subgraph's Team, as a stub that this subgraph adds members and memberCount to. */
@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Team {
  @Field(() => ID)
  id!: string;
}
