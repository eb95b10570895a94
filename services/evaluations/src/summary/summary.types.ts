import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { CRITERION_LABELS, EVALUATOR_KINDS, type Criterion, type EvaluatorKind, type HonorTier } from '../criteria/criteria.names.js';
import { CriterionEnum, EvaluatorKindEnum, GradeEnum, HonorTierEnum } from '../graphql/enums.js';
import { GRADE_LABELS, type Grade } from './summary.rules.js';
import type { StoredSummary } from './summary.repository.js';

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'One evaluator kind in a summary' })
export class KindSummary {
  @Field(() => EvaluatorKindEnum)
  kind!: EvaluatorKind;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of its evaluations (2 decimals); null with none' })
  mean!: number | null;

  @Field(() => Float, { description: 'The round’s weight of the kind, before renormalising over the kinds present' })
  weight!: number;

  @Field(() => Boolean, { description: 'Whether the round waits for this kind (it takes it and gives it weight)' })
  expected!: boolean;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType()
export class KindMean {
  @Field(() => EvaluatorKindEnum)
  kind!: EvaluatorKind;

  @Field(() => Float, { nullable: true })
  mean!: number | null;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: 'One criterion in a summary' })
export class CriterionSummary {
  @Field(() => CriterionEnum)
  criterion!: Criterion;

  @Field(() => String, { description: 'Its Chinese name, e.g. 政治合格' })
  get label(): string {
    return CRITERION_LABELS[this.criterion].label.zh;
  }

  @Field(() => Float, { nullable: true, description: 'Mean over every evaluation (2 decimals)' })
  mean!: number | null;

  @Field(() => [KindMean], { description: 'Mean per evaluator kind, all three in order' })
  @Directive('@listSize(assumedSize: 3)')
  byKind!: KindMean[];
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({ description: '满意率: the share of MASSES evaluations whose mean is 80 or more' })
export class Satisfaction {
  @Field(() => Int)
  satisfied!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { nullable: true, description: 'satisfied / total, 4 decimals (0.6667 is 66.67%); null with no MASSES evaluation' })
  rate!: number | null;
}

@FieldsAccess(Rule.SIGNED_IN)
@ObjectType({
  description: '评议汇总 A subject’s evaluations in a round: counts and means per kind and criterion, the weighted score over the kinds present (never a silent zero: missing kinds are listed and complete is false) and its grade',
})
export class EvaluationSummary {
  roundId!: string;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Mean of every evaluation, each counting once (2 decimals)' })
  mean!: number | null;

  @Field(() => [KindSummary], { description: 'All three kinds in order' })
  @Directive('@listSize(assumedSize: 3)')
  byKind!: KindSummary[];

  @Field(() => [CriterionSummary], { description: "The tier's criteria in order" })
  @Directive('@listSize(assumedSize: 4)')
  criteria!: CriterionSummary[];

  @Field(() => Float, { nullable: true, description: 'Σ w·mean / Σ w over the kinds present, 2 decimals, halves away from zero; null with no weighted kind' })
  weightedScore!: number | null;

  @Field(() => GradeEnum, { nullable: true, description: 'Of weightedScore: 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 差 below' })
  grade!: Grade | null;

  @Field(() => String, { nullable: true, description: '优秀, 良好, 一般 or 差' })
  get gradeLabel(): string | null {
    return this.grade ? GRADE_LABELS[this.grade].zh : null;
  }

  @Field(() => Boolean, { description: 'Every kind the round waits for has at least one evaluation' })
  complete!: boolean;

  @Field(() => [EvaluatorKindEnum], { description: 'The kinds the round waits for that have none yet' })
  @Directive('@listSize(assumedSize: 3)')
  missingKinds!: EvaluatorKind[];

  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  static of(roundId: string, s: StoredSummary): EvaluationSummary {
    return Object.assign(new EvaluationSummary(), {
      roundId, tier: s.tier, count: s.count, mean: s.mean, weightedScore: s.weightedScore, grade: s.grade, complete: s.complete,
      missingKinds: s.missingKinds, satisfaction: s.satisfaction,
      byKind: s.byKind.map((k) => Object.assign(new KindSummary(), k)),
      criteria: s.criteria.map((c) => Object.assign(new CriterionSummary(), {
        criterion: c.criterion, mean: c.mean, byKind: EVALUATOR_KINDS.map((kind) => ({ kind, mean: c.byKind[kind] })),
      })),
    });
  }
}
