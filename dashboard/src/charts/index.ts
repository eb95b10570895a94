// Chart option builders: data → ECharts option, free of the DOM and of Vue, so that the dashboard
// draws them in the browser and the year-end report renders the same charts with ECharts SSR.
export { activityMonthsOption, activityTypesOption, type ActivityCell, type ActivityKind, type ActivityMonthsText, type ActivityShare, type ActivityTypesText } from './activity.js';
export { breakdownOption, shareOption, type BreakdownCell, type BreakdownKey, type BreakdownText, type ShareText } from './breakdown.js';
export { scoreTrendOption, type ScorePoint, type ScoreTrendText } from './trend.js';
export {
  EVALUATOR_KINDS,
  HIGHLIGHT_COLOR,
  KIND_COLORS,
  axisFloor,
  criteriaRadarOption,
  kindDistributionOption,
  scoreRankingOption,
  yearCompareOption,
  type CriteriaRadarText,
  type CriterionMeans,
  type EvaluatorKindKey,
  type KindBuckets,
  type KindDistributionText,
  type MonthScore,
  type ScoreRankingText,
  type UnitScore,
  type YearCompareText,
} from './evaluation.js';
export { barChartHeight, rankingOption, unitsByIndustryOption, type IndustryUnits, type RankedRow, type RankingText, type UnitsByIndustryText } from './units.js';
export {
  ATTAINED_COLOR,
  TARGET_COLOR,
  UNATTAINED_COLOR,
  quotaAttainmentOption,
  sortByRatio,
  type QuotaAttainmentText,
  type QuotaChartRow,
  type QuotaFigure,
  type QuotaMetric,
} from './quota.js';
export {
  MILESTONE_COLOR,
  PUBLICITY_COLOR,
  campaignTimelineOption,
  dayLabel,
  timelineHeight,
  type CampaignTimelineText,
  type TimelineKind,
  type TimelineMilestone,
  type TimelineSpan,
} from './timeline.js';
export {
  ACTION_COLORS,
  HEAT_COLORS,
  MANAGEMENT_ACTIONS,
  managementBarsOption,
  managementHeatmapOption,
  managementMonths,
  managementUnitOrder,
  type ManagementActionKey,
  type ManagementBarsText,
  type ManagementCell,
  type ManagementHeatmapText,
  type MonthColumn,
} from './management.js';
export { datasetOf, describe, frame } from './frame.js';
export { formatCell, formatNumber, formatPercent, monthLabel } from './format.js';
export { EXCLUDED_COLOR, FONT_FAMILY, PARTICIPATING_COLOR, SERIES_COLORS } from './theme.js';
export type { ChartDataset, ChartEnv, ChartText, Column } from './types.js';
