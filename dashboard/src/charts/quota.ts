import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn, EChartsOption } from 'echarts';
import { formatNumber, formatPercent } from './format.js';
import { frame, splitLine, valueAxisLabel } from './frame.js';
import { INK, MUTED, PARTICIPATING_COLOR } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/** How far a count is from its target, as the gateway reports it (`Attainment`). */
export interface QuotaFigure {
  count: number;
  target: number;
  /** count / target; 1 when the target is 0. */
  ratio: number;
  attained: boolean;
}

/** One unit's quotas: declared posts against its members, declared teams against its teams. */
export interface QuotaChartRow {
  /** What a click opens (the unit's id); not shown. */
  id: string;
  name: string;
  posts: QuotaFigure;
  teams: QuotaFigure;
}

export type QuotaMetric = 'posts' | 'teams';

export interface QuotaAttainmentText extends ChartText {
  /** Heading of the name column, e.g. 单位. */
  name: string;
  /** The declared count, e.g. 已申报. */
  count: string;
  target: string;
  ratio: string;
  status: string;
  attained: string;
  unattained: string;
}

/** Attained bars blue, unattained vermillion: told apart by colour-blind readers and in grey print. */
export const ATTAINED_COLOR = PARTICIPATING_COLOR;
export const UNATTAINED_COLOR = '#D55E00';
export const TARGET_COLOR = INK;

/**
 * Rows in the order the quota chart and its table list them: lowest ratio first (the units
 * furthest from their target on top), then the larger shortfall, then the name.
 */
export function sortByRatio<T extends { name: string }>(rows: readonly T[], figure: (row: T) => QuotaFigure, locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const fa = figure(a);
    const fb = figure(b);
    return fa.ratio - fb.ratio || fb.target - fb.count - (fa.target - fa.count) || collator.compare(a.name, b.name);
  });
}

/**
 * Per unit, the declared posts (or teams) as horizontal bars against the unit's target, drawn as
 * a tick across the bar (a series of its own, "目标" in the legend). Units are sorted by ratio,
 * lowest first; those short of their target are vermillion, those that reach it blue (two
 * series, so the legend says which is which). Past `visible` rows a scroll bar keeps the labels
 * legible.
 */
export function quotaAttainmentOption(
  rows: readonly QuotaChartRow[],
  options: { metric: QuotaMetric; visible?: number },
  text: QuotaAttainmentText,
  env: ChartEnv,
): EChartsOption {
  const figure = (row: QuotaChartRow) => row[options.metric];
  const sorted = sortByRatio(rows, figure, env.locale);
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'id', displayName: 'id', type: 'ordinal' },
      { name: 'name', displayName: text.name, type: 'ordinal' },
      { name: 'count', displayName: text.count, type: 'int' },
      { name: 'target', displayName: text.target, type: 'int' },
      { name: 'ratio', displayName: text.ratio, type: 'float', format: 'percent' },
      { name: 'status', displayName: text.status, type: 'ordinal' },
    ],
    source: sorted.map((r) => {
      const f = figure(r);
      return [r.id, r.name, f.count, f.target, f.ratio, f.attained ? text.attained : text.unattained];
    }),
  };
  const base = frame(text, env, dataset);
  const visible = options.visible ?? 20;
  const scrolls = sorted.length > visible;

  const label = {
    show: true,
    position: 'right' as const,
    distance: 8,
    color: MUTED,
    formatter: (p: { value: unknown }) => {
      const row = p.value as (string | number)[];
      return `${formatNumber(row[2] as number, env.locale)}/${formatNumber(row[3] as number, env.locale)}`;
    },
  };
  const bars = (name: string, datasetIndex: number, color: string) => ({
    type: 'bar' as const,
    name,
    datasetIndex,
    stack: 'declared',
    barMaxWidth: 16,
    cursor: 'pointer',
    itemStyle: { color },
    label,
    encode: { y: 'name', x: 'count', tooltip: ['count', 'target', 'ratio'] },
  });
  const renderTarget = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const [x, y] = api.coord([api.value('target'), params.dataIndex]) as [number, number];
    const band = (api.size!([0, 1]) as number[])[1]!;
    return { type: 'rect', shape: { x: x - 1.5, y: y - band * 0.42, width: 3, height: band * 0.84 }, style: { fill: TARGET_COLOR } };
  };

  return {
    ...base,
    // Row 0 is every unit (the table beside the chart); 1 and 2 the attained and unattained ones.
    dataset: [
      base.dataset as object,
      { transform: { type: 'filter', config: { dimension: 'status', '=': text.attained } } },
      { transform: { type: 'filter', config: { dimension: 'status', '=': text.unattained } } },
    ],
    tooltip: {
      ...(base.tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const first = (Array.isArray(p) ? p : [p])[0] as { value?: unknown } | undefined;
        const row = first?.value as (string | number)[] | undefined;
        if (!Array.isArray(row)) return '';
        const [, name, count, target, ratio, status] = row as [string, string, number, number, number, string];
        return [name, `${text.count} ${formatNumber(count, env.locale)}`, `${text.target} ${formatNumber(target, env.locale)}`, `${text.ratio} ${formatPercent(ratio, env.locale)}`, status].join('\n');
      },
    },
    legend: {
      top: (base.grid as { top: number }).top - 30,
      left: 12,
      textStyle: { color: MUTED },
      data: [
        { name: text.unattained, icon: 'rect' },
        { name: text.attained, icon: 'rect' },
        { name: text.target, icon: 'path://M0,0H3V14H0Z', itemStyle: { color: TARGET_COLOR } },
      ],
    },
    grid: { ...(base.grid as object), right: scrolls ? 56 : 48 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: valueAxisLabel(env), splitLine },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: sorted.map((r) => r.name),
      axisLabel: { color: INK, width: 168, overflow: 'truncate' },
      axisTick: { show: false },
    },
    dataZoom: scrolls
      ? [
          { type: 'slider', yAxisIndex: 0, right: 8, width: 14, startValue: 0, endValue: visible - 1, zoomLock: true, showDetail: false, brushSelect: false },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
        ]
      : [],
    series: [
      bars(text.unattained, 2, UNATTAINED_COLOR),
      bars(text.attained, 1, ATTAINED_COLOR),
      {
        type: 'custom',
        name: text.target,
        datasetIndex: 0,
        cursor: 'pointer',
        itemStyle: { color: TARGET_COLOR },
        renderItem: renderTarget,
        encode: { y: 'name', x: 'target', tooltip: [] },
        z: 3,
      },
    ],
  };
}
