import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import type { EvaluatorKind } from '../criteria/criteria.names.js';
import { EvaluatorKindEnum, GradeEnum } from '../graphql/enums.js';
import { GRADE_LABELS, gradeOf, type Grade } from '../summary/summary.rules.js';
import type { TrendRow, UnitScoreRow } from './trend.repository.js';

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'The evaluations of a round, a month or a campaign year, together' })
export class TrendPoint {
  roundId!: string | null;

  @Field(() => String, { nullable: true, description: 'MONTH points: YYYY-MM (Beijing)' })
  month!: string | null;

  @Field(() => Int, { nullable: true, description: 'YEAR points: the campaign year' })
  year!: number | null;

  @Field(() => Int, { description: 'Evaluations counted' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Σ w·mean / Σ w over the evaluator kinds present (2 decimals)' })
  weightedScore!: number | null;

  @Field(() => GradeEnum, { nullable: true })
  get grade(): Grade | null {
    return this.weightedScore === null ? null : gradeOf(this.weightedScore);
  }

  @Field(() => String, { nullable: true, description: '优秀, 良好, 一般 or 差' })
  get gradeLabel(): string | null {
    return this.grade ? GRADE_LABELS[this.grade].zh : null;
  }

  @Field(() => Int, { description: 'MASSES evaluations counted' })
  massesCount!: number;

  @Field(() => Float, { nullable: true, description: '满意率: share of MASSES evaluations whose mean is 80 or more (4 decimals); null with none' })
  satisfactionRate!: number | null;

  static of(row: TrendRow): TrendPoint {
    return Object.assign(new TrendPoint(), {
      roundId: row.grain === 'ROUND' ? row.key : null, month: row.grain === 'MONTH' ? row.key : null, year: row.grain === 'YEAR' ? Number(row.key) : null,
      count: row.count, weightedScore: row.weightedScore, massesCount: row.masses, satisfactionRate: row.satisfactionRate,
    });
  }
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '评议趋势 for the city, an industry or a unit: per round, per month and per campaign year' })
export class EvaluationTrend {
  @Field(() => [TrendPoint], { description: 'One point per round with evaluations, in the order rounds open (of the campaign given, else of all)' })
  @Directive('@listSize(assumedSize: 12)')
  byRound!: TrendPoint[];

  @Field(() => [TrendPoint], { description: 'One point per month with evaluations (of the campaign given, else of all)' })
  @Directive('@listSize(assumedSize: 24)')
  byMonth!: TrendPoint[];

  @Field(() => [TrendPoint], { description: 'One point per campaign year, every campaign: 2016 beside 2015' })
  @Directive('@listSize(assumedSize: 5)')
  byYear!: TrendPoint[];
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'Evaluations whose mean is from `from` up to the next bucket’s `from` (to is the label’s upper end)' })
export class BucketCount {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;

  @Field(() => String, { description: 'e.g. 80–89分' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'The distribution of one evaluator kind’s evaluation means in a round' })
export class KindHistogram {
  @Field(() => EvaluatorKindEnum)
  kind!: EvaluatorKind;

  @Field(() => Int)
  total!: number;

  @Field(() => [BucketCount], { description: '60分以下, 60–69, 70–79, 80–89, 90–100' })
  @Directive('@listSize(assumedSize: 5)')
  buckets!: BucketCount[];
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '单位评议排名: one unit’s evaluations (its members’, teams’ and its own) taken together' })
export class UnitEvaluationScore {
  unitId!: string;

  @Field(() => Int, { description: 'Evaluations counted' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Σ w·mean / Σ w over the evaluator kinds present (2 decimals); null with no weighted kind' })
  weightedScore!: number | null;

  @Field(() => GradeEnum, { nullable: true })
  get grade(): Grade | null {
    return this.weightedScore === null ? null : gradeOf(this.weightedScore);
  }

  @Field(() => String, { nullable: true, description: '优秀, 良好, 一般 or 差' })
  get gradeLabel(): string | null {
    return this.grade ? GRADE_LABELS[this.grade].zh : null;
  }

  @Field(() => Int, { description: 'MASSES evaluations counted' })
  massesCount!: number;

  @Field(() => Float, { nullable: true, description: '满意率: share of MASSES evaluations whose mean is 80 or more (4 decimals); null with none' })
  satisfactionRate!: number | null;

  static of(row: UnitScoreRow): UnitEvaluationScore {
    return Object.assign(new UnitEvaluationScore(), {
      unitId: row.unitId, count: row.count, weightedScore: row.weightedScore, massesCount: row.masses, satisfactionRate: row.satisfactionRate,
    });
  }
}
