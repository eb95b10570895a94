import { FieldsAccess, Rule } from '@sfxd/kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity.js';
import { Attainment } from '../quota/quota.types.js';

/*
 * The city-wide quotas (DESIGN.md §2): aggregates without personal data, read by every signed-in
 * role like the per-unit quotas they are made of (DESIGN.md §3, "Visibility rule").
 */

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'A quota summed over the participating units, with how many of them attain their own' })
export class SummedAttainment extends Attainment {
  @Field(() => Int, { description: 'Participating units whose own count reaches their own target' })
  unitsAttaining!: number;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '示范行业: named industries against the campaign’s industryMin–industryMax (target = industryMin)' })
export class IndustryAttainment extends Attainment {
  @Field(() => Int, { description: 'industryMin' })
  min!: number;

  @Field(() => Int, { description: 'industryMax; more named than this is not attained' })
  max!: number;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({
  description: '指标完成情况 City-wide attainment of a campaign’s quotas over the participating (non-excluded) units in use, against their current Party members and teams. "Declared" counts every candidacy not rejected, withdrawn or revoked; "named" counts NAMED and RECTIFYING',
})
export class QuotaAttainment {
  @Field(() => Campaign)
  campaign!: Campaign;

  @Field(() => Int, { description: 'Units in use that take part in the city’s action (not excluded): the base of every sum and of the unit quota' })
  participatingUnits!: number;

  @Field(() => SummedAttainment, {
    description: '示范岗: declared posts and targets (postRatio × Party members, rounded up) summed over the participating units; attained when every one of them attains its own',
  })
  posts!: SummedAttainment;

  @Field(() => SummedAttainment, { description: '示范团队: declared teams and targets (teamRatio × teams) summed likewise' })
  teams!: SummedAttainment;

  @Field(() => Attainment, { description: '示范单位: participating units named, against unitRatio × participatingUnits (rounded up)' })
  units!: Attainment;

  @Field(() => IndustryAttainment, { description: '示范行业: industries named, attained from industryMin to industryMax' })
  industries!: IndustryAttainment;
}
