import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activityMonthsOption,
  activityTypesOption,
  barChartHeight,
  campaignTimelineOption,
  datasetOf,
  formatNumber,
  formatPercent,
  monthLabel,
  quotaAttainmentOption,
  rankingOption,
  unitsByIndustryOption,
  SERIES_COLORS,
} from './index.js';

const zh = { locale: 'zh-CN' };
const kinds = [
  { key: 'POST_COMPETITION', label: '岗位竞赛' },
  { key: 'SKILL_CONTEST', label: '技能比武' },
  { key: 'VOLUNTEER_SERVICE', label: '双报到志愿服务' },
];
const monthsText = { title: '示范活动按月份', month: '月份', total: '合计' };

/** Renders an option as the year-end report will: ECharts SSR to SVG, in Node, no DOM. */
function renderSvg(option: EChartsOption, width = 800, height = 420): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function series(option: EChartsOption): Record<string, unknown>[] {
  return (Array.isArray(option.series) ? option.series : [option.series]) as Record<string, unknown>[];
}

describe('number and month formats', () => {
  it('writes numbers and percentages the zh-CN way', () => {
    expect(formatNumber(12345.67, 'zh-CN', 1)).toBe('12,345.7');
    expect(formatNumber(5000, 'zh-CN')).toBe('5,000');
    expect(formatPercent(0.1234, 'zh-CN')).toBe('12.3%');
  });

  it('names months in the reader’s language', () => {
    expect(monthLabel(5, 'zh-CN')).toBe('5月');
    expect(monthLabel(12, 'zh-CN')).toBe('12月');
    expect(monthLabel(5, 'en')).toBe('May');
  });
});

describe('every chart', () => {
  const options: [string, EChartsOption][] = [
    ['months', activityMonthsOption({ kinds, cells: [{ type: 'SKILL_CONTEST', month: 6, count: 3 }] }, monthsText, zh)],
    ['types', activityTypesOption({ rows: [{ key: 'POST_COMPETITION', label: '岗位竞赛', count: 4, hours: 6.5 }] }, { title: '按类型', type: '类型', count: '次数', hours: '时长' }, zh)],
    ['industries', unitsByIndustryOption({ rows: [{ id: 'i1', name: '党群系统', participating: 7, excluded: 0 }] }, { title: '各系统单位数', industry: '系统', participating: '参与', excluded: '另行组织' }, zh)],
    ['ranking', rankingOption({ rows: [{ id: 'u1', name: '市委办公室', values: [42] }], series: [{ key: 'members', label: '党员' }] }, { title: '各单位党员数', name: '单位' }, zh)],
    [
      'quota',
      quotaAttainmentOption(
        [{ id: 'u1', name: '市委办公室', posts: { count: 3, target: 4, ratio: 0.75, attained: false }, teams: { count: 1, target: 1, ratio: 1, attained: true } }],
        { metric: 'posts' },
        { title: '各单位示范岗申报完成情况', name: '单位', count: '已申报', target: '目标', ratio: '完成率', status: '是否达标', attained: '已达标', unattained: '未达标' },
        zh,
      ),
    ],
    [
      'timeline',
      campaignTimelineOption(
        { phases: [{ label: '启动', startsOn: '2016-05-05', endsOn: '2016-05-10' }], milestones: [{ label: '台账报送截止', on: '2016-06-20' }], today: { on: '2016-12-31', label: '年末' } },
        { title: '示范行动时间轴', item: '事项', kind: '类别', startsOn: '开始', endsOn: '结束', kinds: { phase: '阶段', milestone: '节点', publicity: '公示' } },
        zh,
      ),
    ],
  ];

  it.each(options)('%s: has aria on, a save-as-PNG button, a white background and its title', (_name, option) => {
    expect(option.aria).toMatchObject({ enabled: true });
    expect(option.toolbox).toMatchObject({ feature: { saveAsImage: { type: 'png', backgroundColor: '#ffffff' } } });
    expect(option.backgroundColor).toBe('#ffffff');
    expect((option.title as { text: string }).text).toBeTruthy();
  });

  it.each(options)('%s: renders to SVG in Node (ECharts SSR), with its title in it', (_name, option) => {
    const svg = renderSvg(option);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain((option.title as { text: string }).text);
  });

  it.each(options)('%s: adds hatch patterns for print only when asked', (_name, option) => {
    expect(option.aria).toMatchObject({ decal: { show: false } });
  });

  it('puts patterns on the series when asked, for grey print', () => {
    const option = activityMonthsOption({ kinds, cells: [] }, monthsText, { locale: 'zh-CN', patterns: true });
    expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
  });

  it('uses the colour-blind-safe palette, with no red–green pair among the first colours', () => {
    expect(options.every(([, o]) => o.color === SERIES_COLORS)).toBe(true);
    expect(SERIES_COLORS.slice(0, 3)).toEqual(['#0072B2', '#E69F00', '#009E73']);
  });

  it('are built by modules that import neither Vue nor the DOM (the report runs them in Node)', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(4);
    for (const file of sources) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => !i.startsWith('./') && i !== 'echarts'), file).toEqual([]);
      expect(text, file).not.toMatch(/\b(document|window|navigator|localStorage)\./);
    }
  });
});

