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

/**
 * The settings a campaign input may carry, declared once: `CreateCampaignInput` and
 * `UpdateCampaignInput` inherit them (type-graphql copies a base input type's fields into each
 * input that extends it; the base itself, used by no field, never reaches the schema). A mixin
 * rather than a plain base class, because the update also inherits `VersionedChange`'s `id` and
 * `expectedVersion`; the settings come after the fields they are mixed onto, as the SDL has
 * always listed them.
 */
function withCampaignSettings<TBase extends abstract new (...args: any[]) => object>(Base: TBase) {
  @InputType()
  abstract class CampaignSettingsFields extends Base implements CampaignSettingsInput {
    @Field(() => String, { nullable: true, description: '1–64 characters; the plan’s: “<year>年共产党员示范行动”' })
    name?: string | null;

    @Field(() => [CampaignPhaseInput], { nullable: true, description: 'In date order, inside the year; the plan’s: 启动, 深化实施, 巩固提升' })
    phases?: CampaignPhaseInput[] | null;

    @Field(() => DateScalar, { nullable: true, description: '台账 due date; one submitted on it is on time (plan: 20 June)' })
    ledgerDueOn?: string | null;

    @Field(() => DateScalar, { nullable: true, description: 'The first naming batch is named by this day (plan: 1 July, 七一)' })
    firstBatchBy?: string | null;

    @Field(() => Float, { nullable: true, description: '示范岗 quota: declared posts ≥ postRatio × a unit’s Party members (plan: 0.10)' })
    postRatio?: number | null;

    @Field(() => Float, { nullable: true, description: '示范团队 quota: declared teams ≥ teamRatio × a unit’s teams (plan: 0.10)' })
    teamRatio?: number | null;

    @Field(() => Float, { nullable: true, description: '示范单位 quota: named units ≥ unitRatio × participating units (plan: 0.10)' })
    unitRatio?: number | null;

    @Field(() => Int, { nullable: true, description: '示范行业: at least this many named (plan: 2)' })
    industryMin?: number | null;

    @Field(() => Int, { nullable: true, description: '示范行业: at most this many named; naming one more is CONFLICT (plan: 3)' })
    industryMax?: number | null;

    @Field(() => EvaluationWeightsInput, { nullable: true, description: 'Weights of the masses, peers and leaders in a weighted score, summing to 1 (plan: 0.4/0.3/0.3)' })
    weights?: EvaluationWeightsInput | null;

    @Field(() => Int, { nullable: true, description: '公示 window in working days (plan: 5)' })
    publicityWorkingDays?: number | null;
  }
  return CampaignSettingsFields;
}

/** What only a new campaign names: its year. */
@InputType()
abstract class CampaignYear {
  @Field(() => Int, { description: 'One campaign per year (CONFLICT otherwise)' })
  year!: number;
}

@InputType({ description: 'A new campaign: settings left out take the 2016 plan’s values moved to the year' })
export class CreateCampaignInput extends withCampaignSettings(CampaignYear) {}

@InputType({ description: 'Changes to a campaign (its year stays); settings left out stay as they are' })
export class UpdateCampaignInput extends withCampaignSettings(VersionedChange) {}
