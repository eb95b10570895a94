import type { Column } from './types.js';

/** Numbers as the reader's locale writes them (zh-CN: 1,234.5); whole numbers unless told. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** 1–12 → "5月" (zh-CN) or "May" (en). */
export function monthLabel(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** A share as a percentage with one decimal: 0.1234 → "12.3%". */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A cell of a chart's data as the table beside it and the screen-reader description write it. */
export function formatCell(value: string | number, column: Pick<Column, 'type' | 'format' | 'digits'>, locale: string): string {
  if (typeof value !== 'number') return value;
  if (column.format === 'percent') return formatPercent(value, locale);
  return formatNumber(value, locale, column.digits ?? (column.type === 'float' ? 1 : 0));
}
