import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { breakdownOption, datasetOf, shareOption } from './index.js';

const zh = { locale: 'zh-CN', animation: false };

/** Renders an option as the year-end report does: ECharts SSR to SVG, in Node. */
function renderSvg(option: EChartsOption, width = 800, height = 400): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const tiers = [
  { key: 'POST', label: '示范岗' },
  { key: 'TEAM', label: '示范团队' },
  { key: 'INDUSTRY', label: '示范行业' },
];
const batchesText = { title: '各层级命名情况（按批次）', category: '层级', total: '合计' };

describe('a breakdown (stacked bars)', () => {
  const option = breakdownOption(
    {
      categories: tiers,
      series: [
        { key: 'b0', label: '七一前首批' },
        { key: 'b1', label: '国庆前第二批' },
      ],
      cells: [
        { category: 'POST', series: 'b0', count: 193 },
        { category: 'POST', series: 'b1', count: 176 },
        { category: 'TEAM', series: 'b0', count: 53 },
        { category: 'TEAM', series: 'b0', count: 1 },
        { category: 'UNKNOWN', series: 'b0', count: 99 },
      ],
      horizontal: true,
    },
    batchesText,
    zh,
  );

  it('keeps every category and series, zeros included, sums cells that repeat and ignores unknown keys, with a total column', () => {
    const data = datasetOf(option)!;
    expect(data.dimensions.map((d) => d.displayName)).toEqual(['层级', '七一前首批', '国庆前第二批', '合计']);
    expect(data.source).toEqual([
      ['示范岗', 193, 176, 369],
      ['示范团队', 54, 0, 54],
      ['示范行业', 0, 0, 0],
    ]);
  });

  it('stacks the series and writes each bar’s total at its end, nothing for an empty bar', () => {
    const series = option.series as Record<string, unknown>[];
    expect(series.map((s) => s.stack)).toEqual(['breakdown', 'breakdown']);
    const label = series[1]!.label as { formatter: (p: { value: unknown }) => string };
    expect(label.formatter({ value: ['示范岗', 1193, 176, 1369] })).toBe('1,369');
    expect(label.formatter({ value: ['示范行业', 0, 0, 0] })).toBe('');
    expect(series[0]!.label).toBeUndefined();
  });

  it('renders to well-formed SVG on the server with its Chinese labels and totals', () => {
    const svg = renderSvg(option);
    expect(svg).toContain('>示范团队</text>');
    expect(svg).toContain('>369</text>');
    expect(svg).not.toMatch(/font-family:"/);
  });

  it('stands the bars up when not horizontal, categories along the bottom', () => {
    const months = breakdownOption(
      { categories: [{ key: '2016-08', label: '8月' }], series: [{ key: 'COMMEND', label: '表彰奖励', color: '#0072B2' }], cells: [{ category: '2016-08', series: 'COMMEND', count: 2 }] },
      { title: '动态管理按月份', category: '月份', total: '合计' },
      zh,
    );
    expect(months.xAxis).toMatchObject({ type: 'category' });
    expect((months.series as Record<string, unknown>[])[0]).toMatchObject({ itemStyle: { color: '#0072B2' }, encode: { x: 'category', y: 'COMMEND' } });
  });
});

describe('a share (ring)', () => {
  const option = shareOption(
    {
      parts: [
        { key: 'ON_TIME', label: '按时报送', count: 68, color: '#0072B2' },
        { key: 'LATE', label: '逾期报送', count: 13, color: '#E69F00' },
        { key: 'MISSING', label: '未报送', count: 0, color: '#D55E00' },
      ],
    },
    { title: '台账报送情况', part: '报送情况', count: '单位数' },
    zh,
  );

  it('lists every part with its count, and gives each slice its own colour', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['按时报送', 68],
      ['逾期报送', 13],
      ['未报送', 0],
    ]);
    const data = (option.series as { data: { itemStyle?: { color: string } }[] }[])[0]!.data;
    expect(data.map((d) => d.itemStyle?.color)).toEqual(['#0072B2', '#E69F00', '#D55E00']);
  });

  it('labels each slice with its count and share, and a part with none not at all', () => {
    const svg = renderSvg(option, 600, 360);
    expect(svg).toContain('>68（84%）</text>');
    expect(svg).toContain('>13（16.1%）</text>');
    expect(svg.match(/>未报送<\/text>/g)).toHaveLength(1); // in the legend only
    const data = (option.series as { data: { label?: { show: boolean } }[] }[])[0]!.data;
    expect(data[2]!.label).toEqual({ show: false });
    expect((option.aria as { label: { description: string } }).label.description).toContain('按时报送：单位数 68');
  });
});
