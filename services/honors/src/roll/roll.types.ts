import { DateScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { HonorTierEnum } from '../honor/honor.entity.js';
import type { HonorTier } from '../honor/honor.tier.js';
import { PlaqueStatusEnum } from '../plaque/plaque.types.js';
import type { PlaqueStatus } from '../plaque/plaque.rules.js';

/*
 * 光荣榜: what anyone may read of a year's named honors and of the candidacies in publicity — the
 * plan asks to publicise the examples and to accept the masses' supervision. Names as engraved or
 * publicized, the unit's name, the tier, batch and dates; never a person's other data, never an
 * honor rejected, withdrawn or revoked.
 */

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: '光荣榜上的一项: a named honor (NAMED, or RECTIFYING — still named) as anyone may read it' })
export class HonorRollEntry {
  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => String, { nullable: true, description: 'The member’s, team’s, unit’s or industry’s name as named; null only for an honor named before the platform kept inscriptions' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit’s name as named; null for an industry (示范行业)' })
  unitName!: string | null;

  @Field(() => String, { nullable: true, description: '命名批次, e.g. 七一前首批' })
  batch!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '命名日期' })
  namedOn!: string | null;

  @Field(() => PlaqueStatusEnum, { description: 'VALID, or RECTIFYING (限期整改中, still named)' })
  status!: PlaqueStatus;

  @Field(() => String, { nullable: true, description: 'The plaque’s verification code: its public record is plaque(code), its page PUBLIC_BASE_URL/verify/<code>' })
  verificationCode!: string | null;
}

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: '公示中: a candidacy in its publicity window, about which anyone may lodge an objection (lodgeObjection)' })
export class PublicityEntry {
  @Field(() => ID, { description: 'The candidacy, as lodgeObjection takes it' })
  honorId!: string;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => String, { nullable: true, description: 'The name as publicized; null for a candidacy publicized before the platform kept it' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit’s name as publicized; null for an industry' })
  unitName!: string | null;

  @Field(() => DateScalar, { description: '公示开始日期' })
  publicityStartsOn!: string;

  @Field(() => DateScalar, { description: '公示结束日期' })
  publicityEndsOn!: string;
}

@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: '光荣榜 A campaign year’s public honor roll: its named honors by batch, and the candidacies now in publicity' })
export class HonorRoll {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'The campaign’s name' })
  campaignName!: string;

  @Field(() => [HonorRollEntry], { description: 'Named honors (NAMED and RECTIFYING) by batch — the batch named first first — then posts, teams, units, industries, by unit and name' })
  // A city's year names some 500 posts, teams, units and industries (the 2016 demo: 493): the public
  // honor roll with its seven fields stays under the cost limit.
  @Directive('@listSize(assumedSize: 600)')
  named!: HonorRollEntry[];

  @Field(() => [PublicityEntry], { description: 'Candidacies in publicity (公示), the window ending first first' })
  // A year publicizes a few dozen at a time (34).
  @Directive('@listSize(assumedSize: 60)')
  publicizing!: PublicityEntry[];
}
