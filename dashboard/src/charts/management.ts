import type { EChartsOption } from 'echarts';
import { formatNumber } from './format.js';
import { frame, splitLine, valueAxisLabel } from './frame.js';
import { INK, MUTED } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/*
 * 动态管理: the committee's actions on named honors (commend, order rectification, pass, fail,
 * revoke) counted per unit and month, as stacked bars and a unit × month heat map.
 */

/** The five actions in the order they are stacked, listed and coloured. */
export const MANAGEMENT_ACTIONS = ['COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE'] as const;
export type ManagementActionKey = (typeof MANAGEMENT_ACTIONS)[number];

/**
 * One colour per action from Okabe and Ito's palette: commendation blue, an order to rectify
 * orange, passed bluish green, failed vermillion, revoked reddish purple — told apart with the
 * common colour-vision deficiencies, and by hatch patterns in grey print.
 */
export const ACTION_COLORS: Record<ManagementActionKey, string> = {
  COMMEND: '#0072B2',
  ORDER_RECTIFICATION: '#E69F00',
  PASS_RECTIFICATION: '#009E73',
  FAIL_RECTIFICATION: '#D55E00',
  REVOKE: '#CC79A7',
};

/** The heat map's ramp: one hue, light to dark, so that more reads as darker in any print or vision. */
export const HEAT_COLORS = ['#E6F2FA', '#BFDDF0', '#7FB8DE', '#2F86C4', '#003A5C'];

/** How many times one action was taken on one unit's honors in one month (`managementActions`). */
export interface ManagementCell {
  action: string;
  /** YYYY-MM. */
  month: string;
  count: number;
  /** Null for an industry's honors (示范行业 belong to no unit). */
  unitId: string | null;
  /** The unit's name; ignored when `unitId` is null (the row is the text's `industries`). */
  unit: string;
}

/** A month on the axis: its key (YYYY-MM) and how the reader's language writes it. */
export interface MonthColumn {
  key: string;
  label: string;
}

export interface ManagementBarsText extends ChartText {
  /** Heading of the category column: 单位, or 月份. */
  category: string;
  total: string;
  /** Each action's name, e.g. COMMEND → 表彰奖励. */
  actions: Record<string, string>;
  /** The row of the honors that belong to no unit (industries), e.g. 示范行业. */
  industries: string;
}

/**
 * The months a campaign's actions are drawn over: every month of its year, and any month outside
 * it that an action fell in (a revocation the next January), in order. `label` writes a month:
 * the caller's locale decides.
 */
