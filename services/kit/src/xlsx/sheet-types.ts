/** A column an import expects, found by its header in row 1 (whitespace ignored, order free). */
export interface SheetColumn {
  /** How the column is named in the result. */
  key: string;
  header: string;
  /** A file without this header is refused (`missing-columns`). */
  required?: boolean;
}

export interface SheetSpec {
  /** The sheet to read; the workbook's first worksheet when absent or not found. */
  sheetName?: string;
  columns: SheetColumn[];
}

/**
 * What one import may cost. The defaults fit what a unit really sends: a few thousand rows of a
 * dozen short columns.
 */
export interface SheetLimits {
  /** Data rows (rows after the header with text in an expected column); more is refused. */
  maxRows: number;
  /** Headers are looked for in the first `maxColumns` columns; cells to the right are skipped unread. */
  maxColumns: number;
  /**
   * Inflated bytes of the parts read (workbook, relationships, styles, shared strings, the one
   * sheet); parts never read cost nothing. Checked against the archive's directory before
   * anything is inflated, and against the real inflated bytes while reading.
   */
  maxInflatedBytes: number;
  /** Time from the call to the answer, waiting for a free reader included. */
  timeoutMs: number;
  /** Heap of the worker thread that parses the file. */
  maxMemoryMb: number;
}

/**
 * A 5,000-row roster written by Excel or WPS is about 2 MB of sheet XML plus up to 2 MB of shared
 * strings (measured with exceljs: 1.7 MB + 0.1 MB; unique values and inline strings roughly double
 * it). 16 MB leaves room for extra columns and styling, and bounds the worst file to well under a
 * second of parsing; a real file never comes near it.
 */
export const DEFAULT_MAX_INFLATED_BYTES = 16 * 1024 * 1024;

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxRows: 5000,
  maxColumns: 64,
  maxInflatedBytes: DEFAULT_MAX_INFLATED_BYTES,
  // Below the gateway's default deadline for a subgraph call (SUBGRAPH_TIMEOUT_MS, 10 s), so the
  // caller gets this clear answer rather than the gateway's timeout.
  timeoutMs: 8000,
  maxMemoryMb: 128,
};

/** Room left between an import's deadline and the gateway's, for the answer to travel back. */
const ANSWER_MARGIN_MS = 2000;

/**
 * The time budget of one import when the gateway gives up on a call to the subgraph after
 * `callTimeoutMs` (SUBGRAPH_TIMEOUT_MS): the import answers first, so the caller hears which rows
 * were refused or that the file took too long, never the gateway's bare timeout. Never more than
 * the sheet reader's own limit, and at least half the call's deadline when that is short.
 */
export function importBudgetFor(callTimeoutMs: number): number {
  return Math.min(DEFAULT_SHEET_LIMITS.timeoutMs, Math.max(Math.floor(callTimeoutMs / 2), callTimeoutMs - ANSWER_MARGIN_MS));
}

/** How a cell's value was stored; `date` cells come as `YYYY-MM-DD` (a time of day is dropped). */
export type SheetCellKind = 'text' | 'number' | 'date' | 'boolean' | 'error';

export interface SheetCell {
  text: string;
  kind: SheetCellKind;
}

export interface SheetRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** Cells of the expected columns that hold something, by column key. */
  cells: Record<string, SheetCell>;
}

export interface SheetData {
  sheetName: string;
  /** Column letter of each expected column found, by key. */
  letters: Record<string, string>;
  rows: SheetRow[];
}

export type SheetRefusalKind = 'not-xlsx' | 'no-sheet' | 'missing-columns' | 'too-large' | 'too-many-rows' | 'timeout' | 'out-of-memory';

/** A file the reader will not read, with a message for the person who sent it (Chinese, then English). */
export class SheetRefusal extends Error {
  constructor(
    readonly kind: SheetRefusalKind,
    message: string,
    /** The limit that was hit, in the unit the message names (rows, MB, seconds). */
    readonly limit?: number,
    /** Missing headers, for `missing-columns`. */
    readonly headers?: string[],
  ) {
    super(message);
    this.name = 'SheetRefusal';
  }

  toJSON() {
    return { kind: this.kind, message: this.message, limit: this.limit, headers: this.headers };
  }

  static from(plain: ReturnType<SheetRefusal['toJSON']>): SheetRefusal {
    return new SheetRefusal(plain.kind, plain.message, plain.limit, plain.headers);
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export const refusals = {
  notXlsx: () => new SheetRefusal('not-xlsx', '文件不是有效的 XLSX 工作簿 (not an XLSX workbook)'),
  noSheet: () => new SheetRefusal('no-sheet', '工作簿中没有工作表 (no worksheet)'),
  missingColumns: (headers: string[]) =>
    new SheetRefusal('missing-columns', `缺少列：${headers.join('、')} (missing columns)`, undefined, headers),
  tooLarge: (bytes: number) =>
    new SheetRefusal('too-large', `文件解压后超过 ${mb(bytes)} MB，不是单位报送的表格 (the file expands to more than ${mb(bytes)} MB)`, mb(bytes)),
  tooManyRows: (rows: number) =>
    new SheetRefusal('too-many-rows', `一次最多导入 ${rows} 行数据，请拆分后分批导入 (at most ${rows} data rows per file)`, rows),
  timeout: (ms: number) =>
    new SheetRefusal('timeout', `导入未能在 ${ms / 1000} 秒内完成，已停止；请稍后重试，或检查、拆分文件 (the file could not be imported within ${ms / 1000} s)`, ms / 1000),
  stopped: () => new SheetRefusal('timeout', '调用方的时限已到，已停止读取文件 (the caller\'s deadline passed; reading stopped)'),
  outOfMemory: (megabytes: number) =>
    new SheetRefusal('out-of-memory', `文件过于复杂，读取所需内存超过 ${megabytes} MB (reading the file needs more than ${megabytes} MB of memory)`, megabytes),
};

/** A date cell's serial number as YYYY-MM-DD, in the 1900 (Lotus-compatible) or 1904 date system. */
export function serialDay(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial);
  // The 1900 system counts a 29 February 1900 that never was: serials before it are one day later.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}
