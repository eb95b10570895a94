import { registerEnumType } from 'type-graphql';
import { ALL_CRITERIA, CRITERION_LABELS, EVALUATOR_KINDS, EVALUATOR_KIND_LABELS, HONOR_TIERS, ROUND_KINDS, ROUND_KIND_LABELS, TIER_LABELS } from '../criteria/criteria.names.js';
import { GRADES, GRADE_LABELS } from '../summary/summary.rules.js';

/*
 * The public enums of DESIGN.md §5 this subgraph uses, from the rules' own lists (HonorTier is the
 * honors subgraph's too: the same values compose into one enum).
 */

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HonorTierEnum = enumOf(HONOR_TIERS);
export const EvaluatorKindEnum = enumOf(EVALUATOR_KINDS);
export const CriterionEnum = enumOf(ALL_CRITERIA);
export const RoundKindEnum = enumOf(ROUND_KINDS);
export const GradeEnum = enumOf(GRADES);
export const ROUND_STATUSES = ['SCHEDULED', 'OPEN', 'CLOSED'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const RoundStatusEnum = enumOf(ROUND_STATUSES);
export const EVALUATION_SOURCES = ['ONLINE', 'PAPER'] as const;
export type EvaluationSource = (typeof EVALUATION_SOURCES)[number];
export const EvaluationSourceEnum = enumOf(EVALUATION_SOURCES);

const described = <T extends string>(labels: Record<T, { zh: string; en: string }>) =>
  Object.fromEntries(Object.entries<{ zh: string; en: string }>(labels).map(([k, l]) => [k, { description: `${l.zh} ${l.en}` }])) as Record<T, { description: string }>;

registerEnumType(HonorTierEnum, {
  name: 'HonorTier',
  description: '示范岗 POST (a member), 示范团队 TEAM, 示范单位 UNIT, 示范行业 INDUSTRY',
  valuesConfig: described(TIER_LABELS),
});
registerEnumType(EvaluatorKindEnum, { name: 'EvaluatorKind', description: '三评: who evaluates', valuesConfig: described(EVALUATOR_KIND_LABELS) });
registerEnumType(CriterionEnum, {
  name: 'Criterion',
  description: "A tier's evaluation criterion (POST_*, TEAM_*, UNIT_*, INDUSTRY_*)",
  valuesConfig: Object.fromEntries(ALL_CRITERIA.map((c) => [c, { description: `${CRITERION_LABELS[c].label.zh} ${CRITERION_LABELS[c].label.en}` }])),
});
registerEnumType(RoundKindEnum, { name: 'EvaluationRoundKind', description: 'What an evaluation round is for', valuesConfig: described(ROUND_KIND_LABELS) });
registerEnumType(GradeEnum, { name: 'EvaluationGrade', description: '优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 差 below, of the published weighted score', valuesConfig: described(GRADE_LABELS) });
registerEnumType(RoundStatusEnum, {
  name: 'EvaluationRoundStatus',
  description: 'SCHEDULED before opensOn; OPEN from opensOn to closesOn (Beijing dates) unless closed; CLOSED after closesOn or once closed',
});
registerEnumType(EvaluationSourceEnum, { name: 'EvaluationSource', description: 'ONLINE (submitEvaluation) or PAPER (importPaperBallots)' });
