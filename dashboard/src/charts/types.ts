/** Where a chart is drawn: the reader's locale, and whether it must survive grey print. */
export interface ChartEnv {
  /** BCP 47 locale for numbers and month names, e.g. `zh-CN`. */
  locale: string;
  /** Hatch patterns on every series, for print and readers who cannot tell the colours apart. */
  patterns?: boolean;
  /** Off for server-side rendering (the year-end report). Default on. */
  animation?: boolean;
}

/** The words of a chart; the builders hold none of their own, so one builder serves every language. */
export interface ChartText {
  title: string;
  subtitle?: string;
  /** Saved PNG's file name without extension; the title when left out. */
  fileName?: string;
}

/** One column of a chart's data: the chart draws from it, the table beside the chart lists it. */
export interface Column {
  name: string;
  /** Heading in the reader's language. */
  displayName: string;
  /** ECharts' dimension type; `time` holds ISO dates (YYYY-MM-DD), which ECharts reads as local days. */
  type: 'ordinal' | 'int' | 'float' | 'time';
  /** A `float` that is a share, written as a percentage (0.6 → 60%). ECharts ignores it. */
  format?: 'percent';
  /** Decimals a number is written with: a float's default is 1, an int's 0 (scores: 2, as the gateway gives them). */
  digits?: number;
}

/**
 * Every builder puts its numbers in one ECharts dataset: the series read them from it, and the
 * dashboard's table beside a chart is made from the same rows, so the two cannot disagree.
 * A column named `id` identifies the row (a unit to drill into) and is not shown.
 */
export interface ChartDataset {
  dimensions: Column[];
  source: (string | number)[][];
}
