import { DateScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HonorTierEnum } from '../honor/honor.entity.js';
import type { HonorTier } from '../honor/honor.tier.js';
import { PLAQUE_STATUSES, type PlaqueStatus } from './plaque.rules.js';

export const PlaqueStatusEnum = Object.fromEntries(PLAQUE_STATUSES.map((s) => [s, s])) as { [K in PlaqueStatus]: K };
registerEnumType(PlaqueStatusEnum, {
  name: 'PlaqueStatus',
  description: 'VALID 有效 (named), RECTIFYING 限期整改中 (still named), REVOKED 已取消命名',
});

/**
 * 牌匾公开信息: what anyone holding a plaque's code may read — and nothing more (no ids, no plaque
 * number, no history, no people other than the one honored).
 */
@FieldsAccess(Rule.PUBLIC)
@ObjectType({ description: '牌匾公开信息 The public record of a plaque, found by the verification code printed on it' })
export class Plaque {
  @Field(() => String, {
    nullable: true,
    description: 'The member’s, team’s, unit’s or industry’s name as named; null only for a plaque named before the platform kept inscriptions',
  })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit’s name as named; null for an industry (示范行业)' })
  unitName!: string | null;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => Int, { description: 'The campaign’s year' })
  year!: number;

  @Field(() => String, { nullable: true, description: '命名批次, e.g. 七一前首批' })
  batch!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '命名日期' })
  namedOn!: string | null;

  @Field(() => PlaqueStatusEnum)
  status!: PlaqueStatus;

  @Field(() => DateScalar, { nullable: true, description: '取消命名日期, when REVOKED' })
  revokedOn!: string | null;
}

/** For printing a plaque: its public page and a QR code of it. */
@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'The QR code to print on a plaque: it opens the plaque’s public page' })
export class PlaqueQr {
  @Field(() => String, { description: 'The verification code printed under the QR code' })
  code!: string;

  @Field(() => String, { description: 'PUBLIC_BASE_URL/verify/<code>' })
  url!: string;

  @Field(() => String, { description: 'An SVG image (image/svg+xml) of the QR code; self-contained, no external reference' })
  svg!: string;
}
