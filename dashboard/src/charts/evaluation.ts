import type { EChartsOption } from 'echarts';
import { formatNumber, formatPercent } from './format.js';
import { frame, splitLine } from './frame.js';
import { INK, MUTED, SERIES_COLORS } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/** 三评: the evaluator kinds in the plan's order (群众评议, 党员互评, 领导点评). */
export const EVALUATOR_KINDS = ['MASSES', 'PEERS', 'LEADERS'] as const;
export type EvaluatorKindKey = (typeof EVALUATOR_KINDS)[number];

/** One colour per kind, from the colour-blind-safe palette; the overall mean is drawn in ink. */
export const KIND_COLORS: Readonly<Record<EvaluatorKindKey, string>> = { MASSES: SERIES_COLORS[0]!, PEERS: SERIES_COLORS[1]!, LEADERS: SERIES_COLORS[2]! };

/** The lowest multiple of `step` at least `margin` below every value, never below 0: an axis zoomed to the data. */
export function axisFloor(values: readonly (number | null)[], margin = 5, step = 5): number {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.max(0, Math.floor((Math.min(...present) - margin) / step) * step) : 0;
}

/** ECharts draws a gap for '-', where null in a dataset would be read as zero. */
const gap = (value: number | null) => value ?? '-';
const valueAt = (p: { value: unknown }, i: number) => (p.value as (number | string)[])[i];

// ---------------------------------------------------------------------------------------------

/** One month of a campaign year: 1–12, with the month's weighted score, satisfaction and count. */
export interface MonthScore {
  month: number;
  score: number | null;
  satisfaction: number | null;
  count: number;
}

export interface YearCompareText extends ChartText {
  month: string;
  /** The axes' names. */
  score: string;
  satisfaction: string;
  /** Column headings, each naming its year, e.g. 2016年加权得分. */
  currentScore: string;
  previousScore: string;
  currentSatisfaction: string;
  previousSatisfaction: string;
}

/**
 * 同比: a year's weighted score per month beside the previous year's (left axis, solid and dashed
 * lines), and both years' satisfaction (right axis, percent); a month either year has evaluations
 * in is a row, in calendar order.
 */
export function yearCompareOption(
  input: { current: MonthScore[]; previous: MonthScore[]; monthLabel: (month: number) => string },
  text: YearCompareText,
  env: ChartEnv,
): EChartsOption {
  const months = [...new Set([...input.current, ...input.previous].map((p) => p.month))].sort((a, b) => a - b);
  const at = (points: MonthScore[], month: number) => points.find((p) => p.month === month);
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'month', displayName: text.month, type: 'ordinal' },
      { name: 'current', displayName: text.currentScore, type: 'float', digits: 2 },
      { name: 'previous', displayName: text.previousScore, type: 'float', digits: 2 },
      { name: 'currentSatisfaction', displayName: text.currentSatisfaction, type: 'float', format: 'percent' },
      { name: 'previousSatisfaction', displayName: text.previousSatisfaction, type: 'float', format: 'percent' },
    ],
    source: months.map((m) => {
      const [c, p] = [at(input.current, m), at(input.previous, m)];
      return [input.monthLabel(m), gap(c?.score ?? null), gap(p?.score ?? null), gap(c?.satisfaction ?? null), gap(p?.satisfaction ?? null)];
    }),
  };
  const base = frame(text, env, dataset);
  const low = axisFloor([...input.current, ...input.previous].map((p) => p.score));
  const scoreLabel = (i: number) => (p: { value: unknown }) => (typeof valueAt(p, i) === 'number' ? formatNumber(valueAt(p, i) as number, env.locale, 2) : '');
  const line = (name: string, y: string, axis: number, color: string, dashed: boolean, label?: (p: { value: unknown }) => string) => ({
    type: 'line' as const,
    name,
    yAxisIndex: axis,
    symbol: axis ? 'rect' : dashed ? 'triangle' : 'circle',
    symbolSize: 7,
    connectNulls: false,
    itemStyle: { color },
    lineStyle: { color, type: dashed ? ('dashed' as const) : ('solid' as const), width: axis ? 1.5 : 2.5, opacity: axis ? 0.7 : 1 },
    encode: { x: 'month', y },
    label: label ? { show: true, position: dashed ? ('bottom' as const) : ('top' as const), color: MUTED, formatter: label } : { show: false },
  });
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'axis' },
    legend: { top: (base.grid as { top: number }).top - 30, left: 12, textStyle: { color: MUTED } },
    grid: { ...(base.grid as object), right: 56 },
    xAxis: { type: 'category', axisLabel: { color: MUTED }, axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', min: low, max: 100, name: text.score, nameTextStyle: { color: MUTED }, axisLabel: { color: MUTED }, splitLine },
      { type: 'value', min: 0, max: 1, name: text.satisfaction, nameTextStyle: { color: MUTED }, axisLabel: { color: MUTED, formatter: (v: number) => formatPercent(v, env.locale) }, splitLine: { show: false } },
    ],
    series: [
      line(text.currentScore, 'current', 0, SERIES_COLORS[0]!, false, scoreLabel(1)),
      line(text.previousScore, 'previous', 0, SERIES_COLORS[1]!, true, scoreLabel(2)),
      line(text.currentSatisfaction, 'currentSatisfaction', 1, SERIES_COLORS[0]!, false),
      line(text.previousSatisfaction, 'previousSatisfaction', 1, SERIES_COLORS[1]!, true),
    ],
  };
}