describe('activities by month', () => {
  const option = activityMonthsOption(
    {
      kinds,
      cells: [
        { type: 'POST_COMPETITION', month: 5, count: 2 },
        { type: 'POST_COMPETITION', month: 5, count: 3 },
        { type: 'VOLUNTEER_SERVICE', month: 11, count: 7 },
        { type: 'UNKNOWN_KIND', month: 5, count: 100 },
      ],
    },
    monthsText,
    zh,
  );

  it('has one row per month of the year, zeros included, summing cells of the same type and month', () => {
    const data = datasetOf(option)!;
    expect(data.dimensions.map((d) => d.displayName)).toEqual(['月份', '岗位竞赛', '技能比武', '双报到志愿服务', '合计']);
    expect(data.source).toHaveLength(12);
    expect(data.source[4]).toEqual(['5月', 5, 0, 0, 5]);
    expect(data.source[10]).toEqual(['11月', 0, 0, 7, 7]);
    expect(data.source[0]).toEqual(['1月', 0, 0, 0, 0]);
  });

  it('stacks one bar series per kind, in the kinds’ order', () => {
    expect(series(option).map((s) => [s.name, s.stack, s.type])).toEqual([
      ['岗位竞赛', 'activities', 'bar'],
      ['技能比武', 'activities', 'bar'],
      ['双报到志愿服务', 'activities', 'bar'],
    ]);
  });

  it('keeps only the months asked for', () => {
    const may = activityMonthsOption({ kinds, cells: [], months: [5, 6] }, monthsText, { locale: 'en' });
    expect(datasetOf(may)!.source.map((r) => r[0])).toEqual(['May', 'Jun']);
  });
});

describe('activities by type', () => {
  const option = activityTypesOption(
    {
      rows: [
        { key: 'POST_COMPETITION', label: '岗位竞赛', count: 1234, hours: 2500.5 },
        { key: 'SKILL_CONTEST', label: '技能比武', count: 0, hours: 0 },
      ],
    },
    { title: '按类型', type: '类型', count: '次数', hours: '时长（小时）' },
    zh,
  );

  it('keeps a kind with no activity as a row, so that the colours stay those of the month chart', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['岗位竞赛', 1234, 2500.5],
      ['技能比武', 0, 0],
    ]);
  });

  it('labels a slice with its count in zh-CN digits and its share', () => {
    const label = (series(option)[0]!.label as { formatter: (p: unknown) => string }).formatter;
    expect(label({ name: '岗位竞赛', value: ['岗位竞赛', 1234, 2500.5], percent: 100 })).toBe('岗位竞赛\n1,234（100%）');
  });

  it('writes the share in brackets of the reader’s script', () => {
    const en = activityTypesOption({ rows: [{ key: 'POST_COMPETITION', label: 'Post competition', count: 1234, hours: 1 }] }, { title: 't', type: 'Type', count: 'Count', hours: 'Hours' }, { locale: 'en-US' });
    const label = (series(en)[0]!.label as { formatter: (p: unknown) => string }).formatter;
    expect(label({ name: 'Post competition', value: ['Post competition', 1234, 1], percent: 12.34 })).toBe('Post competition\n1,234 (12.3%)');
  });
});

