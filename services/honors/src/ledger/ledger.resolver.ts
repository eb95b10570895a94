import { DateScalar, UnitScoped, UnitWrite } from '@sfxd/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity.js';
import type { Context } from '../context.js';
import { Unit, subjectOf } from '../subject/subject.entity.js';
import { LedgerContents, LedgerSubmission } from './ledger.entity.js';
import { beijingDate, isOnTime } from './ledger.rules.js';
import { LedgerService } from './ledger.service.js';
import { ledgerImportTurn } from './ledger.sheet.js';
import { ImportLedgerInput, LedgerFile, LedgerImportResult, LedgerOverview } from './ledger.types.js';

/**
 * 台账: a unit's ledger is its own record (a UNIT_ADMIN sees, submits, exports and imports its own
 * unit's only); the committee and leaders see every unit's submissions.
 */
@Resolver(() => LedgerSubmission)
export class LedgerResolver {
  @UnitScoped('EMPTY')
  @Query(() => LedgerOverview, {
    nullable: true,
    description: '台账报送情况: every participating unit’s latest submission, on time or late against ledgerDueOn, and the units that have not submitted; a UNIT_ADMIN sees its own unit only. Null for an unknown campaign',
  })
  ledgerSubmissions(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context): Promise<LedgerOverview | null> {
    return new LedgerService(ctx).overview(campaignId);
  }

  @UnitScoped('REFUSE')
  @Query(() => LedgerFile, {
    description: '导出台账: a unit’s posts, teams, unit and industry candidacies in a campaign as XLSX, the template importLedger reads; a UNIT_ADMIN its own unit’s only',
  })
  exportLedger(@Arg('campaignId', () => ID) campaignId: string, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<LedgerFile> {
    return new LedgerService(ctx).export(campaignId, unitId);
  }

  @UnitWrite()
  @Mutation(() => LedgerSubmission, {
    description: '报送台账: a UNIT_ADMIN for its own unit (unitId may be left out); ADMIN for the unit named by unitId (a ledger received on paper or by e-mail). A resubmission adds a submission; the earlier ones stay',
  })
  submitLedger(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<LedgerSubmission> {
    return new LedgerService(ctx).submit(campaignId, unitId);
  }

  @UnitWrite()
  @UseMiddleware(ledgerImportTurn)
  @Mutation(() => LedgerImportResult, {
    description: '导入台账: declares the candidacies the file lists that do not exist yet, by declareHonor’s rules; every row is checked first and with any error nothing is written. Importing an exported ledger declares nothing',
  })
  importLedger(@Arg('input', () => ImportLedgerInput) input: ImportLedgerInput, @Ctx() ctx: Context): Promise<LedgerImportResult> {
    return new LedgerService(ctx).import(input);
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => Campaign)
  async campaign(@Root() submission: LedgerSubmission, @Ctx() ctx: Context): Promise<Campaign> {
    return (await ctx.loaders.campaign.load(submission.campaignId))!;
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => Unit)
  unit(@Root() submission: LedgerSubmission): Unit {
    return subjectOf('UNIT', submission.unitId) as Unit;
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => DateScalar, { description: 'The day it was submitted, in Beijing' })
  submittedOn(@Root() submission: LedgerSubmission): string {
    return beijingDate(submission.submittedAt);
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => Boolean, { description: 'Submitted on or before the campaign’s ledgerDueOn (Beijing dates)' })
  async onTime(@Root() submission: LedgerSubmission, @Ctx() ctx: Context): Promise<boolean> {
    const campaign = await ctx.loaders.campaign.load(submission.campaignId);
    return isOnTime(submission.submittedAt, campaign!.ledgerDueOn);
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => Boolean, { description: 'Submitted after the campaign’s ledgerDueOn' })
  async late(@Root() submission: LedgerSubmission, @Ctx() ctx: Context): Promise<boolean> {
    return !(await this.onTime(submission, ctx));
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => LedgerContents, { nullable: true, description: 'What the ledger held when submitted; null if it was not recorded' })
  contents(@Root() s: LedgerSubmission): LedgerContents | null {
    if (s.posts == null || s.teams == null || s.units == null || s.named == null) return null;
    return { posts: s.posts, teams: s.teams, units: s.units, named: s.named };
  }
}
