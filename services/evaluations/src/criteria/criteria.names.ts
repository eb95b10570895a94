/**
 * The public names of the evaluations subgraph (DESIGN.md §2 and §5) with their Chinese and
 * English labels. The tiers are the same four as `@sfxd/honors`' `HONOR_TIERS`; they are written
 * out here rather than imported because that package is about to become the honors subgraph
 * (entities, resolvers), which the evaluations subgraph must not load into its own process.
 */

export interface Label {
  zh: string;
  en: string;
}

/** 示范岗 (a member), 示范团队 (a team), 示范单位 (a unit), 示范行业 (an industry). */
export const HONOR_TIERS = ['POST', 'TEAM', 'UNIT', 'INDUSTRY'] as const;
export type HonorTier = (typeof HONOR_TIERS)[number];

export const TIER_LABELS: Readonly<Record<HonorTier, Label>> = {
  POST: { zh: '共产党员示范岗', en: 'Demonstration post' },
  TEAM: { zh: '共产党员示范团队', en: 'Demonstration team' },
  UNIT: { zh: '共产党员示范单位', en: 'Demonstration unit' },
  INDUSTRY: { zh: '共产党员示范行业', en: 'Demonstration industry' },
};

/** What a tier's criteria put into practice, in the plan's words (实施方案 二). */
export const TIER_THEMES: Readonly<Record<HonorTier, Label>> = {
  POST: { zh: '带头践行“四讲四有”', en: 'Leading in the “four speaks, four haves”' },
  TEAM: { zh: '密切党群干群关系、为基层和干部群众提供优质服务', en: 'Close ties with the masses and good service to the grassroots' },
  UNIT: { zh: '推动经济社会发展、为群众优质服务', en: 'Driving development and serving the masses well' },
  INDUSTRY: { zh: '优化行业行风、提升社会形象', en: 'Better sector conduct and public image' },
};

/** Each tier's criteria in the plan's order; an evaluation scores every one of its tier's. */
export const CRITERIA = {
  POST: ['POST_POLITICAL', 'POST_DISCIPLINE', 'POST_SERVICE', 'POST_DUTY'],
  TEAM: ['TEAM_UNITY', 'TEAM_RESULTS', 'TEAM_INNOVATION', 'TEAM_STYLE'],
  UNIT: ['UNIT_LEADERSHIP', 'UNIT_EXAMPLE', 'UNIT_DRIVE', 'UNIT_SERVICE'],
  INDUSTRY: ['INDUSTRY_LEADERSHIP', 'INDUSTRY_RESULTS', 'INDUSTRY_CONDUCT'],
} as const satisfies Record<HonorTier, readonly string[]>;

export type Criterion = (typeof CRITERIA)[HonorTier][number];

/** Every criterion, tier by tier, in the order of DESIGN.md §5. */
export const ALL_CRITERIA: readonly Criterion[] = HONOR_TIERS.flatMap((tier) => CRITERIA[tier]);

/**
 * `label` is the short name a score sheet heads a column with; `hint` is the plan's sentence
 * that a ballot shows under it, so that the masses score what the plan asks for.
 */
export interface CriterionLabel {
  label: Label;
  hint: Label;
}

export const CRITERION_LABELS: Readonly<Record<Criterion, CriterionLabel>> = {
  POST_POLITICAL: {
    label: { zh: '政治合格', en: 'Political direction and loyalty' },
    hint: {
      zh: '坚定正确政治方向，坚定理想信念，成为进一步增强政治意识、大局意识、核心意识、看齐意识的模范',
      en: 'Holds a firm political direction and ideals; a model of political, overall-situation, core and alignment awareness',
    },
  },
  POST_DISCIPLINE: {
    label: { zh: '守规矩重品行', en: 'Rules and conduct' },
    hint: {
      zh: '尊崇党章、遵守党规，加强党性锻炼和道德修养，成为守规矩、重品行的模范',
      en: 'Honours the Party Constitution and rules, cultivates Party spirit and morals; a model of discipline and conduct',
    },
  },
  POST_SERVICE: {
    label: { zh: '联系服务群众', en: 'Serving the masses' },
    hint: {
      zh: '强化宗旨观念，成为自觉联系服务群众的模范',
      en: 'Lives the Party’s purpose; a model of keeping in touch with and serving the masses',
    },
  },
  POST_DUTY: {
    label: { zh: '担当作为', en: 'Responsibility and results' },
    hint: {
      zh: '勇于担当作为，成为带头履行岗位职责、出色完成各项任务的模范',
      en: 'Takes on responsibility; a model of doing the post’s duties and completing every task well',
    },
  },
  TEAM_UNITY: {
    label: { zh: '团结协作好', en: 'Unity and mutual help' },
    hint: { zh: '团结协作好，成为互帮互助的模范', en: 'Works together well; a model of mutual help' },
  },
  TEAM_RESULTS: {
    label: { zh: '工作业绩好', en: 'Results' },
    hint: { zh: '工作业绩好，成为争创一流的模范', en: 'Good results; a model of striving to be first-rate' },
  },
  TEAM_INNOVATION: {
    label: { zh: '创新创业好', en: 'Innovation and hard problems' },
    hint: { zh: '创新创业好，成为攻坚破难的模范', en: 'Innovates; a model of tackling hard problems' },
  },
  TEAM_STYLE: {
    label: { zh: '工作作风好', en: 'Work style and service' },
    hint: { zh: '工作作风好，成为优质服务的模范', en: 'Good work style; a model of quality service' },
  },
  UNIT_LEADERSHIP: {
    label: { zh: '领导班子好', en: 'Leadership team' },
    hint: {
      zh: '领导班子好，认真贯彻党的路线方针政策，以改革创新精神推动工作',
      en: 'A good leadership team that carries out the Party’s line and policies and drives the work with reform and innovation',
    },
  },
  UNIT_EXAMPLE: {
    label: { zh: '党员带头示范好', en: 'Members leading by example' },
    hint: {
      zh: '党员带头示范好，在各项工作中充分发挥先锋模范作用，单位凝聚力强',
      en: 'Members lead by example in all work; a cohesive unit',
    },
  },
  UNIT_DRIVE: {
    label: { zh: '推动工作好', en: 'Driving the work' },
    hint: { zh: '推动工作好，高质量完成各项工作任务', en: 'Drives the work; completes every task to a high standard' },
  },
  UNIT_SERVICE: {
    label: { zh: '服务群众好', en: 'Serving the masses' },
    hint: {
      zh: '服务群众好，工作作风和工作实绩群众满意度高',
      en: 'Serves the masses well; the masses are satisfied with its style and results',
    },
  },
  INDUSTRY_LEADERSHIP: {
    label: { zh: '班子带头示范好', en: 'Leadership leading by example' },
    hint: {
      zh: '领导班子带头示范好，行业内的党员成为党员示范的标杆',
      en: 'The leadership leads by example; the sector’s members are the benchmark of the action',
    },
  },
  INDUSTRY_RESULTS: {
    label: { zh: '工作业绩好', en: 'Results serving the centre' },
    hint: {
      zh: '围绕中心服务大局，积极推动改革发展，工作业绩好',
      en: 'Serves the central tasks and the overall situation, pushes reform and development; good results',
    },
  },
  INDUSTRY_CONDUCT: {
    label: { zh: '作风行风好', en: 'Work style and sector conduct' },
    hint: {
      zh: '转变作风、优化行风好，整个行业社会形象好、群众评价好',
      en: 'Better work style and sector conduct; a good public image and good marks from the masses',
    },
  },
};

