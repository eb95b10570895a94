import { DateScalar, FieldsAccess, Rule } from '@sfxd/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HonorActionEnum, HonorStatusEnum, HonorTierEnum } from '../honor/honor.entity.js';
import type { HonorAction, HonorStatus } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';
import { Unit } from '../subject/subject.entity.js';
import { RECTIFICATION_OUTCOMES, type ManagementAction, type RectificationOutcome } from './analytics.rules.js';

/*
 * Rows of the analytic queries. Counts per unit carry no personal data and are every signed-in
 * role's (DESIGN.md §3); a rectification is one honor's record and follows the candidacies' rule.
 */

export const RectificationOutcomeEnum = Object.fromEntries(RECTIFICATION_OUTCOMES.map((o) => [o, o])) as { [K in RectificationOutcome]: K };
registerEnumType(RectificationOutcomeEnum, {
  name: 'RectificationOutcome',
  description: '整改结果: OPEN (no result yet), PASSED (PASS_RECTIFICATION), FAILED (FAIL_RECTIFICATION, or the name revoked while rectifying)',
});

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'How many of a campaign’s candidacies of one unit and tier stand in one status' })
export class HonorCount {
  @Field(() => ID, { nullable: true, description: 'Null for industries (示范行业), which belong to no unit' })
  unitId!: string | null;

  @Field(() => Unit, { nullable: true })
  unit!: Unit | null;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => HonorStatusEnum)
  status!: HonorStatus;

  @Field(() => Int)
  count!: number;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '动态管理 How many times an action was taken on one unit’s named honors in one month' })
export class ManagementActionCount {
  @Field(() => HonorActionEnum, { description: 'COMMEND, ORDER_RECTIFICATION, PASS_RECTIFICATION, FAIL_RECTIFICATION or REVOKE' })
  action!: ManagementAction;

  @Field(() => ID, { nullable: true, description: 'Null for industries' })
  unitId!: string | null;

  @Field(() => Unit, { nullable: true })
  unit!: Unit | null;

  @Field(() => String, { description: 'YYYY-MM, Beijing time' })
  month!: string;

  @Field(() => Int)
  count!: number;
}

@FieldsAccess(Rule.UNIT_SCOPE_EMPTY)
@ObjectType({ description: '限期整改 One order to rectify a named honor, and what became of it' })
export class Rectification {
  @Field(() => ID)
  honorId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for industries' })
  unitId!: string | null;

  @Field(() => Unit, { nullable: true })
  unit!: Unit | null;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => String, { description: '整改原因: the note of the ORDER_RECTIFICATION' })
  reason!: string;

  @Field(() => DateScalar, { description: 'The day it was ordered (Beijing)' })
  orderedOn!: string;

  @Field(() => DateScalar, { description: '整改期限' })
  deadline!: string;

  @Field(() => RectificationOutcomeEnum)
  outcome!: RectificationOutcome;

  @Field(() => HonorActionEnum, { nullable: true, description: 'The action that ended it: PASS_RECTIFICATION, FAIL_RECTIFICATION or REVOKE; null while open' })
  closedBy!: HonorAction | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ended; null while open' })
  closedOn!: string | null;

  @Field(() => Boolean, { description: 'Open and past its deadline on the day asked about (the deadline day itself is in time)' })
  overdue!: boolean;
}
