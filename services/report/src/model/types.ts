import type { EChartsOption } from 'echarts';

export type Lang = 'zh' | 'en';

/** How a column's cells are written: text, whole numbers, one decimal, a share as a percentage, an ISO date, yes/no. */
export type ColumnKind = 'text' | 'int' | 'float' | 'percent' | 'date' | 'bool';

export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
}

/** A cell: text, a number (a percent column holds the share, 0.25), an ISO date, a yes/no, or nothing. */
export type Cell = string | number | boolean | null;

export interface Table {
  kind: 'table';
  /** Stable name (tests and the HTML's data-table attribute). */
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** A line under the table: where the numbers come from, what they include. */
  note?: string;
}

export interface Chart {
  kind: 'chart';
  id: string;
  /** Built by the dashboard's option builders (`@sfxd/dashboard/charts`). */
  option: EChartsOption;
  width: number;
  height: number;
  /** What the chart shows, for readers who cannot see it (the builders' aria description). */
  alt: string;
}

export type Block =
  /** (一) level (楷体) or 1. level (仿宋 bold); the section's own heading is the 一、 level. */
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** Numbered facts, （1）（2）…, each a paragraph. */
  | { kind: 'list'; items: string[] }
  /** Left for the committee's staff to write: marked 【待撰写】 in every format. */
  | { kind: 'todo'; text: string }
  | Table
  | Chart;

export type SectionId = 'basics' | 'quota' | 'naming' | 'management' | 'evaluation' | 'ledger' | 'examples' | 'issues';

export interface Section {
  id: SectionId;
  /** The heading with its number: 一、基本情况 / 1. Overview. */
  heading: string;
  blocks: Block[];
}

/** The year-end summary as a format-free document: DOCX, HTML and the tests read the same one. */
export interface Report {
  lang: Lang;
  title: string;
  /** Lines under the title: scope, the day the data were taken, that this is a draft. */
  subtitle: string[];
  sections: Section[];
  /** The mark of text left for staff: 【待撰写】 / [TO BE WRITTEN]. */
  todoMark: string;
}
