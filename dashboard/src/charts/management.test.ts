import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import {
  ACTION_COLORS,
  HEAT_COLORS,
  SERIES_COLORS,
  datasetOf,
  managementBarsOption,
  managementHeatmapOption,
  managementMonths,
  monthLabel,
  type ManagementCell,
} from './index.js';

const zh = { locale: 'zh-CN' };
const ACTIONS = { COMMEND: '表彰奖励', ORDER_RECTIFICATION: '限期整改', PASS_RECTIFICATION: '整改通过', FAIL_RECTIFICATION: '整改未通过', REVOKE: '取消命名' };
const barsText = (category: string) => ({ title: '动态管理', category, total: '合计', actions: ACTIONS, industries: '示范行业' });
const heatText = { title: '各单位逐月动态管理', unit: '单位', month: '月份', count: '次数', industries: '示范行业' };

const cells: ManagementCell[] = [
  { action: 'COMMEND', month: '2016-07', count: 2, unitId: 'u1', unit: '市委办公室' },
  { action: 'ORDER_RECTIFICATION', month: '2016-08', count: 1, unitId: 'u1', unit: '市委办公室' },
  { action: 'PASS_RECTIFICATION', month: '2016-10', count: 1, unitId: 'u1', unit: '市委办公室' },
  { action: 'ORDER_RECTIFICATION', month: '2016-09', count: 1, unitId: 'u2', unit: '市财政局' },
  { action: 'REVOKE', month: '2016-11', count: 1, unitId: 'u2', unit: '市财政局' },
  { action: 'FAIL_RECTIFICATION', month: '2016-11', count: 1, unitId: 'u2', unit: '市财政局' },
  { action: 'COMMEND', month: '2016-12', count: 4, unitId: 'u3', unit: '市档案局' },
  { action: 'COMMEND', month: '2016-07', count: 1, unitId: null, unit: '' },
  // A revocation the next January, and an action the chart does not draw.
  { action: 'REVOKE', month: '2017-01', count: 1, unitId: 'u3', unit: '市档案局' },
  { action: 'NAME', month: '2016-06', count: 9, unitId: 'u1', unit: '市委办公室' },
];
const months = managementMonths(2016, cells, (key, inYear) => (inYear ? monthLabel(Number(key.slice(5)), 'zh-CN') : key));

/** Renders an option as the year-end report will: ECharts SSR to SVG, in Node, no DOM. */
function renderSvg(option: EChartsOption, width = 800, height = 460): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const seriesOf = (option: EChartsOption) => option.series as Record<string, unknown>[];

describe('the months of a campaign’s actions', () => {
  it('are every month of its year, and a later month an action fell in, in order', () => {
    expect(months.map((m) => m.key)).toEqual([...Array.from({ length: 12 }, (_, i) => `2016-${String(i + 1).padStart(2, '0')}`), '2017-01']);
    expect(months[4]).toEqual({ key: '2016-05', label: '5月' });
    expect(months[12]).toEqual({ key: '2017-01', label: '2017-01' });
  });
});

describe('actions stacked per unit', () => {
  const option = managementBarsOption({ cells, by: 'unit', months }, barsText('单位'), zh);

  it('sums each unit’s actions by kind, most actions first, the industries’ row last, and leaves out what is no management action', () => {
    const data = datasetOf(option)!;
    expect(data.dimensions.map((d) => d.displayName)).toEqual(['id', '单位', '表彰奖励', '限期整改', '整改通过', '整改未通过', '取消命名', '合计']);
    expect(data.source).toEqual([
      ['u3', '市档案局', 4, 0, 0, 0, 1, 5],
      ['u1', '市委办公室', 2, 1, 1, 0, 0, 4],
      ['u2', '市财政局', 0, 1, 0, 1, 1, 3],
      ['', '示范行业', 1, 0, 0, 0, 0, 1],
    ]);
  });

  it('stacks one series per action in its own colour, as horizontal bars a click opens', () => {
    expect(seriesOf(option).map((s) => [s.name, s.stack, (s.itemStyle as { color: string }).color, (s.encode as { y: string }).y])).toEqual([
      ['表彰奖励', 'actions', '#0072B2', 'category'],
      ['限期整改', 'actions', '#E69F00', 'category'],
      ['整改通过', 'actions', '#009E73', 'category'],
      ['整改未通过', 'actions', '#D55E00', 'category'],
      ['取消命名', 'actions', '#CC79A7', 'category'],
    ]);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, triggerEvent: true });
  });

  it('draws every bar, each as long as its count: the SVG holds one rectangle per unit and action it has', () => {
    const svg = renderSvg({ ...option, legend: { show: false } });
    const bars: { series: number; row: number; width: number; fill: string }[] = [];
    for (const m of svg.matchAll(/<path d="([^"]+)"([^>]*)>/g)) {
      const attrs = m[2]!;
      const rect = /^M([\d.-]+) ([\d.-]+)l([\d.-]+) 0l0 ([\d.-]+)/.exec(m[1]!);
      if (!attrs.includes('ecmeta_ssr_type="chart"') || !rect || Number(rect[3]) <= 0) continue;
      bars.push({ series: Number(/ecmeta_series_index="(\d+)"/.exec(attrs)![1]), row: Number(/ecmeta_data_index="(\d+)"/.exec(attrs)![1]), width: Number(rect[3]), fill: /fill="([^"]+)"/.exec(attrs)![1]! });
    }
    // 市档案局 2 kinds, 市委办公室 3, 市财政局 3, the industries 1: nine bars.
    expect(bars).toHaveLength(9);
    expect(bars.filter((b) => b.fill.toUpperCase() === ACTION_COLORS.COMMEND).map((b) => b.row).sort()).toEqual([0, 1, 3]);
    const length = (row: number) => bars.filter((b) => b.row === row).reduce((s, b) => s + b.width, 0);
    // Totals 5, 4, 3, 1: each stack as long as its total.
    expect(length(1) / length(0)).toBeCloseTo(4 / 5, 2);
    expect(length(3) / length(0)).toBeCloseTo(1 / 5, 2);
    expect(svg).toContain('市档案局');
  });

  it('scrolls past the visible units', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ action: 'COMMEND', month: '2016-07', count: 1, unitId: `u${i}`, unit: `单位${i}` }));
    expect(managementBarsOption({ cells: many, by: 'unit', months, visible: 12 }, barsText('单位'), zh).dataZoom).toMatchObject([{ type: 'slider', endValue: 11 }, { type: 'inside' }]);
    expect(option.dataZoom).toEqual([]);
  });

  it('describes each unit to screen readers without its id', () => {
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain('动态管理。市档案局：表彰奖励 4，限期整改 0，整改通过 0，整改未通过 0，取消命名 1，合计 5；');
    expect(description).not.toContain('u3');
  });
});

