import { WORDS, num, pct } from '../i18n.js';
import type { Cell, ColumnKind, Lang, Table } from '../model/types.js';

/** A table cell as the DOCX and the HTML write it: numbers as digits, shares as percentages, yes/no in the report's language. */
export function cellText(value: Cell, kind: ColumnKind, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? WORDS[lang].yes : WORDS[lang].no;
  if (typeof value === 'number') {
    if (kind === 'percent') return pct(value);
    if (kind === 'float') return num(Math.round(value * 10) / 10);
    return num(value);
  }
  return value;
}

/** Numbers are right-aligned, everything else left. */
export const isNumeric = (kind: ColumnKind) => kind === 'int' || kind === 'float' || kind === 'percent';

/** How wide a text is drawn, in half-ems: CJK characters take two, others one. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * Each column's share of a table's width, from its widest cell and heading (a long text column
 * may wrap: it counts at most 36 half-ems; a heading may wrap once or twice), so that names and
 * reasons get room and numbers do not.
 */
export function columnShares(table: Table, lang: Lang): number[] {
  const widths = table.columns.map((column, i) => {
    const cells = table.rows.map((row) => textWidth(cellText(row[i] ?? null, column.kind, lang)));
    const widest = Math.min(36, Math.max(0, ...cells));
    return Math.max(6, widest, Math.ceil(textWidth(column.label) * 0.6)) + 3;
  });
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / total);
}
