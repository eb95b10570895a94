import { Field, ID, InputType, Int } from 'type-graphql';
import type { Criterion, EvaluatorKind } from '../criteria/criteria.names.js';
import { CriterionEnum, EvaluatorKindEnum } from '../graphql/enums.js';

@InputType()
export class CriterionScoreInput {
  @Field(() => CriterionEnum)
  criterion!: Criterion;

  @Field(() => Int, { description: '0–100' })
  score!: number;
}

@InputType({
  description: "An evaluation: MASSES and PEERS with a ballot code (no account needed), LEADERS signed in as LEADER or ADMIN. Every criterion of the subject's tier scored once, 0–100",
})
export class SubmitEvaluationInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => ID, { description: 'The member, team, unit or industry evaluated, or a candidacy (Honor) id for its subject' })
  subjectId!: string;

  @Field(() => EvaluatorKindEnum)
  evaluatorKind!: EvaluatorKind;

  @Field(() => [CriterionScoreInput])
  scores!: CriterionScoreInput[];

  @Field(() => String, { nullable: true, description: 'Plain text, at most 500 characters' })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'MASSES and PEERS: the code printed on the ballot (dashes, spaces and case do not matter)' })
  ballotCode?: string | null;
}
