import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_COLOR,
  KIND_COLORS,
  SERIES_COLORS,
  axisFloor,
  criteriaRadarOption,
  datasetOf,
  kindDistributionOption,
  monthLabel,
  scoreRankingOption,
  yearCompareOption,
} from './index.js';

const zh = { locale: 'zh-CN', animation: false };
const kinds = { MASSES: '群众评议', PEERS: '党员互评', LEADERS: '领导点评' };

function renderSvg(option: EChartsOption, width = 800, height = 460): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
const series = (option: EChartsOption) => option.series as Record<string, any>[];
const description = (option: EChartsOption) => (option.aria as { label: { description: string } }).label.description;

describe('the axis floor', () => {
  it('is a multiple of the step at least the margin below the lowest value, never below zero, ignoring gaps', () => {
    expect(axisFloor([86.2, null, 91])).toBe(80);
    expect(axisFloor([80])).toBe(75);
    expect(axisFloor([3])).toBe(0);
    expect(axisFloor([null])).toBe(0);
    expect(axisFloor([71.5], 10, 10)).toBe(60);
  });
});

describe('the year-over-year chart', () => {
  const option = yearCompareOption(
    {
      current: [
        { month: 7, score: 86.98, satisfaction: 0.8561, count: 4460 },
        { month: 5, score: 85.77, satisfaction: null, count: 12 },
      ],
      previous: [
        { month: 5, score: 84.1, satisfaction: 0.8, count: 10 },
        { month: 12, score: 88, satisfaction: 0.9, count: 9 },
      ],
      monthLabel: (m) => monthLabel(m, 'zh-CN'),
    },
    {
      title: '2016年与2015年逐月对比',
      month: '月份',
      score: '加权得分',
      satisfaction: '满意率',
      currentScore: '2016年加权得分',
      previousScore: '2015年加权得分',
      currentSatisfaction: '2016年满意率',
      previousSatisfaction: '2015年满意率',
    },
    zh,
  );

  it('has a row per month either year was evaluated in, in calendar order, a missing value as a gap', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['5月', 85.77, 84.1, '-', 0.8],
      ['7月', 86.98, '-', 0.8561, '-'],
      ['12月', '-', 88, '-', 0.9],
    ]);
    expect(description(option)).toContain('5月：2016年加权得分 85.77，2015年加权得分 84.1，2016年满意率 -，2015年满意率 80%');
  });

  it('draws the two years as a solid and a dashed line of different colours, scores labelled with two decimals', () => {
    const [current, previous] = series(option);
    expect(current).toMatchObject({ type: 'line', lineStyle: { type: 'solid', color: SERIES_COLORS[0] } });
    expect(previous).toMatchObject({ type: 'line', lineStyle: { type: 'dashed', color: SERIES_COLORS[1] } });
    expect(option.yAxis).toMatchObject([{ min: 75, max: 100 }, { min: 0, max: 1 }]);
    const svg = renderSvg(option);
    expect(svg).toContain('>86.98</text>');
    expect(svg).toContain('>84.1</text>');
    expect(svg).toContain('>12月</text>');
  });
});

describe('the distribution by evaluator kind', () => {
  const option = kindDistributionOption(
    {
      buckets: ['60分以下', '60–69分', '70–79分', '80–89分', '90–100分'],
      kinds: [
        { kind: 'MASSES', counts: [1, 3, 6, 30, 60] },
        { kind: 'LEADERS', counts: [0, 0, 0, 1, 3] },
      ],
    },
    { title: '三评分布', bucket: '分数段', kinds, countOf: (k) => `${k}（份）`, shareOf: (k) => `${k}占比` },
    zh,
  );

  it("lists each bucket's counts and each kind's share of its own evaluations; a kind with none has gaps, not 0%", () => {
    const dataset = datasetOf(option)!;
    expect(dataset.dimensions.map((d) => d.displayName)).toEqual(['分数段', '群众评议（份）', '党员互评（份）', '领导点评（份）', '群众评议占比', '党员互评占比', '领导点评占比']);
    expect(dataset.source[3]).toEqual(['80–89分', 30, 0, 1, 0.3, '-', 0.25]);
    expect(dataset.source[4]).toEqual(['90–100分', 60, 0, 3, 0.6, '-', 0.75]);
  });

  it("draws one bar series per kind in the kind's colour, on a percent axis", () => {
    expect(series(option).map((s) => [s.name, s.itemStyle.color, s.encode.y])).toEqual([
      ['群众评议', KIND_COLORS.MASSES, 'MASSES_share'],
      ['党员互评', KIND_COLORS.PEERS, 'PEERS_share'],
      ['领导点评', KIND_COLORS.LEADERS, 'LEADERS_share'],
    ]);
    const svg = renderSvg(option);
    expect(svg).toContain('>75%</text>');
    expect(svg).toContain('>60%</text>');
  });
});

