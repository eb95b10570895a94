import ExcelJS from 'exceljs';
import { isIsoDate } from '@sfxd/kit';
import type { Problem } from '../validation.js';
import { checkInflatedSize } from './zip-guard.js';

/**
 * The roster template (党员名册), as the units' party staff keep it: one sheet, Chinese headers
 * in row 1, one member a row. The export writes exactly this, so an exported file can be edited
 * and imported back. Columns are found by header, so their order does not matter.
 */
export const SHEET_NAME = '党员名册';

export type RosterField = Problem['field'];

export const COLUMNS: { field: RosterField; header: string; width: number; required: boolean; note: string }[] = [
  { field: 'id', header: '编号', width: 38, required: false, note: '系统编号，导出时自动填写；新增人员留空' },
  { field: 'name', header: '姓名', width: 10, required: true, note: '必填' },
  { field: 'gender', header: '性别', width: 6, required: true, note: '男 或 女' },
  { field: 'birthDate', header: '出生日期', width: 12, required: true, note: '如 1985-03-12' },
  { field: 'joinedPartyOn', header: '入党时间', width: 12, required: true, note: '如 2008-07-01，须年满18周岁' },
  { field: 'status', header: '党员类别', width: 10, required: true, note: '正式党员 或 预备党员' },
  { field: 'position', header: '岗位/职务', width: 16, required: true, note: '必填' },
  { field: 'team', header: '所在团队', width: 16, required: false, note: '本单位现有团队的名称；可留空' },
  { field: 'phone', header: '联系电话', width: 14, required: false, note: '11位手机号码；可留空' },
];

export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.field, c.header])) as Record<RosterField, string>;

export const GENDER_LABEL = { MALE: '男', FEMALE: '女' } as const;
export const STATUS_LABEL = { FULL: '正式党员', PROBATIONARY: '预备党员' } as const;

/** One data row as text, keyed by field; `row` is the spreadsheet's row number. */
export interface SheetRow {
  row: number;
  cells: Partial<Record<RosterField, string>>;
  /** Spreadsheet column letter of each field present in the file. */
  letters: Partial<Record<RosterField, string>>;
}

export interface SheetError {
  row: number;
  column: string;
  cell: string | null;
  message: string;
}

export async function writeRoster(rows: Record<RosterField, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '示范行动平台';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列', width: 12 }, { header: '说明', width: 60 }];
  help.getRow(1).font = { bold: true };
  for (const c of COLUMNS) help.addRow([c.header, c.note]);
  help.addRow([]);
  help.addRow(['导入规则', '先逐行校验，任何一行有错则整表不导入；有编号的行按编号更新，无编号的行按“姓名+出生日期”匹配本单位党员，匹配不到则新增；表中没有的党员不受影响；重复导入同一文件不会改变数据。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a roster file; the errors are about the file's shape (not a workbook, missing columns). */
/** A 5,000-row roster inflates to a few megabytes; anything far larger is not a roster. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export async function readRoster(content: Buffer, maxRows: number): Promise<{ rows: SheetRow[]; errors: SheetError[] }> {
  const inflated = await checkInflatedSize(content, MAX_INFLATED_BYTES);
  if (inflated === 'too-large') {
    return { rows: [], errors: [{ row: 0, column: '', cell: null, message: '文件解压后超过 64 MB，不是党员名册 (the file expands to more than 64 MB)' }] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as never);
  } catch {
    return { rows: [], errors: [{ row: 0, column: '', cell: null, message: '文件不是有效的 XLSX 工作簿 (not an XLSX workbook)' }] };
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { rows: [], errors: [{ row: 0, column: '', cell: null, message: '工作簿中没有工作表 (no worksheet)' }] };

  const letters: Partial<Record<RosterField, string>> = {};
  const columnOf = new Map<string, RosterField>(COLUMNS.map((c) => [c.header, c.field]));
  sheet.getRow(1).eachCell((cell) => {
    const field = columnOf.get(cellText(cell.value).replace(/\s/g, ''));
    if (field) letters[field] = cell.address.replace(/\d+$/, '');
  });
  const errors: SheetError[] = COLUMNS.filter((c) => c.field !== 'id' && !letters[c.field]).map((c) => ({
    row: 1, column: c.header, cell: null, message: `缺少“${c.header}”列 (missing column)`,
  }));
  if (errors.length) return { rows: [], errors };

  const rows: SheetRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells: SheetRow['cells'] = {};
    const row = sheet.getRow(r);
    for (const [field, letter] of Object.entries(letters) as [RosterField, string][]) {
      const value = row.getCell(letter).value;
      cells[field] = field === 'birthDate' || field === 'joinedPartyOn' ? dateText(value) : cellText(value).trim();
    }
    if (Object.values(cells).every((v) => !v)) continue;
    if (rows.length >= maxRows) {
      return { rows: [], errors: [{ row: r, column: '', cell: null, message: `一次最多导入 ${maxRows} 行 (too many rows)` }] };
    }
    rows.push({ row: r, cells, letters });
  }
  return { rows, errors: [] };
}

/** The text a cell shows, whatever exceljs made of it (rich text, formula, hyperlink, number). */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return value.result == null ? '' : cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** Excel date cells come as Dates at UTC midnight, or day numbers; typed dates as text in a few common shapes. */
function dateText(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return isoDay(value);
  // A date typed into a text-formatted column arrives as Excel's day number (1900 date system).
  if (typeof value === 'number' && Number.isInteger(value) && value > 60 && value < 2958466) {
    return isoDay(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000));
  }
  const text = cellText(value).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return text;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : text;
}

function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}