/** 三评: 群众评议, 党员互评, 领导点评. */
export const EVALUATOR_KINDS = ['MASSES', 'PEERS', 'LEADERS'] as const;
export type EvaluatorKind = (typeof EVALUATOR_KINDS)[number];

export const EVALUATOR_KIND_LABELS: Readonly<Record<EvaluatorKind, Label>> = {
  MASSES: { zh: '群众评议', en: 'Review by the masses' },
  PEERS: { zh: '党员互评', en: 'Review by fellow Party members' },
  LEADERS: { zh: '领导点评', en: 'Review by leaders' },
};

/**
 * Kinds of evaluation round. A mass review of candidacies (the 群众评议 step of the naming
 * procedure) is scored by the masses only (DESIGN.md §2); the mid-year review and the year-end
 * assessment by all three kinds.
 */
export const ROUND_KINDS = ['MASS_REVIEW', 'MID_YEAR_REVIEW', 'YEAR_END_ASSESSMENT'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_KIND_LABELS: Readonly<Record<RoundKind, Label>> = {
  MASS_REVIEW: { zh: '群众评议', en: 'Mass review of candidacies' },
  MID_YEAR_REVIEW: { zh: '年中评议', en: 'Mid-year review' },
  YEAR_END_ASSESSMENT: { zh: '年终考核', en: 'Year-end assessment' },
};

export const ROUND_EVALUATOR_KINDS: Readonly<Record<RoundKind, readonly EvaluatorKind[]>> = {
  MASS_REVIEW: ['MASSES'],
  MID_YEAR_REVIEW: EVALUATOR_KINDS,
  YEAR_END_ASSESSMENT: EVALUATOR_KINDS,
};

const TIER_OF = new Map<string, HonorTier>(HONOR_TIERS.flatMap((tier) => CRITERIA[tier].map((c) => [c, tier] as const)));

export function isCriterion(value: unknown): value is Criterion {
  return typeof value === 'string' && TIER_OF.has(value);
}

export function isHonorTier(value: unknown): value is HonorTier {
  return (HONOR_TIERS as readonly unknown[]).includes(value);
}

export function isEvaluatorKind(value: unknown): value is EvaluatorKind {
  return (EVALUATOR_KINDS as readonly unknown[]).includes(value);
}

export function isRoundKind(value: unknown): value is RoundKind {
  return (ROUND_KINDS as readonly unknown[]).includes(value);
}

/** The criteria a subject of `tier` is scored on. */
export function criteriaOf(tier: HonorTier): readonly Criterion[] {
  if (!isHonorTier(tier)) throw new RangeError(`Unknown tier ${JSON.stringify(tier)}`);
  return CRITERIA[tier];
}

/** The tier a criterion belongs to. */
export function tierOf(criterion: Criterion): HonorTier {
  const tier = TIER_OF.get(criterion);
  if (!tier) throw new RangeError(`Unknown criterion ${JSON.stringify(criterion)}`);
  return tier;
}

/** Whether a round of this kind takes evaluations from this evaluator kind. */
export function roundAdmits(roundKind: RoundKind, evaluatorKind: EvaluatorKind): boolean {
  if (!isRoundKind(roundKind)) throw new RangeError(`Unknown round kind ${JSON.stringify(roundKind)}`);
  return ROUND_EVALUATOR_KINDS[roundKind].includes(evaluatorKind);
}