// ---------------------------------------------------------------------------------------------

export interface KindBuckets {
  kind: EvaluatorKindKey;
  /** Evaluations per bucket, in the buckets' order. */
  counts: number[];
}

export interface KindDistributionText extends ChartText {
  bucket: string;
  /** Each kind's name, e.g. 群众评议. */
  kinds: Record<EvaluatorKindKey, string>;
  /** Heading of a count column: "{kind}（份）"; of a share column: "{kind}占比". */
  countOf: (kind: string) => string;
  shareOf: (kind: string) => string;
}

/**
 * 三评分布: how each evaluator kind's evaluations spread over the score buckets, as the share of
 * that kind's evaluations (the masses give hundreds of times more than the leaders: counts side by
 * side would hide the leaders). The table lists the counts with the shares.
 */
export function kindDistributionOption(input: { buckets: string[]; kinds: KindBuckets[] }, text: KindDistributionText, env: ChartEnv): EChartsOption {
  const kinds = EVALUATOR_KINDS.map((kind) => input.kinds.find((k) => k.kind === kind) ?? { kind, counts: input.buckets.map(() => 0) });
  const totals = kinds.map((k) => k.counts.reduce((a, b) => a + b, 0));
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'bucket', displayName: text.bucket, type: 'ordinal' },
      ...kinds.map((k) => ({ name: `${k.kind}_count`, displayName: text.countOf(text.kinds[k.kind]), type: 'int' as const })),
      ...kinds.map((k) => ({ name: `${k.kind}_share`, displayName: text.shareOf(text.kinds[k.kind]), type: 'float' as const, format: 'percent' as const })),
    ],
    // A kind with no evaluation has no share (a gap), not 0%.
    source: input.buckets.map((label, b) => [label, ...kinds.map((k) => k.counts[b] ?? 0), ...kinds.map((k, i) => (totals[i] ? Math.round(((k.counts[b] ?? 0) / totals[i]!) * 10_000) / 10_000 : '-'))]),
  };
  const base = frame(text, env, dataset);
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v, env.locale) : '') },
    legend: { top: (base.grid as { top: number }).top - 30, left: 12, textStyle: { color: MUTED } },
    xAxis: { type: 'category', axisLabel: { color: INK }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { color: MUTED, formatter: (v: number) => formatPercent(v, env.locale) }, splitLine },
    series: kinds.map((k, i) => ({
      type: 'bar',
      name: text.kinds[k.kind],
      barMaxWidth: 26,
      itemStyle: { color: KIND_COLORS[k.kind] },
      encode: { x: 'bucket', y: `${k.kind}_share` },
      label: {
        show: true,
        position: 'top',
        color: MUTED,
        fontSize: 11,
        formatter: (p: { value: unknown }) => (typeof valueAt(p, 1 + kinds.length + i) === 'number' && (valueAt(p, 1 + kinds.length + i) as number) > 0 ? formatPercent(valueAt(p, 1 + kinds.length + i) as number, env.locale) : ''),
      },
    })),
  };
}

// ---------------------------------------------------------------------------------------------

export interface CriterionMeans {
  /** Its name in the reader's language, e.g. 政治合格. */
  label: string;
  mean: number | null;
  byKind: Partial<Record<EvaluatorKindKey, number | null>>;
}

export interface CriteriaRadarText extends ChartText {
  criterion: string;
  overall: string;
  kinds: Record<EvaluatorKindKey, string>;
}

/**
 * 指标雷达: a tier's criteria as the radar's axes (0–100, zoomed to the data), the overall mean as
 * a filled area in ink and each evaluator kind that gave scores as a line of its colour. A radar
 * draws no dataset: its series carry the same numbers as the dataset the table lists.
 */
