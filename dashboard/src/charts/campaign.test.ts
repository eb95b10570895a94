import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import {
  ATTAINED_COLOR,
  MILESTONE_COLOR,
  PUBLICITY_COLOR,
  SERIES_COLORS,
  TARGET_COLOR,
  UNATTAINED_COLOR,
  campaignTimelineOption,
  datasetOf,
  quotaAttainmentOption,
  type QuotaChartRow,
} from './index.js';

const zh = { locale: 'zh-CN' };

/** A shape ECharts drew, read back from its SSR SVG: which series and row, its fill, its box. */
interface Shape {
  series: number;
  row: number;
  fill: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Renders an option with ECharts SSR (as the year-end report will) and reads back the chart's own
 * rectangles; `toPixel` asks the same chart where a value lies.
 */
function draw(option: EChartsOption, width = 900, height = 500): { svg: string; shapes: Shape[]; toPixel(value: [number | string, number]): number[] } {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  const shapes: Shape[] = [];
  for (const m of svg.matchAll(/<path d="([^"]+)"([^>]*)>/g)) {
    const attrs = m[2]!;
    if (!attrs.includes('ecmeta_ssr_type="chart"')) continue;
    // Rectangles: "M x y l w 0 l 0 h l -w 0 Z".
    const rect = /^M([\d.-]+) ([\d.-]+)l([\d.-]+) 0l0 ([\d.-]+)/.exec(m[1]!);
    if (!rect) continue;
    shapes.push({
      series: Number(/ecmeta_series_index="(\d+)"/.exec(attrs)![1]),
      row: Number(/ecmeta_data_index="(\d+)"/.exec(attrs)![1]),
      fill: /fill="([^"]+)"/.exec(attrs)?.[1] ?? '',
      x: Number(rect[1]),
      y: Number(rect[2]),
      width: Number(rect[3]),
      height: Number(rect[4]),
    });
  }
  return { svg, shapes, toPixel: (value) => chart.convertToPixel({ gridIndex: 0 }, value) as number[] };
}

function series(option: EChartsOption): Record<string, unknown>[] {
  return (Array.isArray(option.series) ? option.series : [option.series]) as Record<string, unknown>[];
}

const quotaText = {
  title: '各单位示范岗申报完成情况',
  subtitle: '2016年 · 全部系统',
  name: '单位',
  count: '已申报',
  target: '目标',
  ratio: '完成率',
  status: '是否达标',
  attained: '已达标',
  unattained: '未达标',
};

function figure(count: number, target: number) {
  return { count, target, ratio: target === 0 ? 1 : count / target, attained: count >= target };
}

const units: QuotaChartRow[] = [
  { id: 'u-a', name: '市委办公室', posts: figure(5, 4), teams: figure(0, 1) },
  { id: 'u-b', name: '市委组织部', posts: figure(1, 4), teams: figure(2, 2) },
  { id: 'u-c', name: '市委宣传部', posts: figure(3, 3), teams: figure(1, 1) },
  { id: 'u-d', name: '市发展改革委', posts: figure(2, 5), teams: figure(3, 1) },
  { id: 'u-e', name: '市财政局', posts: figure(0, 0), teams: figure(0, 2) },
  { id: 'u-f', name: '市审计局', posts: figure(1, 2), teams: figure(1, 2) },
];