export function managementMonths(year: number, cells: readonly { month: string }[], label: (key: string, inYear: boolean) => string): MonthColumn[] {
  const keys = new Set(Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`));
  for (const c of cells) if (/^\d{4}-\d{2}$/.test(c.month)) keys.add(c.month);
  return [...keys].sort().map((key) => ({ key, label: label(key, key.startsWith(`${year}-`)) }));
}

interface UnitTotals {
  id: string;
  name: string;
  counts: number[];
  total: number;
}

/** Per unit (the industries' row last), each action's count and the total; units with none are left out. */
function byUnit(cells: readonly ManagementCell[], industries: string): UnitTotals[] {
  const rows = new Map<string, UnitTotals>();
  for (const cell of cells) {
    const i = MANAGEMENT_ACTIONS.indexOf(cell.action as ManagementActionKey);
    if (i < 0 || !cell.count) continue;
    const id = cell.unitId ?? '';
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { id, name: cell.unitId ? cell.unit : industries, counts: MANAGEMENT_ACTIONS.map(() => 0), total: 0 }));
    row.counts[i]! += cell.count;
    row.total += cell.count;
  }
  return [...rows.values()];
}

/**
 * The units in the order both charts list them: most actions first, then by name; the honors of
 * no unit (industries) last.
 */
export function managementUnitOrder(cells: readonly ManagementCell[], industries: string, locale: string): { id: string; name: string; total: number }[] {
  const collator = new Intl.Collator(locale);
  return byUnit(cells, industries)
    .sort((a, b) => Number(a.id === '') - Number(b.id === '') || b.total - a.total || collator.compare(a.name, b.name))
    .map(({ id, name, total }) => ({ id, name, total }));
}

/**
 * Actions stacked by kind, per unit (horizontal bars, most actions on top, a scroll bar past
 * `visible` rows) or per month (vertical bars, every month of `months`, zeros included). A
 * unit's row carries its id, so that a click opens the unit.
 */
export function managementBarsOption(
  input: { cells: readonly ManagementCell[]; by: 'unit' | 'month'; months: readonly MonthColumn[]; visible?: number },
  text: ManagementBarsText,
  env: ChartEnv,
): EChartsOption {
  const actionColumns = MANAGEMENT_ACTIONS.map((a) => ({ name: a, displayName: text.actions[a] ?? a, type: 'int' as const }));
  let dataset: ChartDataset;
  if (input.by === 'unit') {
    const totals = new Map(byUnit(input.cells, text.industries).map((r) => [r.id, r]));
    const order = managementUnitOrder(input.cells, text.industries, env.locale);
    dataset = {
      dimensions: [{ name: 'id', displayName: 'id', type: 'ordinal' }, { name: 'category', displayName: text.category, type: 'ordinal' }, ...actionColumns, { name: 'total', displayName: text.total, type: 'int' }],
      source: order.map((u) => {
        const row = totals.get(u.id)!;
        return [u.id, row.name, ...row.counts, row.total];
      }),
    };
  } else {
    const counts = new Map(input.months.map((m) => [m.key, MANAGEMENT_ACTIONS.map(() => 0)]));
    for (const cell of input.cells) {
      const i = MANAGEMENT_ACTIONS.indexOf(cell.action as ManagementActionKey);
      const row = counts.get(cell.month);
      if (row && i >= 0) row[i]! += cell.count;
    }
    dataset = {
      dimensions: [{ name: 'category', displayName: text.category, type: 'ordinal' }, ...actionColumns, { name: 'total', displayName: text.total, type: 'int' }],
      source: input.months.map((m) => {
        const row = counts.get(m.key)!;
        return [m.label, ...row, row.reduce((a, b) => a + b, 0)];
      }),
    };
  }
  const base = frame(text, env, dataset);
  const top = (base.grid as { top: number }).top;
  const legend = { top: top - 30, left: 12, right: 12, type: 'scroll' as const, textStyle: { color: MUTED } };
  const series = MANAGEMENT_ACTIONS.map((a) => ({
    type: 'bar' as const,
    name: text.actions[a] ?? a,
    stack: 'actions',
    barMaxWidth: input.by === 'unit' ? 18 : 36,
    cursor: input.by === 'unit' ? 'pointer' : 'default',
    itemStyle: { color: ACTION_COLORS[a] },
    emphasis: { focus: 'series' as const },
    encode: input.by === 'unit' ? { y: 'category', x: a, tooltip: [a] } : { x: 'category', y: a, tooltip: [a] },
  }));
  const tooltip = { ...(base.tooltip as object), trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } };
  if (input.by === 'month') {
    return {
      ...base,
      tooltip,
      legend,
      xAxis: { type: 'category', axisLabel: { color: MUTED }, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: valueAxisLabel(env), splitLine },
      series,
    };
  }
  const visible = input.visible ?? 15;
  const scrolls = dataset.source.length > visible;
  return {
    ...base,
    tooltip,
    legend,
    grid: { ...(base.grid as object), right: scrolls ? 44 : 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: valueAxisLabel(env), splitLine },
    yAxis: { type: 'category', inverse: true, triggerEvent: true, axisLabel: { color: INK, width: 168, overflow: 'truncate' }, axisTick: { show: false } },
    dataZoom: scrolls
      ? [
          { type: 'slider', yAxisIndex: 0, right: 8, width: 14, startValue: 0, endValue: visible - 1, zoomLock: true, showDetail: false, brushSelect: false },
          { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
        ]
      : [],
    series,
  };
}

export interface ManagementHeatmapText extends ChartText {
  unit: string;
  month: string;
  count: string;
  industries: string;
}

/**
 * Units × months, each cell the number of actions (of the kinds in `actions`, all when left out)
 * on the unit's honors that month, darker for more; an empty cell is a month without any. Units
 * in the stacked bars' order; every month of `months` is a column. The data (and the table beside
 * the chart) holds the cells that have actions, unit by unit, month by month.
 */
export function managementHeatmapOption(
  input: { cells: readonly ManagementCell[]; months: readonly MonthColumn[]; actions?: readonly string[] },
  text: ManagementHeatmapText,
  env: ChartEnv,
): EChartsOption {
  const wanted = new Set(input.actions ?? MANAGEMENT_ACTIONS);
  const cells = input.cells.filter((c) => wanted.has(c.action) && (MANAGEMENT_ACTIONS as readonly string[]).includes(c.action));
  const units = managementUnitOrder(cells, text.industries, env.locale);
  const monthIndex = new Map(input.months.map((m, i) => [m.key, i]));
  const sums = new Map<string, number>();
  for (const c of cells) {
    if (!monthIndex.has(c.month)) continue;
    const key = `${c.unitId ?? ''}|${c.month}`;
    sums.set(key, (sums.get(key) ?? 0) + c.count);
  }
  const source: (string | number)[][] = [];
  for (const u of units) {
    for (const m of input.months) {
      const n = sums.get(`${u.id}|${m.key}`);
      if (n) source.push([u.id, u.name, m.label, n]);
    }
  }
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'id', displayName: 'id', type: 'ordinal' },
      { name: 'unit', displayName: text.unit, type: 'ordinal' },
      { name: 'month', displayName: text.month, type: 'ordinal' },
      { name: 'count', displayName: text.count, type: 'int' },
    ],
    source,
  };
  const base = frame(text, env, dataset);
  const max = source.reduce((m, r) => Math.max(m, r[3] as number), 1);
  const top = (base.grid as { top: number }).top;
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const row = (p as { value?: unknown }).value as (string | number)[] | undefined;
        return Array.isArray(row) ? `${row[1]}\n${row[2]}：${text.count} ${formatNumber(row[3] as number, env.locale)}` : '';
      },
    },
    grid: { ...(base.grid as object), top, bottom: 56, right: 24 },
    xAxis: { type: 'category', data: input.months.map((m) => m.label), splitArea: { show: true }, axisLabel: { color: MUTED }, axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: units.map((u) => u.name),
      splitArea: { show: true },
      axisLabel: { color: INK, width: 168, overflow: 'truncate' },
      axisTick: { show: false },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      itemHeight: 160,
      itemWidth: 12,
      text: [formatNumber(max, env.locale), '0'],
      textStyle: { color: MUTED },
      inRange: { color: HEAT_COLORS },
      dimension: 3,
    },
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        encode: { x: 'month', y: 'unit', value: 'count', tooltip: ['count'] },
        label: { show: true, formatter: (p: { value: unknown }) => formatNumber((p.value as number[])[3] ?? 0, env.locale) },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: INK, borderWidth: 1 } },
      },
    ],
  };
}
