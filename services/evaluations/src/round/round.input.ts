import { DateScalar, VersionedChange } from '@sfxd/kit';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { HonorTier, RoundKind } from '../criteria/criteria.names.js';
import { HonorTierEnum, RoundKindEnum } from '../graphql/enums.js';

@InputType()
export class RoundWeightsInput {
  @Field(() => Float)
  masses!: number;

  @Field(() => Float)
  peers!: number;

  @Field(() => Float)
  leaders!: number;
}

@InputType({ description: 'A new round of a campaign: its weights are copied from the campaign' })
export class CreateEvaluationRoundInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => String, { description: '1–64 characters, e.g. 2016年年中评议' })
  name!: string;

  @Field(() => RoundKindEnum)
  kind!: RoundKind;

  @Field(() => DateScalar)
  opensOn!: string;

  @Field(() => DateScalar, { description: 'On or after opensOn, within a year of it' })
  closesOn!: string;

  @Field(() => [HonorTierEnum], { nullable: true, description: 'The tiers evaluated; all four when left out' })
  tiers?: HonorTier[] | null;
}

@InputType({ description: 'Changes to a round that is not closed; weights and tiers only until its first evaluation' })
export class UpdateEvaluationRoundInput extends VersionedChange {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => DateScalar, { nullable: true })
  opensOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  closesOn?: string | null;

  @Field(() => [HonorTierEnum], { nullable: true })
  tiers?: HonorTier[] | null;

  @Field(() => RoundWeightsInput, { nullable: true, description: 'At most 4 decimals each, summing to 1' })
  weights?: RoundWeightsInput | null;
}

@InputType()
export class CloseEvaluationRoundInput extends VersionedChange {}