describe('actions stacked per month', () => {
  const option = managementBarsOption({ cells, by: 'month', months }, barsText('月份'), zh);

  it('has every month a row, zeros included, the units summed', () => {
    const data = datasetOf(option)!;
    expect(data.dimensions.map((d) => d.name)).toEqual(['category', ...Object.keys(ACTIONS), 'total']);
    expect(data.source).toHaveLength(13);
    expect(data.source[0]).toEqual(['1月', 0, 0, 0, 0, 0, 0]);
    expect(data.source[6]).toEqual(['7月', 3, 0, 0, 0, 0, 3]);
    expect(data.source[10]).toEqual(['11月', 0, 0, 0, 1, 1, 2]);
    expect(data.source[12]).toEqual(['2017-01', 0, 0, 0, 0, 1, 1]);
  });

  it('stands its bars up on a month axis', () => {
    expect(option.xAxis).toMatchObject({ type: 'category' });
    expect(seriesOf(option).every((s) => (s.encode as { x: string }).x === 'category')).toBe(true);
  });
});

describe('the unit × month heat map', () => {
  const option = managementHeatmapOption({ cells, months }, heatText, zh);

  it('holds the cells with actions, unit by unit in the bars’ order, month by month', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['u3', '市档案局', '12月', 4],
      ['u3', '市档案局', '2017-01', 1],
      ['u1', '市委办公室', '7月', 2],
      ['u1', '市委办公室', '8月', 1],
      ['u1', '市委办公室', '10月', 1],
      ['u2', '市财政局', '9月', 1],
      ['u2', '市财政局', '11月', 2],
      ['', '示范行业', '7月', 1],
    ]);
    expect(option.xAxis).toMatchObject({ data: months.map((m) => m.label) });
    expect(option.yAxis).toMatchObject({ data: ['市档案局', '市委办公室', '市财政局', '示范行业'], triggerEvent: true });
  });

  it('counts one action only when asked', () => {
    const revoked = managementHeatmapOption({ cells, months, actions: ['REVOKE'] }, heatText, zh);
    expect(datasetOf(revoked)!.source).toEqual([
      ['u2', '市财政局', '11月', 1],
      ['u3', '市档案局', '2017-01', 1],
    ]);
  });

  it('shades from light to dark in one hue up to the largest cell', () => {
    expect(option.visualMap).toMatchObject({ min: 0, max: 4, inRange: { color: HEAT_COLORS }, dimension: 3 });
    // Lightness falls along the ramp: more is darker, in colour and in grey.
    const luminance = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const l = HEAT_COLORS.map(luminance);
    expect(l).toEqual([...l].sort((a, b) => b - a));
  });

  it('renders to SVG in Node with a cell per unit and month that has actions, and keeps the frame of every chart', () => {
    const svg = renderSvg(option);
    expect(svg).toContain('各单位逐月动态管理');
    expect(svg).toContain('市财政局');
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: false } });
    expect(option.toolbox).toMatchObject({ feature: { saveAsImage: { type: 'png' } } });
    expect(option.color).toBe(SERIES_COLORS);
  });

  it('holds no cell when there is no action (the view then shows its empty state)', () => {
    expect(datasetOf(managementHeatmapOption({ cells: [], months }, heatText, zh))!.source).toEqual([]);
  });
});
