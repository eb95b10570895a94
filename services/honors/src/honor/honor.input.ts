import { DateScalar } from '@sfxd/kit';
import { Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { HonorActionEnum, HonorTierEnum } from './honor.entity.js';
import type { HonorTier } from './honor.tier.js';
import type { HonorAction } from './honor.machine.js';

@InputType({ description: 'One step of the naming procedure or of the management of a named honor' })
export class TransitionHonorInput {
  @Field(() => ID)
  honorId!: string;

  @Field(() => HonorActionEnum)
  action!: HonorAction;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Reason or remark; required for REJECT, COMMEND, ORDER_RECTIFICATION, FAIL_RECTIFICATION, REVOKE' })
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'ORDER_RECTIFICATION: the rectification deadline, after today' })
  deadline?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'PUBLICIZE: the first day of the window, today or later' })
  publicityStartsOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'PUBLICIZE: optional. The end is computed as the campaign’s publicityWorkingDays working days from the start; a later end given here lengthens the window, an earlier one is refused',
  })
  publicityEndsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'NAME: the plaque number, unique in the campaign' })
  plaqueNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'NAME: the naming batch, e.g. 七一前首批' })
  batch?: string | null;
}

@InputType({ description: 'A candidacy: a member for POST, a team for TEAM, a unit for UNIT, an industry for INDUSTRY' })
export class DeclareHonorInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => ID, { description: 'The member, team, unit or industry declared' })
  subjectId!: string;
}
