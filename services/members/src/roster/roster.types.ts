import { FieldsAccess, Rule } from '@sfxd/kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'A file for download: an XLSX roster, base64-encoded' })
export class RosterFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int, { description: 'Members in the file' })
  rows!: number;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'One problem in a roster file, by spreadsheet row and column' })
export class RosterError {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1; 0 means the whole file)' })
  row!: number;

  @Field(() => String, { description: 'Column header, e.g. 出生日期' })
  column!: string;

  @Field(() => String, { nullable: true, description: 'Cell address, e.g. D5' })
  cell!: string | null;

  @Field(() => String)
  message!: string;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'What a roster import did, or would do (dryRun), or why it did nothing (errors)' })
export class RosterImportResult {
  @Field(() => Boolean, { description: 'true when the changes were written; false on errors or a dry run' })
  applied!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [RosterError], { description: 'Every problem found; when not empty nothing was written' })
  errors!: RosterError[];
}

@InputType()
export class ImportRosterInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { description: 'The XLSX file (the template exportRoster produces), base64-encoded' })
  contentBase64!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check and count only; write nothing' })
  dryRun!: boolean;
}
