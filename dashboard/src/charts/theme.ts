/**
 * Colours and type of every chart. The series colours are Okabe and Ito's palette (readable with
 * the common colour-vision deficiencies), ordered so that neighbours in a stack differ in
 * lightness too; for grey print the builders add patterns (`ChartEnv.patterns`).
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** The participating / excluded pair: blue against a neutral grey, never red/green. */
export const PARTICIPATING_COLOR = '#0072B2';
export const EXCLUDED_COLOR = '#8C8C8C';

export const INK = '#1d2129';
export const MUTED = '#4e5969';
export const RULE = '#e5e6eb';

/**
 * System fonts only: nothing is downloaded (Noto CJK on Debian, PingFang on macOS, YaHei on Windows).
 * Single quotes: ECharts' SSR writes the family into a double-quoted style attribute, where double
 * quotes would end the attribute and make the SVG unreadable to an XML parser (the year-end report).
 */
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif";
