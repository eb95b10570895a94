import type { EChartsOption } from 'echarts';
import { formatNumber } from './format.js';
import { frame, splitLine, valueAxisLabel } from './frame.js';
import { INK, MUTED } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/** A row or a series of a breakdown: its key (an enum value, a month) and what the reader sees. */
export interface BreakdownKey {
  key: string;
  label: string;
  /** A fixed colour (e.g. a status that must look the same in every chart); the palette's otherwise. */
  color?: string;
}

/** How many of one series fall in one category, e.g. posts (category) named in the pre-七一 batch (series). */
export interface BreakdownCell {
  category: string;
  series: string;
  count: number;
}

export interface BreakdownText extends ChartText {
  /** Heading of the category column, e.g. 层级, 月份. */
  category: string;
  /** Heading of the total column, e.g. 合计. */
  total: string;
}

/**
 * Counts of categories broken down by series, as stacked bars: honors named per tier and batch,
 * dynamic-management actions per month and action. Every category and series keeps its row and
 * column, zeros included, in the order given (the series' order fixes their colours); each bar is
 * labelled with its total. `horizontal` lays the categories down the side (long names).
 */
export function breakdownOption(
  input: { categories: BreakdownKey[]; series: BreakdownKey[]; cells: BreakdownCell[]; horizontal?: boolean },
  text: BreakdownText,
  env: ChartEnv,
): EChartsOption {
  const categoryIndex = new Map(input.categories.map((c, i) => [c.key, i]));
  const seriesIndex = new Map(input.series.map((s, i) => [s.key, i]));
  const counts = input.categories.map(() => input.series.map(() => 0));
  for (const cell of input.cells) {
    const row = categoryIndex.get(cell.category);
    const column = seriesIndex.get(cell.series);
    if (row !== undefined && column !== undefined) counts[row]![column]! += cell.count;
  }
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'category', displayName: text.category, type: 'ordinal' },
      ...input.series.map((s) => ({ name: s.key, displayName: s.label, type: 'int' as const })),
      { name: 'total', displayName: text.total, type: 'int' },
    ],
    source: input.categories.map((c, i) => [c.label, ...counts[i]!, counts[i]!.reduce((a, b) => a + b, 0)]),
  };
  const base = frame(text, env, dataset);
  const categoryAxis = { type: 'category' as const, axisLabel: { color: INK }, axisTick: { show: false } };
  const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: valueAxisLabel(env), splitLine };
  const last = input.series.length - 1;
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: (base.grid as { top: number }).top - 30, left: 12, right: 12, textStyle: { color: MUTED } },
    grid: { ...(base.grid as object), right: input.horizontal ? 48 : 24 },
    xAxis: input.horizontal ? valueAxis : categoryAxis,
    yAxis: input.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: input.series.map((s, i) => ({
      type: 'bar',
      name: s.label,
      stack: 'breakdown',
      barMaxWidth: input.horizontal ? 22 : 40,
      emphasis: { focus: 'series' },
      ...(s.color ? { itemStyle: { color: s.color } } : {}),
      encode: input.horizontal ? { y: 'category', x: s.key } : { x: 'category', y: s.key },
      // The last series carries the bar's total just past its end (an empty label for a zero total).
      ...(i === last
        ? {
            label: {
              show: true,
              position: input.horizontal ? 'right' : 'top',
              color: MUTED,
              formatter: (p: { value: unknown }) => {
                const total = (p.value as number[])[input.series.length + 1] ?? 0;
                return total ? formatNumber(total, env.locale) : '';
              },
            },
          }
        : {}),
    })),
  };
}

export interface ShareText extends ChartText {
  /** Heading of the part column, e.g. 报送情况. */
  part: string;
  /** Heading of the count column, e.g. 单位数. */
  count: string;
}

/**
 * Parts of a whole as a ring, one slice per part in the order given, with a part's own colour when
 * it has one (on time, late, missing); each slice labelled with its count and share. A part with
 * none keeps its row in the data and draws nothing.
 */
export function shareOption(input: { parts: (BreakdownKey & { count: number })[] }, text: ShareText, env: ChartEnv): EChartsOption {
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'part', displayName: text.part, type: 'ordinal' },
      { name: 'count', displayName: text.count, type: 'int' },
    ],
    source: input.parts.map((p) => [p.label, p.count]),
  };
  const base = frame(text, env, dataset);
  const zh = env.locale.startsWith('zh');
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'item' },
    legend: { top: (base.grid as { top: number }).top - 30, left: 12, textStyle: { color: MUTED } },
    series: [
      {
        type: 'pie',
        radius: ['38%', '62%'],
        center: ['50%', '60%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        data: input.parts.map((p) => ({
          name: p.label,
          value: p.count,
          ...(p.color ? { itemStyle: { color: p.color } } : {}),
          // A part with none draws no slice, so it gets no label or leader line either.
          ...(p.count ? {} : { label: { show: false }, labelLine: { show: false } }),
        })),
        label: {
          color: MUTED,
          formatter: (p: { name: string; value: unknown; percent?: number }) => {
            const share = `${formatNumber(p.percent ?? 0, env.locale, 1)}%`;
            return `${p.name}\n${formatNumber(p.value as number, env.locale)}${zh ? `（${share}）` : ` (${share})`}`;
          },
        },
      },
    ],
  };
}