describe('quota attainment per unit', () => {
  const option = quotaAttainmentOption(units, { metric: 'posts' }, quotaText, zh);

  it('lists the units by ratio, lowest first, then the larger shortfall, then the name, with the id for the drill-down', () => {
    const data = datasetOf(option)!;
    expect(data.dimensions.map((d) => d.displayName)).toEqual(['id', '单位', '已申报', '目标', '完成率', '是否达标']);
    expect(data.source).toEqual([
      ['u-b', '市委组织部', 1, 4, 0.25, '未达标'],
      ['u-d', '市发展改革委', 2, 5, 0.4, '未达标'],
      ['u-f', '市审计局', 1, 2, 0.5, '未达标'],
      ['u-e', '市财政局', 0, 0, 1, '已达标'],
      ['u-c', '市委宣传部', 3, 3, 1, '已达标'],
      ['u-a', '市委办公室', 5, 4, 1.25, '已达标'],
    ]);
    expect((option.yAxis as { data: string[] }).data).toEqual(data.source.map((r) => r[1]));
  });

  it('draws the units short of their target in vermillion, above those that reach it in blue', () => {
    const { shapes } = draw(option);
    const bars = shapes.filter((s) => s.series < 2);
    const vermillion = bars.filter((s) => s.fill === UNATTAINED_COLOR);
    const blue = bars.filter((s) => s.fill === ATTAINED_COLOR);
    expect(vermillion).toHaveLength(3);
    expect(blue).toHaveLength(3);
    expect(Math.max(...vermillion.map((b) => b.y))).toBeLessThan(Math.min(...blue.map((b) => b.y)));
    expect(series(option).slice(0, 2).map((s) => [s.name, (s.itemStyle as { color: string }).color])).toEqual([
      ['未达标', UNATTAINED_COLOR],
      ['已达标', ATTAINED_COLOR],
    ]);
  });

  it('marks each unit’s target with a tick where a bar of the target’s length would end', () => {
    const { shapes, toPixel } = draw(option);
    const ticks = shapes.filter((s) => s.series === 2);
    expect(ticks).toHaveLength(units.length);
    expect(ticks.every((t) => t.fill === TARGET_COLOR && t.width === 3)).toBe(true);
    const rows = datasetOf(option)!.source;
    for (const tick of ticks) {
      const [x, y] = toPixel([rows[tick.row]![3] as number, tick.row]);
      expect(tick.x + tick.width / 2, String(rows[tick.row]![1])).toBeCloseTo(x!, 0);
      expect(tick.y + tick.height / 2).toBeCloseTo(y!, 0);
    }
    // 市委宣传部 declared exactly its target: its bar ends on its tick.
    const exact = rows.findIndex((r) => r[0] === 'u-c');
    const bar = shapes.find((s) => s.series < 2 && Math.abs(s.y + s.height / 2 - toPixel([0, exact])[1]!) < 1)!;
    const tick = ticks.find((t) => t.row === exact)!;
    expect(bar.x + bar.width).toBeCloseTo(tick.x + tick.width / 2, 0);
    expect(series(option)[2]).toMatchObject({ name: '目标', type: 'custom', encode: { x: 'target', y: 'name' } });
  });

  it('shows the teams’ figures when the metric is teams', () => {
    const teams = quotaAttainmentOption(units, { metric: 'teams' }, { ...quotaText, title: '各单位示范团队申报完成情况' }, zh);
    expect(datasetOf(teams)!.source.map((r) => [r[1], r[2], r[3], r[5]])).toEqual([
      ['市财政局', 0, 2, '未达标'],
      ['市委办公室', 0, 1, '未达标'],
      ['市审计局', 1, 2, '未达标'],
      ['市委宣传部', 1, 1, '已达标'],
      ['市委组织部', 2, 2, '已达标'],
      ['市发展改革委', 3, 1, '已达标'],
    ]);
  });

  it('writes ratios as percentages for screen readers and labels each bar with declared/target', () => {
    const description = (option.aria as { label: { description: string } }).label.description;
    expect(description).toContain('市委组织部：已申报 1，目标 4，完成率 25%，是否达标 未达标；');
    const label = (series(option)[0]!.label as { formatter: (p: unknown) => string }).formatter;
    expect(label({ value: ['u-x', '市委', 1234, 2000, 0.617, '未达标'] })).toBe('1,234/2,000');
  });

  it('scrolls past twenty units instead of squeezing their names', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `u${i}`, name: `单位${i}`, posts: figure(i % 4, 3), teams: figure(1, 1) }));
    expect(quotaAttainmentOption(many, { metric: 'posts' }, quotaText, zh).dataZoom).toMatchObject([{ type: 'slider', startValue: 0, endValue: 19 }, { type: 'inside' }]);
    expect(option.dataZoom).toEqual([]);
  });

  it('draws nothing in vermillion when every unit attains', () => {
    const all = quotaAttainmentOption(units.filter((u) => u.posts.attained), { metric: 'posts' }, quotaText, zh);
    const { shapes } = draw(all);
    expect(shapes.filter((s) => s.fill === UNATTAINED_COLOR)).toEqual([]);
    expect(shapes.filter((s) => s.fill === ATTAINED_COLOR)).toHaveLength(3);
  });
});

const timelineText = {
  title: '2016年共产党员示范行动 · 示范行动时间轴',
  subtitle: '已结束，标线为年末（12月31日）',
  item: '事项',
  kind: '类别',
  startsOn: '开始',
  endsOn: '结束',
  kinds: { phase: '阶段', milestone: '节点', publicity: '公示' },
};
const plan2016 = {
  phases: [
    { label: '启动', startsOn: '2016-05-05', endsOn: '2016-05-10' },
    { label: '深化实施', startsOn: '2016-05-11', endsOn: '2016-11-30' },
    { label: '巩固提升', startsOn: '2016-12-01', endsOn: '2016-12-31' },
  ],
  milestones: [
    { label: '首批命名（七一前）', on: '2016-07-01' },
    { label: '台账报送截止', on: '2016-06-20' },
  ],
  windows: [
    { label: '公示：国庆前第二批', startsOn: '2016-09-05', endsOn: '2016-09-09' },
    { label: '公示：七一前首批', startsOn: '2016-06-01', endsOn: '2016-06-07' },
  ],
};
const DAY = 86_400_000;
const local = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
};

