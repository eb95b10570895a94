import type { EChartsOption } from 'echarts';
import { formatNumber } from './format.js';
import { frame, splitLine, valueAxisLabel } from './frame.js';
import { EXCLUDED_COLOR, INK, MUTED, PARTICIPATING_COLOR } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/** Height in pixels that gives each category row of a horizontal bar chart room for its label. */
export function barChartHeight(rows: number, options: { title?: number; rowHeight?: number; min?: number } = {}): number {
  return Math.max(options.min ?? 240, (options.title ?? 110) + rows * (options.rowHeight ?? 30));
}

interface LabelParams {
  value: unknown;
  encode?: Record<string, number[]>;
}

/** The number a horizontal bar stands for, in the reader's locale; nothing for a zero. */
const barLabel = (env: ChartEnv) => (p: LabelParams) => {
  const value = (p.value as number[])[p.encode?.x?.[0] ?? 0] ?? 0;
  return value ? formatNumber(value, env.locale) : '';
};

export interface IndustryUnits {
  id: string;
  name: string;
  participating: number;
  excluded: number;
}

export interface UnitsByIndustryText extends ChartText {
  industry: string;
  participating: string;
  excluded: string;
}

/**
 * Units per industry (system), split into those in the city's action and those that organise
 * their own (excluded from quotas and rankings); rows in the order given (by industry code).
 */
export function unitsByIndustryOption(input: { rows: IndustryUnits[] }, text: UnitsByIndustryText, env: ChartEnv): EChartsOption {
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'id', displayName: 'id', type: 'ordinal' },
      { name: 'industry', displayName: text.industry, type: 'ordinal' },
      { name: 'participating', displayName: text.participating, type: 'int' },
      { name: 'excluded', displayName: text.excluded, type: 'int' },
    ],
    source: input.rows.map((r) => [r.id, r.name, r.participating, r.excluded]),
  };
  const base = frame(text, env, dataset);
  const label = { show: true, color: '#ffffff', formatter: barLabel(env) };
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: (base.grid as { top: number }).top - 30, left: 12, textStyle: { color: MUTED } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: valueAxisLabel(env), splitLine },
    yAxis: { type: 'category', inverse: true, triggerEvent: true, axisLabel: { color: INK }, axisTick: { show: false } },
    series: [
      { type: 'bar', name: text.participating, stack: 'units', barMaxWidth: 22, itemStyle: { color: PARTICIPATING_COLOR }, label, encode: { y: 'industry', x: 'participating' } },
      { type: 'bar', name: text.excluded, stack: 'units', barMaxWidth: 22, itemStyle: { color: EXCLUDED_COLOR }, label, encode: { y: 'industry', x: 'excluded' } },
    ],
  };
}

export interface RankedRow {
  /** What a click opens (a unit's id); not shown. */
  id: string;
  name: string;
  /** One number per series, in the series' order. */
  values: number[];
}

export interface RankingText extends ChartText {
  /** Heading of the name column, e.g. 单位. */
  name: string;
}

/**
 * Rows ranked by their first value, largest first (ties by name), as horizontal bars; past
 * `visible` rows a scroll bar keeps every label legible instead of squeezing them.
 */
export function rankingOption(
  input: { rows: RankedRow[]; series: { key: string; label: string }[]; visible?: number },
  text: RankingText,
  env: ChartEnv,
): EChartsOption {
  const collator = new Intl.Collator(env.locale);
  const rows = [...input.rows].sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0) || collator.compare(a.name, b.name));
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'id', displayName: 'id', type: 'ordinal' },
      { name: 'name', displayName: text.name, type: 'ordinal' },
      ...input.series.map((s) => ({ name: s.key, displayName: s.label, type: 'int' as const })),
    ],
    source: rows.map((r) => [r.id, r.name, ...input.series.map((_, i) => r.values[i] ?? 0)]),
  };
  const base = frame(text, env, dataset);
  const visible = input.visible ?? 15;
  const scrolls = rows.length > visible;
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: input.series.length > 1 ? { top: (base.grid as { top: number }).top - 30, left: 12, textStyle: { color: MUTED } } : { show: false },
    // One series needs no legend: the bars start under the title.
    grid: { ...(base.grid as { top: number }), top: (base.grid as { top: number }).top - (input.series.length > 1 ? 0 : 28), right: scrolls ? 44 : 36 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: valueAxisLabel(env), splitLine },
    yAxis: { type: 'category', inverse: true, triggerEvent: true, axisLabel: { color: INK, width: 168, overflow: 'truncate' }, axisTick: { show: false } },
    dataZoom: scrolls
      ? [
          { type: 'slider', yAxisIndex: 0, right: 8, width: 14, startValue: 0, endValue: visible - 1, zoomLock: true, showDetail: false, brushSelect: false },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
        ]
      : [],
    series: input.series.map((s) => ({
      type: 'bar',
      name: s.label,
      barMaxWidth: 18,
      cursor: 'pointer',
      label: { show: true, position: 'right', color: MUTED, formatter: barLabel(env) },
      encode: { y: 'name', x: s.key },
    })),
  };
}
