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
