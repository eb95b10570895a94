import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn, EChartsOption } from 'echarts';
import { frame, splitLine } from './frame.js';
import { FONT_FAMILY, INK, MUTED, SERIES_COLORS } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/** A stretch of days, first and last included (ISO dates): a phase, or a window of publicity (公示). */
export interface TimelineSpan {
  label: string;
  startsOn: string;
  endsOn: string;
}

/** One day that matters: ledgers due, the first batch named by 七一. */
export interface TimelineMilestone {
  label: string;
  on: string;
}

export interface CampaignTimelineText extends ChartText {
  /** Heading of the label column, e.g. 事项. */
  item: string;
  /** Heading of the kind column, e.g. 类别. */
  kind: string;
  startsOn: string;
  endsOn: string;
  /** What each kind of row is called, e.g. 阶段, 节点, 公示. */
  kinds: Record<TimelineKind, string>;
}

export type TimelineKind = 'phase' | 'milestone' | 'publicity';

/** Phases in the palette's order; milestones vermillion diamonds; publicity windows reddish purple. */
export const MILESTONE_COLOR = '#D55E00';
export const PUBLICITY_COLOR = '#CC79A7';

const DAY = 86_400_000;

/** A day's start as ECharts reads an ISO date in a dataset: local time. */
export function localDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
}

function isoOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 5月5日 (zh-CN), May 5 (en). */
export function dayLabel(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${iso}T00:00:00Z`));
}

/** About how wide a 12-pixel label is drawn: CJK characters full width, others about half. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 12 : 7;
  return width;
}

/** Ink or white, whichever reads better on a fill (WCAG relative luminance). */
function textOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.3 ? INK : '#ffffff';
}

function rangeLabel(startsOn: string, endsOn: string, locale: string): string {
  return startsOn === endsOn ? dayLabel(startsOn, locale) : `${dayLabel(startsOn, locale)}–${dayLabel(endsOn, locale)}`;
}

/**
 * A campaign's timeline, one row per item: its phases (启动, 深化实施, 巩固提升) in order as bars,
 * then the milestones (one-day diamonds: ledgers due, first batch by 七一) and the publicity
 * windows (bars) by date; each labelled with its dates. `today` draws a dashed line where the
 * campaign stands (the caller puts the year's end there for a past year, nothing for a future
 * one). The axis runs from the first month the timeline touches to the year's end.
 */
export function campaignTimelineOption(
  input: { phases: TimelineSpan[]; milestones: TimelineMilestone[]; windows?: TimelineSpan[]; today?: { on: string; label: string } | null },
  text: CampaignTimelineText,
  env: ChartEnv,
): EChartsOption {
  type Row = { kind: TimelineKind; label: string; startsOn: string; endsOn: string; color: string };
  const byDate = (a: Row, b: Row) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn);
  const rows: Row[] = [
    ...input.phases.map((p, i) => ({ kind: 'phase' as const, label: p.label, startsOn: p.startsOn, endsOn: p.endsOn, color: SERIES_COLORS[i % SERIES_COLORS.length]! })),
    ...[
      ...input.milestones.map((m) => ({ kind: 'milestone' as const, label: m.label, startsOn: m.on, endsOn: m.on, color: MILESTONE_COLOR })),
      ...(input.windows ?? []).map((w) => ({ kind: 'publicity' as const, label: w.label, startsOn: w.startsOn, endsOn: w.endsOn, color: PUBLICITY_COLOR })),
    ].sort(byDate),
  ];
  const dataset: ChartDataset = {
    dimensions: [
      { name: 'item', displayName: text.item, type: 'ordinal' },
      { name: 'kind', displayName: text.kind, type: 'ordinal' },
      { name: 'startsOn', displayName: text.startsOn, type: 'time' },
      { name: 'endsOn', displayName: text.endsOn, type: 'time' },
    ],
    source: rows.map((r) => [r.label, text.kinds[r.kind], r.startsOn, r.endsOn]),
  };

  const dates = [...rows.flatMap((r) => [r.startsOn, r.endsOn]), ...(input.today ? [input.today.on] : [])].sort();
  const first = dates[0] ?? `${new Date().getFullYear()}-01-01`;
  const last = dates[dates.length - 1] ?? first;
  const min = localDay(`${first.slice(0, 7)}-01`);
  // To the end of the campaign's year (or of its last day, if later).
  const max = Math.max(localDay(`${Number(first.slice(0, 4)) + 1}-01-01`), localDay(last) + DAY);

  const renderItem = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const row = rows[params.dataIndex]!;
    const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    const start = api.coord([localDay(row.startsOn), params.dataIndex]) as number[];
    const end = api.coord([localDay(row.endsOn) + DAY, params.dataIndex]) as number[];
    const band = (api.size!([0, 1]) as number[])[1]!;
    const y = start[1]!;
    const label = rangeLabel(row.startsOn, row.endsOn, env.locale);
    const point = row.kind === 'milestone';
    const left = point ? (start[0]! + end[0]!) / 2 - 7 : start[0]!;
    const right = point ? left + 14 : Math.max(end[0]!, start[0]! + 3);
    // The dates after the mark; near the axis' end inside a bar long enough, else before it.
    const width = textWidth(label);
    const place = right + 6 + width < box.x + box.width ? 'after' : !point && right - left >= width + 12 ? 'inside' : 'before';
    const shape = point
      ? { type: 'polygon' as const, shape: { points: [[left + 7, y - 7], [right, y], [left + 7, y + 7], [left, y]] }, style: { fill: row.color, stroke: '#ffffff', lineWidth: 1 } }
      : { type: 'rect' as const, shape: { x: left, y: y - band * 0.3, width: right - left, height: band * 0.6 }, style: { fill: row.color } };
    return {
      type: 'group',
      children: [
        shape,
        {
          type: 'text',
          style: {
            text: label,
            x: place === 'after' ? right + 6 : place === 'inside' ? left + 6 : left - 6,
            y,
            align: place === 'before' ? 'right' : 'left',
            verticalAlign: 'middle',
            fill: place === 'inside' ? textOn(row.color) : MUTED,
            font: `12px ${FONT_FAMILY}`,
          },
        },
      ],
    };
  };

  const base = frame(text, env, dataset);
  const today = input.today ? localDay(input.today.on) + DAY / 2 : undefined;
  return {
    ...base,
    tooltip: {
      ...(base.tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const params = p as { seriesIndex: number; dataIndex: number };
        if (params.seriesIndex !== 0) return '';
        const row = rows[params.dataIndex]!;
        return `${row.label}\n${rangeLabel(row.startsOn, row.endsOn, env.locale)}`;
      },
    },
    legend: { show: false },
    grid: { ...(base.grid as object), top: (base.grid as { top: number }).top - 16, right: 36 },
    xAxis: {
      type: 'time',
      min,
      max,
      splitLine,
      axisLabel: { color: MUTED, hideOverlap: true, showMaxLabel: false, formatter: (value: number) => dayLabel(isoOf(value), env.locale) },
    },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: INK }, axisTick: { show: false } },
    series: [
      { type: 'custom', name: text.title, renderItem, encode: { x: ['startsOn', 'endsOn'], y: 'item', tooltip: ['startsOn', 'endsOn'] }, clip: false },
      ...(today === undefined
        ? []
        : [
            {
              type: 'custom' as const,
              name: input.today!.label,
              silent: true,
              tooltip: { show: false },
              data: [[today]],
              encode: { x: 0 },
              renderItem: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
                const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
                const x = (api.coord([today, 0]) as number[])[0]!;
                return {
                  type: 'group',
                  children: [
                    { type: 'line', shape: { x1: x, y1: box.y - 4, x2: x, y2: box.y + box.height }, style: { stroke: INK, lineWidth: 1.5, lineDash: [5, 4] } },
                    {
                      type: 'text',
                      style: { text: input.today!.label, x, y: box.y - 8, align: x > box.x + box.width - 40 ? 'right' : 'center', verticalAlign: 'bottom', fill: INK, font: `bold 12px ${FONT_FAMILY}` },
                    },
                  ],
                };
              },
            },
          ]),
    ],
  };
}

/** Height that gives each row of the timeline room. */
export function timelineHeight(rows: number): number {
  return 120 + rows * 34;
}
