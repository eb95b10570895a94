import { DateScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity.js';
import { Unit } from '../subject/subject.entity.js';
import { LedgerSubmission } from './ledger.entity.js';
import type { LedgerStatus } from './ledger.rules.js';

export const LedgerStatusEnum = { ON_TIME: 'ON_TIME', LATE: 'LATE', MISSING: 'MISSING' } as const satisfies Record<LedgerStatus, LedgerStatus>;
registerEnumType(LedgerStatusEnum, {
  name: 'LedgerStatus',
  description: '按时 ON_TIME: first submitted on or before the campaign’s ledgerDueOn (Beijing dates); 逾期 LATE: after it; 未报送 MISSING: not submitted',
});

@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType({ description: 'One participating unit’s ledger in a campaign: its submissions and whether it was on time' })
export class UnitLedger {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => LedgerStatusEnum, { description: 'By the first submission; a resubmission does not change it' })
  status!: LedgerStatus;

  @Field(() => Boolean, { description: 'First submitted on or before ledgerDueOn' })
  onTime!: boolean;

  @Field(() => Boolean, { description: 'First submitted after ledgerDueOn' })
  late!: boolean;

  @Field(() => LedgerSubmission, { nullable: true, description: 'The latest submission; null when missing' })
  latest!: LedgerSubmission | null;

  @Field(() => Int, { description: 'Submissions so far (1 + resubmissions)' })
  submissionCount!: number;

  @Field(() => [LedgerSubmission], { description: 'Every submission, newest first' })
  // A unit submits its ledger once, resubmitting now and then.
  @Directive('@listSize(assumedSize: 5)')
  history!: LedgerSubmission[];
}

@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType({ description: '台账报送情况: who submitted a campaign’s ledger, on time or late, and who has not. A UNIT_ADMIN sees its own unit only' })
export class LedgerOverview {
  @Field(() => Campaign)
  campaign!: Campaign;

  @Field(() => DateScalar, { description: 'The campaign’s ledgerDueOn' })
  dueOn!: string;

  @Field(() => [UnitLedger], { description: 'Every participating unit (not excluded, not archived), submitted or not, by unit code' })
  units!: UnitLedger[];

  @Field(() => [Unit], { description: 'Participating units that have not submitted, by unit code' })
  missing!: Unit[];

  @Field(() => Int)
  participatingCount!: number;

  @Field(() => Int)
  onTimeCount!: number;

  @Field(() => Int)
  lateCount!: number;

  @Field(() => Int)
  missingCount!: number;
}

@FieldsAccess(Rule.UNIT_SCOPE_REFUSE)
@ObjectType({ description: 'A file for download: an XLSX ledger, base64-encoded' })
export class LedgerFile {
  @Field(() => String)
  filename!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int, { description: 'Candidacies in the file' })
  rows!: number;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'One problem in a ledger file, by spreadsheet row and column' })
export class LedgerImportError {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1; 0 means the whole file)' })
  row!: number;

  @Field(() => String, { description: 'Column header, e.g. 对象编号' })
  column!: string;

  @Field(() => String, { nullable: true, description: 'Cell address, e.g. C5' })
  cell!: string | null;

  @Field(() => String)
  message!: string;
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'What a ledger import did, or would do (dryRun), or why it did nothing (errors)' })
export class LedgerImportResult {
  @Field(() => Boolean, { description: 'true when the candidacies were declared; false on errors or a dry run' })
  applied!: boolean;

  @Field(() => Int, { description: 'New candidacies declared (or that a dry run would declare)' })
  declared!: number;

  @Field(() => Int, { description: 'Rows of candidacies that exist already' })
  unchanged!: number;

  @Field(() => [LedgerImportError], { description: 'Every problem found; when not empty nothing was written' })
  errors!: LedgerImportError[];
}

@InputType({ description: 'A unit’s ledger file to import into a campaign: declares the candidacies it lists that do not exist yet' })
export class ImportLedgerInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { description: 'The XLSX file (the template exportLedger produces), base64-encoded' })
  contentBase64!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check and count only; write nothing' })
  dryRun!: boolean;
}
