import type { EChartsOption } from 'echarts';
import { formatCell, formatNumber } from './format.js';
import { FONT_FAMILY, INK, MUTED, RULE, SERIES_COLORS } from './theme.js';
import type { ChartDataset, ChartEnv, ChartText } from './types.js';

/** Height of the title block; plots start below it. */
export const TITLE_HEIGHT = 44;

/**
 * What every chart has: its title (so that a saved PNG says what it shows), the palette and
 * system fonts, ECharts' aria description for screen readers, a "save as image" button, and
 * tooltips with numbers in the reader's locale.
 */
export function frame(text: ChartText, env: ChartEnv, dataset: ChartDataset): EChartsOption {
  const titleBlock = text.subtitle ? TITLE_HEIGHT + 14 : TITLE_HEIGHT;
  return {
    color: SERIES_COLORS,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, color: INK },
    animation: env.animation ?? true,
    aria: { enabled: true, label: { description: describe(text, dataset, env) }, decal: { show: env.patterns ?? false } },
    title: {
      text: text.title,
      subtext: text.subtitle,
      left: 12,
      top: 10,
      textStyle: { fontSize: 15, fontWeight: 600, color: INK, fontFamily: FONT_FAMILY },
      subtextStyle: { fontSize: 12, color: MUTED, fontFamily: FONT_FAMILY },
    },
    toolbox: {
      right: 12,
      top: 8,
      feature: { saveAsImage: { name: text.fileName ?? text.title, type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' } },
    },
    tooltip: {
      // Drawn on the canvas: an HTML tooltip carries style attributes, which the dashboard's
      // content security policy (no inline styles) refuses.
      renderMode: 'richText',
      confine: true,
      textStyle: { fontFamily: FONT_FAMILY },
      valueFormatter: (value) => (typeof value === 'number' ? formatNumber(value, env.locale, 1) : String(value ?? '')),
    },
    // The dimensions are given: the first row is data even when it holds only text (ECharts would
    // take a row of strings for a header and drop it).
    dataset: { dimensions: dataset.dimensions.map((d) => ({ ...d })), source: dataset.source.map((row) => [...row]), sourceHeader: false },
    grid: { top: titleBlock + 36, left: 16, right: 24, bottom: 16, containLabel: true },
  } satisfies EChartsOption;
}

/**
 * What a screen reader says for a chart: its title, then each row's label and numbers, e.g.
 * "各系统单位数。党群系统：参与示范行动 13，另行组织实施 0；…". ECharts' own description would read
 * every column of the dataset, the unit ids included.
 */
export function describe(text: ChartText, dataset: ChartDataset, env: ChartEnv): string {
  const zh = env.locale.startsWith('zh');
  const [colon, comma, semicolon, stop] = zh ? ['：', '，', '；', '。'] : [': ', ', ', '; ', '. '];
  const label = dataset.dimensions.findIndex((d) => d.type === 'ordinal' && d.name !== 'id');
  const rows = dataset.source.map((row) => {
    const values = dataset.dimensions
      .map((d, i) => (i === label || d.name === 'id' ? undefined : `${d.displayName} ${formatCell(row[i]!, d, env.locale)}`))
      .filter((v) => v !== undefined);
    return `${label >= 0 ? String(row[label]) : ''}${colon}${values.join(comma)}`;
  });
  const subtitle = text.subtitle ? (zh ? `（${text.subtitle}）` : ` (${text.subtitle})`) : '';
  return `${text.title}${subtitle}${stop}${rows.join(semicolon)}${zh ? '。' : '.'}`;
}

/** Axis styling shared by the builders: quiet lines, locale numbers on value axes. */
export function valueAxisLabel(env: ChartEnv) {
  return { color: MUTED, formatter: (value: number) => formatNumber(value, env.locale, 1) };
}

export const splitLine = { lineStyle: { color: RULE } };

/** The dataset the table beside a chart lists (the one the builder put in the option). */
export function datasetOf(option: EChartsOption): ChartDataset | undefined {
  const dataset = Array.isArray(option.dataset) ? option.dataset[0] : option.dataset;
  if (!dataset || !Array.isArray(dataset.source) || !Array.isArray(dataset.dimensions)) return undefined;
  return dataset as unknown as ChartDataset;
}
