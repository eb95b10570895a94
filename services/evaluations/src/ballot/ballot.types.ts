import { FieldsAccess, Rule } from '@sfxd/kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EvaluatorKind } from '../criteria/criteria.names.js';
import { EvaluatorKindEnum } from '../graphql/enums.js';
import { Member } from '../subject/subject.stubs.js';

export const MAX_BALLOTS_PER_SHEET = 1000;

@InputType({ description: 'One-time ballot codes of a round for one unit: MASSES codes (count of them) or PEERS codes (one per member)' })
export class IssueBallotsInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => EvaluatorKindEnum, { defaultValue: 'MASSES', description: 'MASSES or PEERS; leaders sign in instead' })
  evaluatorKind!: EvaluatorKind;

  @Field(() => Int, { nullable: true, description: `MASSES: how many codes, 1–${MAX_BALLOTS_PER_SHEET}` })
  count?: number | null;

  @Field(() => [ID], { nullable: true, description: "PEERS: the unit's members who get a code; every member of the unit when left out" })
  evaluatorIds?: string[] | null;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'A ballot code, shown this once: only its hash is kept' })
export class IssuedBallot {
  @Field(() => String, { description: 'Written in four groups of four, e.g. K7QM-3XPD-9FHW-2ABN' })
  code!: string;

  @Field(() => String, { description: 'PUBLIC_BASE_URL/ballot/<code>: what the QR code holds' })
  url!: string;

  @Field(() => String, { description: 'The QR code of url, as an SVG document' })
  qrSvg!: string;

  @Field(() => Member, { nullable: true, description: 'PEERS: the member who evaluates with it' })
  evaluator!: Member | null;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'A file to download' })
export class BallotSheet {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => String)
  contentBase64!: string;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'Ballot codes just issued, with a printable sheet (HTML, one QR code and code per ballot, A4)' })
export class IssuedBallots {
  @Field(() => ID, { description: 'The batch these codes were issued in' })
  batchId!: string;

  @Field(() => EvaluatorKindEnum)
  evaluatorKind!: EvaluatorKind;

  @Field(() => Int)
  count!: number;

  @Field(() => [IssuedBallot])
  ballots!: IssuedBallot[];

  @Field(() => BallotSheet)
  sheet!: BallotSheet;

  roundId!: string;
  unitId!: string;
}
