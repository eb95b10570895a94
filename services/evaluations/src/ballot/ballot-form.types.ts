import { DateScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { Criterion, EvaluatorKind, HonorTier, RoundKind } from '../criteria/criteria.names.js';
import { CriterionEnum, EvaluatorKindEnum, HonorTierEnum, RoundKindEnum, RoundStatusEnum, type RoundStatus } from '../graphql/enums.js';

/*
 * The public ballot form (`ballot(code)`): what the holder of a code may score, and nothing more —
 * no ids of evaluators, no counts, no other unit's subjects. Every type is PUBLIC on purpose: the
 * code itself is the credential, checked (and its refusals counted) by the query that returns it.
 */

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: "A criterion a ballot scores, with its names and the plan's sentence explaining it" })
export class BallotCriterion {
  @Field(() => CriterionEnum)
  criterion!: Criterion;

  @Field(() => String, { description: 'Chinese name, e.g. 政治合格' })
  name!: string;

  @Field(() => String, { description: 'English name' })
  nameEn!: string;

  @Field(() => String, { description: 'What to score, in the plan’s words (Chinese)' })
  hint!: string;

  @Field(() => String)
  hintEn!: string;

  @Field(() => Int)
  minScore!: number;

  @Field(() => Int)
  maxScore!: number;
}

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: 'A subject the ballot may score: a member (post), team, unit or industry of the ballot’s unit' })
export class BallotSubject {
  @Field(() => ID, { description: 'The subjectId to give submitEvaluation' })
  id!: string;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => String)
  tierName!: string;

  @Field(() => String, { nullable: true, description: 'As the owners named it when the ballots were issued' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for an industry' })
  unitName!: string | null;

  @Field(() => Boolean, { description: 'PEERS: this code has already scored it (a peer scores each subject once); MASSES: always false' })
  evaluated!: boolean;

  // Each tier has at most four criteria.
  @Directive('@listSize(assumedSize: 4)')
  @Field(() => [BallotCriterion])
  criteria!: BallotCriterion[];
}

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: 'The round a ballot belongs to' })
export class BallotRound {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoundKindEnum)
  kind!: RoundKind;

  @Field(() => String, { description: 'The kind’s Chinese name' })
  kindName!: string;

  @Field(() => DateScalar)
  opensOn!: string;

  @Field(() => DateScalar)
  closesOn!: string;

  @Field(() => RoundStatusEnum)
  status!: RoundStatus;

  @Field(() => Boolean, { description: 'Taking evaluations today' })
  open!: boolean;
}

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: '评议票: what a ballot code may score. MASSES: one subject, once; PEERS: each subject once, never the holder' })
export class BallotForm {
  @Field(() => String, { description: 'The code as printed (four groups of four)' })
  code!: string;

  @Field(() => EvaluatorKindEnum)
  evaluatorKind!: EvaluatorKind;

  @Field(() => String, { description: '群众评议 or 党员互评' })
  evaluatorKindName!: string;

  @Field(() => String, { nullable: true, description: 'The unit the ballot was issued for' })
  unitName!: string | null;

  @Field(() => BallotRound)
  round!: BallotRound;

  // A ballot's unit: its members, teams, itself and its industry.
  @Directive('@listSize(assumedSize: 100)')
  @Field(() => [BallotSubject], { description: 'In tier order (posts, teams, the unit, its industry), then by name' })
  subjects!: BallotSubject[];
}
