import { DecimalType, Entity, OptionalProps, Property } from '@mikro-orm/core';
import { DateScalar, FieldsAccess, Rule, VersionedRecord, businessToday, type RecordDefaults } from '@sfxd/kit';
import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { ROUND_KIND_LABELS, type HonorTier, type RoundKind } from '../criteria/criteria.names.js';
import { HonorTierEnum, RoundKindEnum, RoundStatusEnum, type RoundStatus } from '../graphql/enums.js';
import type { EvaluationWeights } from '../summary/summary.check.js';
import type { RoundRules } from '../summary/summary.rules.js';

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '本轮权重 How much each evaluator kind weighs in this round’s weighted scores; copied from the campaign, they sum to 1' })
export class RoundWeights {
  @Field(() => Float, { description: '群众评议' })
  masses!: number;

  @Field(() => Float, { description: '党员互评' })
  peers!: number;

  @Field(() => Float, { description: '领导点评' })
  leaders!: number;
}

/**
 * An evaluation round of a campaign: a mass review of candidacies (群众评议, the masses only), a
 * mid-year review or a year-end assessment (all three kinds). Settings, not records of anyone:
 * every signed-in role reads them.
 */
@FieldsAccess(Rule.SIGNED_IN)
@Directive('@key(fields: "id")')
@ObjectType({ description: '评议轮次 An evaluation round of a campaign' })
@Entity({ tableName: 'round' })
export class EvaluationRound extends VersionedRecord {
  [OptionalProps]?: RecordDefaults | 'closedAt' | 'closedBy' | 'weights' | 'status' | 'kindLabel';

  @Property({ type: 'uuid' })
  campaignId!: string;

  /** The campaign's year, kept so that trends compare years without asking the honors subgraph. */
  @Property({ type: 'integer' })
  campaignYear!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  name!: string;

  @Field(() => RoundKindEnum)
  @Property({ type: 'string', length: 24 })
  kind!: RoundKind;

  @Field(() => DateScalar, { description: 'First day evaluations are taken (Beijing date)' })
  @Property({ type: 'date' })
  opensOn!: string;

  @Field(() => DateScalar, { description: 'Last day evaluations are taken (Beijing date)' })
  @Property({ type: 'date' })
  closesOn!: string;

  @Field(() => [HonorTierEnum], { description: 'The tiers of subject evaluated in this round' })
  @Property({ type: 'string[]', columnType: 'varchar(16)[]' })
  @Directive('@listSize(assumedSize: 4)')
  tiers!: HonorTier[];

  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,4)' })
  weightMasses!: number;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,4)' })
  weightPeers!: number;

  @Property({ type: new DecimalType('number'), columnType: 'numeric(5,4)' })
  weightLeaders!: number;

  @Field(() => Date, { nullable: true, description: 'When ADMIN closed it early, if so' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'string', length: 255 })
  createdBy!: string;

  @Field(() => RoundWeights)
  get weights(): EvaluationWeights {
    return { masses: this.weightMasses, peers: this.weightPeers, leaders: this.weightLeaders };
  }

  @Field(() => String, { description: 'The kind’s Chinese name: 群众评议, 年中评议, 年终考核' })
  get kindLabel(): string {
    return ROUND_KIND_LABELS[this.kind].zh;
  }

  @Field(() => RoundStatusEnum)
  get status(): RoundStatus {
    return roundStatus(this, businessToday());
  }

  /** The round as the summary rules take it. */
  rules(): RoundRules {
    return { kind: this.kind, weights: this.weights };
  }
}

/** Where a round stands on a (Beijing) day. */
export function roundStatus(round: Pick<EvaluationRound, 'opensOn' | 'closesOn' | 'closedAt'>, today: string): RoundStatus {
  if (round.closedAt || today > round.closesOn) return 'CLOSED';
  return today < round.opensOn ? 'SCHEDULED' : 'OPEN';
}
