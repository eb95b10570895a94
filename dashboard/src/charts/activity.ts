import type { EChartsOption } from 'echarts';
import { formatNumber, monthLabel } from './format.js';
import { frame, splitLine, valueAxisLabel } from './frame.js';
import { MUTED } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

export interface ActivityKind {
  /** `ActivityType` enum value, e.g. POST_COMPETITION. */
  key: string;
  label: string;
}

/** Activities of one type in one month (summed over whatever the chart covers: a unit, the city). */
export interface ActivityCell {
  type: string;
  month: number;
  count: number;
}

export interface ActivityMonthsText extends ChartText {
  /** Heading of the month column, e.g. 月份. */
  month: string;
  /** Heading of the total column, e.g. 合计. */
  total: string;
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * Activities per month, stacked by type (the kinds' order is the stack's order and fixes their
 * colours, so that every chart of activity types colours a type alike). Every month of `months`
 * has a row, zeros included: a quiet month shows as one.
 */
export function activityMonthsOption(
  input: { kinds: ActivityKind[]; cells: ActivityCell[]; months?: number[] },
  text: ActivityMonthsText,
  env: ChartEnv,
): EChartsOption {
  const months = input.months ?? ALL_MONTHS;
  const index = new Map(input.kinds.map((k, i) => [k.key, i]));
  const counts = new Map(months.map((m) => [m, input.kinds.map(() => 0)]));
  for (const cell of input.cells) {
    const row = counts.get(cell.month);
    const i = index.get(cell.type);
    if (row && i !== undefined) row[i] += cell.count;
  }
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'month', displayName: text.month, type: 'ordinal' },
      ...input.kinds.map((k) => ({ name: k.key, displayName: k.label, type: 'int' as const })),
      { name: 'total', displayName: text.total, type: 'int' },
    ],
    source: months.map((m) => {
      const row = counts.get(m)!;
      return [monthLabel(m, env.locale), ...row, row.reduce((a, b) => a + b, 0)];
    }),
  };
  const base = frame(text, env, dataset);
  return {
    ...base,
    legend: { type: 'scroll', top: (base.grid as { top: number }).top - 30, left: 12, right: 12, textStyle: { color: MUTED } },
    xAxis: { type: 'category', axisLabel: { color: MUTED }, axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: valueAxisLabel(env), splitLine },
    series: input.kinds.map((k) => ({
      type: 'bar',
      name: k.label,
      stack: 'activities',
      barMaxWidth: 36,
      emphasis: { focus: 'series' },
      encode: { x: 'month', y: k.key },
    })),
  };
}

export interface ActivityShare {
  key: string;
  label: string;
  count: number;
  hours: number;
}

export interface ActivityTypesText extends ChartText {
  type: string;
  count: string;
  hours: string;
}

/**
 * The year's activities by type, as a ring: one slice per kind in the kinds' order (the colours
 * match `activityMonthsOption`); a kind with none keeps its row in the data and draws nothing.
 */
export function activityTypesOption(input: { rows: ActivityShare[] }, text: ActivityTypesText, env: ChartEnv): EChartsOption {
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'type', displayName: text.type, type: 'ordinal' },
      { name: 'count', displayName: text.count, type: 'int' },
      { name: 'hours', displayName: text.hours, type: 'float' },
    ],
    source: input.rows.map((r) => [r.label, r.count, r.hours]),
  };
  const base = frame(text, env, dataset);
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['38%', '64%'],
        center: ['50%', '58%'],
        minShowLabelAngle: 2,
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        label: {
          color: MUTED,
          formatter: (p: { name: string; value: unknown; percent?: number }) => {
            const share = `${formatNumber(p.percent ?? 0, env.locale, 1)}%`;
            // Chinese text takes full-width brackets; others a space and ASCII ones.
            return `${p.name}\n${formatNumber((p.value as number[])[1]!, env.locale)}${env.locale.startsWith('zh') ? `（${share}）` : ` (${share})`}`;
          },
        },
        encode: { itemName: 'type', value: 'count', tooltip: ['count', 'hours'] },
      },
    ],
  };
}
