import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, ID, ObjectType, createUnionType } from 'type-graphql';

/*
 * Other subgraphs' entities, as stubs: this subgraph knows only their ids, adds summaries to them,
 * and names them as the subject of an evaluation; the gateway fetches the rest from their owners.
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
}

@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Industry {
  @Field(() => ID)
  id!: string;
}

/** A candidacy or honor of the honors subgraph: its mass review's summary is added here. */
@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Honor {
  @Field(() => ID)
  id!: string;
}

@FieldsAccess(Rule.PUBLIC)
@Directive('@key(fields: "id")')
@ObjectType()
export class Campaign {
  @Field(() => ID)
  id!: string;
}

export const SUBJECT_KINDS = ['MEMBER', 'TEAM', 'UNIT', 'INDUSTRY'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

const TYPES = { MEMBER: Member, TEAM: Team, UNIT: Unit, INDUSTRY: Industry } as const;

/** A subject as a stub of its kind. */
export function subjectOf(kind: SubjectKind, id: string): Member | Team | Unit | Industry {
  return Object.assign(new TYPES[kind](), { id });
}

export const stubOf = <T extends object>(type: new () => T, id: string): T => Object.assign(new type(), { id });

export const EvaluationSubject = createUnionType({
  name: 'EvaluationSubject',
  description: 'What is evaluated: a member (POST), a team (TEAM), a unit (UNIT) or an industry (INDUSTRY)',
  types: () => [Member, Team, Unit, Industry] as const,
});