describe('units by industry', () => {
  const option = unitsByIndustryOption(
    {
      rows: [
        { id: 'i1', name: '党群系统', participating: 7, excluded: 0 },
        { id: 'i2', name: '政法系统', participating: 0, excluded: 5 },
      ],
    },
    { title: '各系统单位数', industry: '系统', participating: '参与示范行动', excluded: '另行组织实施' },
    zh,
  );

  it('describes itself to screen readers row by row, in the reader’s punctuation and without the ids', () => {
    expect((option.aria as { label: { description: string } }).label.description).toBe('各系统单位数。党群系统：参与示范行动 7，另行组织实施 0；政法系统：参与示范行动 0，另行组织实施 5。');
    const en = unitsByIndustryOption({ rows: [{ id: 'i1', name: 'Party', participating: 1200, excluded: 0 }] }, { title: 'Units', subtitle: '2016', industry: 'System', participating: 'In', excluded: 'Out' }, { locale: 'en-US' });
    expect((en.aria as { label: { description: string } }).label.description).toBe('Units (2016). Party: In 1,200, Out 0.');
  });

  it('keeps the industries in the order given and the id for the drill-down', () => {
    expect(datasetOf(option)!.source).toEqual([
      ['i1', '党群系统', 7, 0],
      ['i2', '政法系统', 0, 5],
    ]);
  });

  it('stacks participating over excluded in blue and grey', () => {
    expect(series(option).map((s) => [s.name, (s.itemStyle as { color: string }).color])).toEqual([
      ['参与示范行动', '#0072B2'],
      ['另行组织实施', '#8C8C8C'],
    ]);
  });

  it('labels a bar with its number and leaves a zero unlabelled', () => {
    const label = (series(option)[0]!.label as { formatter: (p: unknown) => string }).formatter;
    expect(label({ value: ['i1', '党群系统', 1500, 0], encode: { x: [2], y: [1] } })).toBe('1,500');
    expect(label({ value: ['i2', '政法系统', 0, 5], encode: { x: [2], y: [1] } })).toBe('');
  });
});

describe('ranking', () => {
  const rows = Array.from({ length: 20 }, (_, i) => ({ id: `u${i}`, name: `单位${String(i).padStart(2, '0')}`, values: [i % 7, i] }));
  const option = rankingOption({ rows, series: [{ key: 'members', label: '党员' }, { key: 'teams', label: '团队' }], visible: 12 }, { title: '各单位', name: '单位' }, zh);

  it('ranks by the first value, largest first, ties by name', () => {
    const source = datasetOf(option)!.source;
    expect(source.slice(0, 3).map((r) => r[1])).toEqual(['单位06', '单位13', '单位05']);
    const firsts = source.map((r) => r[2] as number);
    expect(firsts).toEqual([...firsts].sort((a, b) => b - a));
    expect(source).toHaveLength(20);
  });

  it('scrolls past the visible rows instead of squeezing the labels', () => {
    expect(option.dataZoom).toMatchObject([{ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 11 }, { type: 'inside' }]);
    const few = rankingOption({ rows: rows.slice(0, 3), series: [{ key: 'members', label: '党员' }] }, { title: 't', name: 'n' }, zh);
    expect(few.dataZoom).toEqual([]);
  });

  it('gives each row room for its label', () => {
    expect(barChartHeight(20)).toBe(710);
    expect(barChartHeight(1)).toBe(240);
  });
});
