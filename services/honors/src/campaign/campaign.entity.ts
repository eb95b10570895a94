import { Entity, OptionalProps, Property } from '@mikro-orm/core';
import { DateScalar, FieldsAccess, Rule, VersionedRecord, type RecordDefaults } from '@sfxd/kit';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import type { CampaignSettings } from './campaign.defaults.js';

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '阶段 A stage of the campaign, first and last day included' })
export class CampaignPhase {
  @Field(() => String)
  name!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '评议权重 How much each evaluator kind weighs in a weighted score; they sum to 1' })
export class EvaluationWeights {
  @Field(() => Float, { description: '群众评议' })
  masses!: number;

  @Field(() => Float, { description: '党员互评' })
  peers!: number;

  @Field(() => Float, { description: '领导点评' })
  leaders!: number;
}

/**
 * One year's 示范行动: its timeline, milestones, quota ratios, evaluation weights and publicity
 * length. Settings, not records of anyone: every signed-in role reads them.
 */
@FieldsAccess(Rule.SIGNED_IN)
@Directive('@key(fields: "id")')
@ObjectType({ description: '年度示范行动 One year’s demonstration action and its rules' })
@Entity({ tableName: 'campaign' })
export class Campaign extends VersionedRecord {
  [OptionalProps]?: RecordDefaults | 'weights';

  @Field(() => Int, { description: 'One campaign per year' })
  @Property({ type: 'integer', unique: true })
  year!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  name!: string;

  @Field(() => [CampaignPhase], { description: '启动、深化实施、巩固提升…, in order' })
  @Property({ type: 'json' })
  // Three phases a campaign.
  @Directive('@listSize(assumedSize: 3)')
  phases!: CampaignPhase[];

  @Field(() => DateScalar, { description: '台账报送截止日期: a ledger submitted on this day is on time' })
  @Property({ type: 'date' })
  ledgerDueOn!: string;

  @Field(() => DateScalar, { description: '首批命名 (七一前) on or before this day' })
  @Property({ type: 'date' })
  firstBatchBy!: string;

  @Field(() => Float, { description: '示范岗: declared posts ≥ this share of a unit’s Party members' })
  @Property({ type: 'float', columnType: 'double precision' })
  postRatio!: number;

  @Field(() => Float, { description: '示范团队: declared teams ≥ this share of a unit’s teams' })
  @Property({ type: 'float', columnType: 'double precision' })
  teamRatio!: number;

  @Field(() => Float, { description: '示范单位: named units ≥ this share of participating units' })
  @Property({ type: 'float', columnType: 'double precision' })
  unitRatio!: number;

  @Field(() => Int, { description: '示范行业: at least this many named' })
  @Property({ type: 'integer' })
  industryMin!: number;

  @Field(() => Int, { description: '示范行业: at most this many named; one more is refused' })
  @Property({ type: 'integer' })
  industryMax!: number;

  @Property({ type: 'float', columnType: 'double precision' })
  weightMasses!: number;

  @Property({ type: 'float', columnType: 'double precision' })
  weightPeers!: number;

  @Property({ type: 'float', columnType: 'double precision' })
  weightLeaders!: number;

  @Field(() => Int, { description: '公示期 in working days (weekends and public holidays off, 调休 days on)' })
  @Property({ type: 'integer' })
  publicityWorkingDays!: number;

  @Field(() => EvaluationWeights)
  get weights(): EvaluationWeights {
    return { masses: this.weightMasses, peers: this.weightPeers, leaders: this.weightLeaders };
  }

  /** The campaign as the pure rules take it. */
  settings(): CampaignSettings {
    return {
      year: this.year, name: this.name, phases: this.phases.map((p) => ({ ...p })), ledgerDueOn: this.ledgerDueOn,
      firstBatchBy: this.firstBatchBy, postRatio: this.postRatio, teamRatio: this.teamRatio, unitRatio: this.unitRatio,
      industryMin: this.industryMin, industryMax: this.industryMax, weights: this.weights, publicityWorkingDays: this.publicityWorkingDays,
    };
  }
}

/** The columns of a campaign's settings. */
export function campaignColumns(s: CampaignSettings) {
  return {
    year: s.year, name: s.name, phases: s.phases, ledgerDueOn: s.ledgerDueOn, firstBatchBy: s.firstBatchBy,
    postRatio: s.postRatio, teamRatio: s.teamRatio, unitRatio: s.unitRatio, industryMin: s.industryMin, industryMax: s.industryMax,
    weightMasses: s.weights.masses, weightPeers: s.weights.peers, weightLeaders: s.weights.leaders, publicityWorkingDays: s.publicityWorkingDays,
  };
}