describe('the campaign timeline', () => {
  const option = campaignTimelineOption({ ...plan2016, today: { on: '2016-12-31', label: '年末' } }, timelineText, zh);

  it('lists the phases in order, then the milestones and publicity windows by date', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['启动', '阶段', '2016-05-05', '2016-05-10'],
      ['深化实施', '阶段', '2016-05-11', '2016-11-30'],
      ['巩固提升', '阶段', '2016-12-01', '2016-12-31'],
      ['公示：七一前首批', '公示', '2016-06-01', '2016-06-07'],
      ['台账报送截止', '节点', '2016-06-20', '2016-06-20'],
      ['首批命名（七一前）', '节点', '2016-07-01', '2016-07-01'],
      ['公示：国庆前第二批', '公示', '2016-09-05', '2016-09-09'],
    ]);
    expect((option.aria as { label: { description: string } }).label.description).toContain('启动：类别 阶段，开始 2016-05-05，结束 2016-05-10；');
  });

  it('draws each phase and window from its first day to the end of its last, on a time axis from May to the year’s end', () => {
    const { shapes, toPixel } = draw(option, 1000, 400);
    const bars = shapes.filter((s) => s.series === 0);
    const rows = datasetOf(option)!.source;
    // Five bars (phases and windows); the two milestones are diamonds.
    expect(bars.map((b) => rows[b.row]![0])).toEqual(['启动', '深化实施', '巩固提升', '公示：七一前首批', '公示：国庆前第二批']);
    for (const bar of bars) {
      const [, , startsOn, endsOn] = rows[bar.row] as string[];
      expect(bar.x, `${rows[bar.row]![0]} start`).toBeCloseTo(toPixel([local(startsOn!), bar.row])[0]!, 0);
      expect(bar.x + bar.width, `${rows[bar.row]![0]} end`).toBeCloseTo(toPixel([local(endsOn!) + DAY, bar.row])[0]!, 0);
    }
    expect(bars.slice(0, 3).map((b) => b.fill)).toEqual(SERIES_COLORS.slice(0, 3));
    expect(bars.slice(3).every((b) => b.fill === PUBLICITY_COLOR)).toBe(true);
    expect(option.xAxis).toMatchObject({ type: 'time', min: local('2016-05-01'), max: local('2017-01-01') });
  });

  it('marks the milestones with diamonds on their day', () => {
    const { svg, toPixel } = draw(option, 1000, 400);
    const diamonds = [...svg.matchAll(/<polygon points="([\d.]+) [\d.]+ [\d. ]+" fill="([^"]+)"[^>]*ecmeta_series_index="0" ecmeta_data_index="(\d+)"/g)];
    expect(diamonds.map((d) => [Number(d[3]), d[2]])).toEqual([
      [4, MILESTONE_COLOR],
      [5, MILESTONE_COLOR],
    ]);
    // The top vertex stands over the middle of the day.
    expect(Number(diamonds[0]![1])).toBeCloseTo(toPixel([local('2016-06-20') + DAY / 2, 4])[0]!, 0);
    expect(Number(diamonds[1]![1])).toBeCloseTo(toPixel([local('2016-07-01') + DAY / 2, 5])[0]!, 0);
  });

  it('draws where the campaign stands as a dashed line with its label, and none when it has not begun', () => {
    const { svg, toPixel } = draw(option, 1000, 400);
    const line = /<path d="M([\d.]+) [\d.]+L([\d.]+) [\d.]+"[^>]*stroke-dasharray[^>]*ecmeta_series_index="1"/.exec(svg);
    expect(line).not.toBeNull();
    expect(Number(line![1])).toBeCloseTo(toPixel([local('2016-12-31') + DAY / 2, 0])[0]!, 0);
    expect(svg).toContain('>年末</text>');
    const june = campaignTimelineOption({ ...plan2016, today: { on: '2016-06-15', label: '今天' } }, timelineText, zh);
    const drawn = draw(june, 1000, 400);
    expect(Number(/<path d="M([\d.]+) [\d.]+L[\d.]+ [\d.]+"[^>]*stroke-dasharray[^>]*ecmeta_series_index="1"/.exec(drawn.svg)![1])).toBeCloseTo(
      drawn.toPixel([local('2016-06-15') + DAY / 2, 0])[0]!,
      0,
    );
    const future = campaignTimelineOption({ ...plan2016, today: null }, timelineText, zh);
    expect(series(future)).toHaveLength(1);
  });

  it('labels each row with its dates in the reader’s language', () => {
    const { svg } = draw(option, 1000, 400);
    expect(svg).toContain('5月5日–5月10日');
    expect(svg).toContain('6月20日');
    const en = campaignTimelineOption({ ...plan2016, today: null }, { ...timelineText, title: 'Campaign timeline' }, { locale: 'en-US' });
    expect(draw(en, 1000, 400).svg).toContain('May 5–May 10');
  });
});
