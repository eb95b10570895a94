import { CachedAnswer, FieldsAccess, Rule } from '@sfxd/kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@CachedAnswer()
@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'How far a count is from its target' })
export class Attainment {
  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'The smallest count that reaches the ratio: ceil(ratio × base)' })
  target!: number;

  @Field(() => Float, { description: 'count / target; 1 when the target is 0' })
  ratio!: number;

  @Field(() => Boolean)
  attained!: boolean;
}

@CachedAnswer()
@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: "A unit's quotas in a campaign: declared posts against its Party members, declared teams against its teams" })
export class UnitQuota {
  @Field(() => Int, { description: 'Party members, the base of the post quota' })
  partyMembers!: number;

  @Field(() => Int, { description: 'Teams in use, the base of the team quota' })
  teams!: number;

  @Field(() => Attainment, { description: '示范岗: declared posts ≥ postRatio × partyMembers' })
  posts!: Attainment;

  @Field(() => Attainment, { description: '示范团队: declared teams ≥ teamRatio × teams' })
  teamQuota!: Attainment;
}
