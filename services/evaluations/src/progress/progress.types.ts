import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { EvaluatorKind } from '../criteria/criteria.names.js';
import { EvaluatorKindEnum } from '../graphql/enums.js';
import type { SubjectKind } from '../subject/subject.stubs.js';

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: "A unit's ballot codes of one kind in a round" })
export class BallotTally {
  @Field(() => EvaluatorKindEnum)
  kind!: EvaluatorKind;

  @Field(() => Int)
  issued!: number;

  @Field(() => Int, { description: 'MASSES: codes used; PEERS: codes whose holder has evaluated at least once' })
  used!: number;

  @Field(() => Int)
  unused!: number;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'One peer (a member holding a PEERS code) and the colleagues they have not evaluated yet' })
export class PeerProgress {
  evaluatorId!: string;
  pendingIds!: string[];

  @Field(() => Int, { description: 'Colleagues evaluated so far' })
  evaluated!: number;

  @Field(() => Int, { description: 'Colleagues still to evaluate' })
  remaining!: number;
}

export interface PendingSubject {
  kind: SubjectKind;
  id: string;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: '评议进度 of a round in one unit, for reminders: ballots issued and used, peers who have not evaluated whom, subjects no leader has evaluated' })
export class EvaluationProgress {
  roundId!: string;
  unitId!: string;
  withoutLeaders!: PendingSubject[];

  @Field(() => Int, { description: "The unit's subjects in the round (registered when its ballots were issued, or when first evaluated)" })
  subjects!: number;

  @Field(() => [BallotTally], { description: 'MASSES and PEERS' })
  @Directive('@listSize(assumedSize: 2)')
  ballots!: BallotTally[];

  @Field(() => [PeerProgress], { description: 'Every holder of a PEERS code, the most behind first' })
  @Directive('@listSize(assumedSize: 60)')
  peers!: PeerProgress[];

  @Field(() => Boolean, { description: 'Whether the round takes LEADERS evaluations at all' })
  leadersExpected!: boolean;
}
