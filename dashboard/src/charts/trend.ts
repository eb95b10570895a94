import type { EChartsOption } from 'echarts';
import { formatNumber, formatPercent } from './format.js';
import { frame, splitLine } from './frame.js';
import { MUTED } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/** One point of an evaluation trend: a round, a month or a year. */
export interface ScorePoint {
  label: string;
  /** Weighted score 0–100; null where no weighted kind was evaluated. */
  score: number | null;
  /** 满意率 0–1; null with no evaluation by the masses. */
  satisfaction: number | null;
  count: number;
}

export interface ScoreTrendText extends ChartText {
  /** Heading of the point column, e.g. 评议轮次. */
  point: string;
  score: string;
  satisfaction: string;
  count: string;
}

/**
 * 评议趋势: the weighted score (left axis, 0–100 zoomed to the data) and the satisfaction rate
 * (right axis, percent) per point, as two lines, each point labelled with its value; a point
 * without a value leaves a gap rather than a zero.
 */
export function scoreTrendOption(input: { points: ScorePoint[] }, text: ScoreTrendText, env: ChartEnv): EChartsOption {
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'point', displayName: text.point, type: 'ordinal' },
      { name: 'score', displayName: text.score, type: 'float', digits: 2 },
      { name: 'satisfaction', displayName: text.satisfaction, type: 'float', format: 'percent' },
      { name: 'count', displayName: text.count, type: 'int' },
    ],
    // ECharts draws a gap for '-', where null would be read as zero by the dataset.
    source: input.points.map((p) => [p.label, p.score ?? '-', p.satisfaction ?? '-', p.count]),
  };
  const base = frame(text, env, dataset);
  const scores = input.points.map((p) => p.score).filter((s): s is number => s !== null);
  const low = scores.length ? Math.max(0, Math.floor((Math.min(...scores) - 5) / 5) * 5) : 0;
  const valueOf = (p: { value: unknown }, i: number) => (p.value as (number | string)[])[i];
  return {
    ...base,
    tooltip: { ...(base.tooltip as object), trigger: 'axis' },
    legend: { top: (base.grid as { top: number }).top - 30, left: 12, textStyle: { color: MUTED } },
    grid: { ...(base.grid as object), right: 56 },
    xAxis: { type: 'category', axisLabel: { color: MUTED, interval: 0, width: 96, overflow: 'break' }, axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', min: low, max: 100, name: text.score, nameTextStyle: { color: MUTED }, axisLabel: { color: MUTED }, splitLine },
      { type: 'value', min: 0, max: 1, name: text.satisfaction, nameTextStyle: { color: MUTED }, axisLabel: { color: MUTED, formatter: (v: number) => formatPercent(v, env.locale) }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'line',
        name: text.score,
        yAxisIndex: 0,
        symbolSize: 7,
        encode: { x: 'point', y: 'score' },
        label: { show: true, position: 'top', color: MUTED, formatter: (p: { value: unknown }) => (typeof valueOf(p, 1) === 'number' ? formatNumber(valueOf(p, 1) as number, env.locale, 2) : '') },
      },
      {
        type: 'line',
        name: text.satisfaction,
        yAxisIndex: 1,
        symbol: 'rect',
        symbolSize: 7,
        lineStyle: { type: 'dashed' },
        encode: { x: 'point', y: 'satisfaction' },
        label: { show: true, position: 'bottom', color: MUTED, formatter: (p: { value: unknown }) => (typeof valueOf(p, 2) === 'number' ? formatPercent(valueOf(p, 2) as number, env.locale) : '') },
      },
    ],
  };
}