export function criteriaRadarOption(input: { criteria: CriterionMeans[] }, text: CriteriaRadarText, env: ChartEnv): EChartsOption {
  const kinds = EVALUATOR_KINDS.filter((k) => input.criteria.some((c) => typeof c.byKind[k] === 'number'));
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'criterion', displayName: text.criterion, type: 'ordinal' },
      { name: 'overall', displayName: text.overall, type: 'float', digits: 2 },
      ...EVALUATOR_KINDS.map((k) => ({ name: k, displayName: text.kinds[k], type: 'float' as const, digits: 2 })),
    ],
    source: input.criteria.map((c) => [c.label, gap(c.mean), ...EVALUATOR_KINDS.map((k) => gap(c.byKind[k] ?? null))]),
  };
  const base = frame(text, env, dataset);
  const low = axisFloor(input.criteria.flatMap((c) => [c.mean, ...EVALUATOR_KINDS.map((k) => c.byKind[k] ?? null)]), 10, 10);
  const top = (base.grid as { top: number }).top;
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'item', valueFormatter: (v) => (typeof v === 'number' ? formatNumber(v, env.locale, 2) : '—') },
    legend: { top: top - 30, left: 12, textStyle: { color: MUTED } },
    radar: {
      center: ['50%', '58%'],
      radius: '62%',
      indicator: input.criteria.map((c) => ({ name: c.label, min: low, max: 100 })),
      axisName: { color: INK, fontSize: 12 },
      splitLine: { lineStyle: { color: '#d9d9d9' } },
      splitArea: { show: false },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 6,
        data: [
          {
            name: text.overall,
            value: input.criteria.map((c) => gap(c.mean)),
            itemStyle: { color: INK },
            lineStyle: { color: INK, width: 2.5 },
            areaStyle: { color: INK, opacity: 0.08 },
            label: { show: true, color: INK, formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? formatNumber(p.value, env.locale, 2) : '') },
          },
          ...kinds.map((k, i) => ({
            name: text.kinds[k],
            value: input.criteria.map((c) => gap(c.byKind[k] ?? null)),
            symbol: (['circle', 'rect', 'triangle'] as const)[i],
            itemStyle: { color: KIND_COLORS[k] },
            lineStyle: { color: KIND_COLORS[k], type: (['solid', 'dashed', 'dotted'] as const)[i] },
          })),
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

export interface UnitScore {
  /** What a click opens: the unit's id (not shown). */
  id: string;
  name: string;
  score: number | null;
  satisfaction: number | null;
  count: number;
}

export interface ScoreRankingText extends ChartText {
  name: string;
  score: string;
  satisfaction: string;
  count: string;
}

/** Orange: the unit the reader chose as scope, among the others' blue. */
export const HIGHLIGHT_COLOR = SERIES_COLORS[5]!;

/**
 * 单位评议排名: units by weighted score, highest first (units without one last, then by name), as
 * horizontal bars on an axis zoomed to the data, each labelled with its score; past `visible` rows
 * a scroll bar. `highlight` (a unit's id) is drawn in vermillion.
 */
export function scoreRankingOption(input: { rows: UnitScore[]; visible?: number; highlight?: string }, text: ScoreRankingText, env: ChartEnv): EChartsOption {
  const collator = new Intl.Collator(env.locale);
  const rows = [...input.rows].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || collator.compare(a.name, b.name));
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'id', displayName: 'id', type: 'ordinal' },
      { name: 'name', displayName: text.name, type: 'ordinal' },
      { name: 'score', displayName: text.score, type: 'float', digits: 2 },
      { name: 'satisfaction', displayName: text.satisfaction, type: 'float', format: 'percent' },
      { name: 'count', displayName: text.count, type: 'int' },
    ],
    source: rows.map((r) => [r.id, r.name, gap(r.score), gap(r.satisfaction), r.count]),
  };
  const base = frame(text, env, dataset);
  const visible = input.visible ?? 15;
  const scrolls = rows.length > visible;
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { show: false },
    grid: { ...(base.grid as { top: number }), top: (base.grid as { top: number }).top - 28, right: scrolls ? 56 : 48 },
    xAxis: { type: 'value', min: axisFloor(rows.map((r) => r.score)), max: 100, axisLabel: { color: MUTED }, splitLine },
    yAxis: { type: 'category', inverse: true, triggerEvent: true, axisLabel: { color: INK, width: 168, overflow: 'truncate' }, axisTick: { show: false } },
    dataZoom: scrolls
      ? [
          { type: 'slider', yAxisIndex: 0, right: 8, width: 14, startValue: 0, endValue: visible - 1, zoomLock: true, showDetail: false, brushSelect: false },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
        ]
      : [],
    series: [
      {
        type: 'bar',
        name: text.score,
        barMaxWidth: 18,
        cursor: 'pointer',
        itemStyle: { color: (p: { value: unknown }) => (input.highlight && valueAt(p, 0) === input.highlight ? HIGHLIGHT_COLOR : SERIES_COLORS[0]!) },
        label: { show: true, position: 'right', color: MUTED, formatter: (p: { value: unknown }) => (typeof valueAt(p, 2) === 'number' ? formatNumber(valueAt(p, 2) as number, env.locale, 2) : '') },
        encode: { y: 'name', x: 'score' },
      },
    ],
  };
}
