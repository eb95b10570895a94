import { badInput } from '../errors.js';
import { isIsoDate } from '../scalars.js';
import { SheetRefusal, serialDay, type SheetCell } from './sheet-types.js';

/** One thing wrong with an imported file, by spreadsheet row and column header. */
export interface SheetFileError {
  row: number;
  column: string;
  cell: string | null;
  message: string;
}

/**
 * A date cell as `YYYY-MM-DD` where it holds one the way staff type them (Excel's day number in a
 * text column, 2016/6/1, 2016年6月1日, 20160601); anything else as its trimmed text, for the
 * import's own check to refuse with the row and column.
 */
export function cellDateText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  const text = cell.text.trim();
  // A date typed into a text-formatted column arrives as Excel's day number (1900 date system).
  if (cell.kind === 'number') return serialDay(Number(text)) ?? text;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return text;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : text;
}

/**
 * What an import reports when readSheet refuses the file itself: each missing column by its
 * header, or the file's problem; a file past a limit (rows, time, memory) is the caller's bad
 * input on `field`, thrown. Anything that is not a SheetRefusal is rethrown.
 */
export function sheetRefusalErrors(problem: unknown, headers: readonly string[], field: string): SheetFileError[] {
  if (!(problem instanceof SheetRefusal)) throw problem;
  if (problem.kind === 'missing-columns') {
    return headers.filter((h) => problem.headers?.includes(h)).map((h) => ({ row: 1, column: h, cell: null, message: `缺少“${h}”列 (missing column)` }));
  }
  if (problem.kind === 'too-many-rows' || problem.kind === 'timeout' || problem.kind === 'out-of-memory') throw badInput(problem.message, field);
  return [{ row: 0, column: '', cell: null, message: problem.message }];
}