describe('the criteria radar', () => {
  const option = criteriaRadarOption(
    {
      criteria: [
        { label: '政治合格', mean: 82.5, byKind: { MASSES: 70, PEERS: 90, LEADERS: null } },
        { label: '守规矩重品行', mean: 81.5, byKind: { MASSES: 71, PEERS: 88 } },
        { label: '联系服务群众', mean: null, byKind: {} },
        { label: '担当作为', mean: 84.25, byKind: { MASSES: 75, PEERS: 93.5 } },
      ],
    },
    { title: '评议指标雷达', criterion: '评议指标', overall: '总体', kinds },
    zh,
  );

  it('has an axis per criterion, named in Chinese, zoomed to the data', () => {
    expect((option.radar as { indicator: unknown[] }).indicator).toEqual([
      { name: '政治合格', min: 60, max: 100 },
      { name: '守规矩重品行', min: 60, max: 100 },
      { name: '联系服务群众', min: 60, max: 100 },
      { name: '担当作为', min: 60, max: 100 },
    ]);
  });

  it('draws the overall mean and only the kinds that gave scores, with the same numbers as its table', () => {
    const data = series(option)[0]!.data as { name: string; value: (number | string)[] }[];
    expect(data.map((d) => d.name)).toEqual(['总体', '群众评议', '党员互评']);
    expect(data[0]!.value).toEqual([82.5, 81.5, '-', 84.25]);
    expect(data[2]!.value).toEqual([90, 88, '-', 93.5]);
    expect(datasetOf(option)!.source[0]).toEqual(['政治合格', 82.5, 70, 90, '-']);
    expect(description(option)).toContain('担当作为：总体 84.25，群众评议 75，党员互评 93.5，领导点评 -');
    const svg = renderSvg(option);
    expect(svg).toContain('>守规矩重品行</text>');
    expect(svg).toContain('>84.25</text>');
  });
});

describe('the ranking of units by weighted score', () => {
  const rows = [
    { id: 'u1', name: '市委办公室', score: 86.5, satisfaction: 0.8, count: 120 },
    { id: 'u2', name: '市财政局', score: null, satisfaction: null, count: 2 },
    { id: 'u3', name: '市教育局', score: 91.25, satisfaction: 0.95, count: 80 },
    { id: 'u4', name: '市人社局', score: 86.5, satisfaction: 0.7, count: 60 },
  ];
  const text = { title: '各单位评议加权得分排名', name: '单位', score: '加权得分', satisfaction: '满意率', count: '评议份数' };
  const option = scoreRankingOption({ rows, highlight: 'u4' }, text, zh);

  it('ranks the highest score first, ties by name, units without a score last', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['u3', '市教育局', 91.25, 0.95, 80],
      ['u4', '市人社局', 86.5, 0.7, 60],
      ['u1', '市委办公室', 86.5, 0.8, 120],
      ['u2', '市财政局', '-', '-', 2],
    ]);
    expect(option.xAxis).toMatchObject({ min: 80, max: 100 });
  });

  it('labels each bar with its score, marks the chosen unit in vermillion, and scrolls past the visible rows', () => {
    const color = series(option)[0]!.itemStyle.color as (p: { value: unknown }) => string;
    expect(color({ value: ['u4', '市人社局', 86.5] })).toBe(HIGHLIGHT_COLOR);
    expect(color({ value: ['u1', '市委办公室', 86.5] })).toBe(SERIES_COLORS[0]);
    const svg = renderSvg(option);
    expect(svg).toContain('>91.25</text>');
    expect(svg).toContain('>市人社局</text>');
    expect(option.dataZoom).toEqual([]);
    const many = scoreRankingOption({ rows: Array.from({ length: 30 }, (_, i) => ({ id: `u${i}`, name: `单位${i}`, score: 60 + i, satisfaction: 0.5, count: 1 })), visible: 12 }, text, zh);
    expect(many.dataZoom).toMatchObject([{ type: 'slider', startValue: 0, endValue: 11 }, { type: 'inside' }]);
  });

  it('has aria on and a save-as-PNG button, like every chart', () => {
    for (const o of [option]) {
      expect(o.aria).toMatchObject({ enabled: true });
      expect(o.toolbox).toMatchObject({ feature: { saveAsImage: { type: 'png' } } });
    }
  });
});
