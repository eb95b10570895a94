import ExcelJS from 'exceljs';
import { cellDateText, importTurn, readSheet, sheetRefusalErrors, type SheetData } from '@sfxd/kit';
import type { Context } from '../context.js';
import type { Problem } from '../validation.js';

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

/** The most data rows one roster import takes; a unit's roster is a few hundred. */
export const MAX_ROSTER_ROWS = 5000;

export interface ReadRosterOptions {
  /** The import's deadline (importDeadline); reading stops when it passes, and at 8 s anyway. */
  signal?: AbortSignal;
}

/** One roster import at a time per spare core, within the service's time budget (see importTurn). */
export const rosterImportTurn = importTurn<Context>({ field: 'contentBase64' });

/**
 * Reads a roster file; the errors are about the file's shape (not a workbook, missing columns,
 * too large). A file past the row cap, the time budget or the memory of its reader is refused
 * with BAD_USER_INPUT naming the limit.
 */
export async function readRoster(content: Buffer, options: ReadRosterOptions = {}): Promise<{ rows: SheetRow[]; errors: SheetError[] }> {
  let sheet: SheetData;
  try {
    sheet = await readSheet(content, { sheetName: SHEET_NAME, columns: SHEET_COLUMNS }, { maxRows: MAX_ROSTER_ROWS, ...options });
  } catch (problem) {
    return { rows: [], errors: sheetRefusalErrors(problem, COLUMNS.map((c) => c.header), 'contentBase64') };
  }
  const letters = sheet.letters as SheetRow['letters'];
  const rows = sheet.rows.map(({ row, cells }) => {
    const texts: SheetRow['cells'] = {};
    for (const field of Object.keys(letters) as RosterField[]) {
      const cell = cells[field];
      texts[field] = field === 'birthDate' || field === 'joinedPartyOn' ? cellDateText(cell) : (cell?.text ?? '').trim();
    }
    return { row, cells: texts, letters };
  });
  return { rows, errors: [] };
}

// Every column but 编号 must be in the file (a value may still be optional).
const SHEET_COLUMNS = COLUMNS.map((c) => ({ key: c.field, header: c.header, required: c.field !== 'id' }));

