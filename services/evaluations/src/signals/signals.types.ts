import { FieldsAccess, Rule } from '@sfxd/kit';
import { Directive, Field, Float, ObjectType } from 'type-graphql';
import type { HonorTier } from '../criteria/criteria.names.js';
import { GradeEnum, HonorTierEnum } from '../graphql/enums.js';
import { GRADE_LABELS, type Grade } from '../summary/summary.rules.js';
import type { SubjectKind } from '../subject/subject.stubs.js';

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: 'A named honor and its subject’s latest summary in the campaign' })
export class HonorSignal {
  honorId!: string;
  subjectId!: string;
  subjectKind!: SubjectKind;
  unitId!: string | null;
  roundId!: string;

  @Field(() => HonorTierEnum)
  tier!: HonorTier;

  @Field(() => Float, { nullable: true })
  weightedScore!: number | null;

  @Field(() => GradeEnum)
  grade!: Grade;

  @Field(() => String, { description: '优秀, 良好, 一般 or 差' })
  get gradeLabel(): string {
    return GRADE_LABELS[this.grade].zh;
  }
}

@FieldsAccess(Rule.UNIT_WRITE)
@ObjectType({ description: '动态管理提示: from the latest evaluations of the campaign’s named honors' })
export class EvaluationSignals {
  @Field(() => [HonorSignal], { description: '整改候选: named honors whose latest summary is 一般 or 差, lowest first' })
  @Directive('@listSize(assumedSize: 50)')
  rectificationCandidates!: HonorSignal[];

  @Field(() => [HonorSignal], { description: '倾斜推荐: named posts graded 优秀, recommended for preference in commendation, promotion and annual assessment; highest first' })
  @Directive('@listSize(assumedSize: 100)')
  preferenceRecommendations!: HonorSignal[];
}
