import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import type { SubjectKind } from '../honor/honor.tier.js';

/*
 * Other subgraphs' entities, as stubs: this subgraph knows only their ids, adds `honors` to them,
 * and names them as the subject of an honor; the gateway fetches the rest from their owners.
 */

@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Member {
  @Field(() => ID)
  id!: string;
}

@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Team {
  @Field(() => ID)
  id!: string;
}

@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Unit {
  @Field(() => ID)
  id!: string;

  /** From the members subgraph, for `quota` (@requires): the base of the post quota. */
  @Directive('@external')
  @Field(() => Int)
  partyMemberCount?: number;

  /** From the units subgraph, for `quota` (@requires): the base of the team quota. */
  @Directive('@external')
  @Field(() => Int)
  teamCount?: number;

  /** From the units subgraph, for `quota` (@requires): an excluded unit has none. */
  @Directive('@external')
  @Field(() => Boolean)
  excluded?: boolean;
}

@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Industry {
  @Field(() => ID)
  id!: string;
}

const TYPES = { MEMBER: Member, TEAM: Team, UNIT: Unit, INDUSTRY: Industry } as const;

/** The subject of an honor as a stub of its kind. */
export function subjectOf(kind: SubjectKind, id: string): Member | Team | Unit | Industry {
  return Object.assign(new TYPES[kind](), { id });
}

export const HonorSubject = createUnionType({
  name: 'HonorSubject',
  description: 'What an honor is for: a member (POST), a team (TEAM), a unit (UNIT) or an industry (INDUSTRY)',
  types: () => [Member, Team, Unit, Industry] as const,
});
