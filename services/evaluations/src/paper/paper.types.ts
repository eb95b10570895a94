import { FieldsAccess, Rule } from '@sfxd/kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'A file for download: an XLSX sheet, base64-encoded' })
export class PaperBallotFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int, { description: 'Subjects listed' })
  rows!: number;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'One problem in a paper-ballot file, by spreadsheet row and column' })
export class PaperBallotError {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1; 0 means the whole file)' })
  row!: number;

  @Field(() => String, { description: 'Column header, e.g. 示范岗-政治合格' })
  column!: string;

  @Field(() => String, { nullable: true, description: 'Cell address, e.g. D5' })
  cell!: string | null;

  @Field(() => String)
  message!: string;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'What a paper-ballot import did, or would do (dryRun), or why it did nothing (errors)' })
export class PaperImportResult {
  @Field(() => Boolean, { description: 'true when the evaluations were written; false on errors or a dry run' })
  applied!: boolean;

  @Field(() => Int, { description: 'Ballots (rows) imported, or that would be' })
  ballots!: number;

  @Field(() => [PaperBallotError], { description: 'Every problem found; when not empty nothing was written' })
  errors!: PaperBallotError[];
}

@InputType()
export class ImportPaperBallotsInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { description: 'The XLSX file (the template exportPaperBallotTemplate produces), base64-encoded' })
  contentBase64!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check and count only; write nothing' })
  dryRun!: boolean;
}
