import { WORDS, num, pct } from '../i18n.js';
import type { Cell, ColumnKind, Lang } from '../model/types.js';

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
