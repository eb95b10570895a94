import { DateScalar, VersionedChange } from '@sfxd/kit';
import { Field, Float, InputType, Int } from 'type-graphql';

@InputType()
export class CampaignPhaseInput {
  @Field(() => String)
  name!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;
}

@InputType()
export class EvaluationWeightsInput {
  @Field(() => Float)
  masses!: number;

  @Field(() => Float)
  peers!: number;

  @Field(() => Float)
  leaders!: number;
}

/** Settings of a campaign as an input gives them; each one left out keeps its value (an update) or the plan's (a new campaign). */
export interface CampaignSettingsInput {
  name?: string | null;
  phases?: CampaignPhaseInput[] | null;
  ledgerDueOn?: string | null;
  firstBatchBy?: string | null;
  postRatio?: number | null;
  teamRatio?: number | null;
  unitRatio?: number | null;
  industryMin?: number | null;
  industryMax?: number | null;
  weights?: EvaluationWeightsInput | null;
  publicityWorkingDays?: number | null;
}

@InputType({ description: 'A new campaign: settings left out take the 2016 plan’s values moved to the year' })
export class CreateCampaignInput implements CampaignSettingsInput {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [CampaignPhaseInput], { nullable: true })
  phases?: CampaignPhaseInput[] | null;

  @Field(() => DateScalar, { nullable: true })
  ledgerDueOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  firstBatchBy?: string | null;

  @Field(() => Float, { nullable: true })
  postRatio?: number | null;

  @Field(() => Float, { nullable: true })
  teamRatio?: number | null;

  @Field(() => Float, { nullable: true })
  unitRatio?: number | null;

  @Field(() => Int, { nullable: true })
  industryMin?: number | null;

  @Field(() => Int, { nullable: true })
  industryMax?: number | null;

  @Field(() => EvaluationWeightsInput, { nullable: true })
  weights?: EvaluationWeightsInput | null;

  @Field(() => Int, { nullable: true })
  publicityWorkingDays?: number | null;
}

@InputType({ description: 'Changes to a campaign (its year stays); settings left out stay as they are' })
export class UpdateCampaignInput extends VersionedChange implements CampaignSettingsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [CampaignPhaseInput], { nullable: true })
  phases?: CampaignPhaseInput[] | null;

  @Field(() => DateScalar, { nullable: true })
  ledgerDueOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  firstBatchBy?: string | null;

  @Field(() => Float, { nullable: true })
  postRatio?: number | null;

  @Field(() => Float, { nullable: true })
  teamRatio?: number | null;

  @Field(() => Float, { nullable: true })
  unitRatio?: number | null;

  @Field(() => Int, { nullable: true })
  industryMin?: number | null;

  @Field(() => Int, { nullable: true })
  industryMax?: number | null;

  @Field(() => EvaluationWeightsInput, { nullable: true })
  weights?: EvaluationWeightsInput | null;

  @Field(() => Int, { nullable: true })
  publicityWorkingDays?: number | null;
}
