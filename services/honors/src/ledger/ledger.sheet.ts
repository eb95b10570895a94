import ExcelJS from 'exceljs';
import { cellDateText, importTurn, readSheet, sheetRefusalErrors, type SheetData } from '@sfxd/kit';
import type { Context } from '../context.js';
import type { HonorStatus } from '../honor/honor.machine.js';
import type { HonorTier } from '../honor/honor.tier.js';

/**
 * The ledger template (示范行动台账), one candidacy a row, Chinese headers in row 1: the export
 * writes exactly this and the import reads it back, so a unit can add rows to its exported ledger
 * and import it. Columns are found by header, so their order does not matter; the columns the
 * platform fills in (status, dates, batch, plaque) are for reading and must stay empty on new rows.
 */
export const SHEET_NAME = '示范行动台账';

export type LedgerField =
  | 'id' | 'tier' | 'subjectId' | 'subjectName' | 'status' | 'declaredOn' | 'publicityStartsOn' | 'publicityEndsOn'
  | 'namedOn' | 'batch' | 'plaqueNumber' | 'rectificationDeadline';

interface Column {
  field: LedgerField;
  header: string;
  width: number;
  /** A file without this column is refused. */
  required: boolean;
  date?: boolean;
  note: string;
}

export const COLUMNS: Column[] = [
  { field: 'id', header: '编号', width: 38, required: false, note: '系统编号，导出时自动填写；新增申报留空' },
  { field: 'tier', header: '类别', width: 10, required: true, note: '示范岗、示范团队、示范单位 或 示范行业（示范行业由市直机关工委申报）' },
  { field: 'subjectId', header: '对象编号', width: 38, required: true, note: '示范岗必填：党员名册中该党员的编号；团队可填编号或只填名称；示范单位、示范行业可留空（即本单位、本单位所属行业）' },
  { field: 'subjectName', header: '对象名称', width: 24, required: true, note: '党员姓名、团队名称、单位名称或行业名称；与编号同填时须一致' },
  { field: 'status', header: '状态', width: 10, required: false, note: '由平台填写；新增申报留空或填“申报”' },
  { field: 'declaredOn', header: '申报日期', width: 12, required: false, date: true, note: '由平台填写（导入当天）' },
  { field: 'publicityStartsOn', header: '公示开始', width: 12, required: false, date: true, note: '由平台填写；新增申报留空' },
  { field: 'publicityEndsOn', header: '公示结束', width: 12, required: false, date: true, note: '由平台填写；新增申报留空' },
  { field: 'namedOn', header: '命名日期', width: 12, required: false, date: true, note: '由平台填写；新增申报留空' },
  { field: 'batch', header: '命名批次', width: 14, required: false, note: '由平台填写；新增申报留空' },
  { field: 'plaqueNumber', header: '牌匾编号', width: 18, required: false, note: '由平台填写；新增申报留空' },
  { field: 'rectificationDeadline', header: '整改期限', width: 12, required: false, date: true, note: '由平台填写；新增申报留空' },
];

export const HEADER_OF = Object.fromEntries(COLUMNS.map((c) => [c.field, c.header])) as Record<LedgerField, string>;
const DATE_FIELDS = new Set(COLUMNS.filter((c) => c.date).map((c) => c.field));

export const TIER_LABEL: Record<HonorTier, string> = { POST: '示范岗', TEAM: '示范团队', UNIT: '示范单位', INDUSTRY: '示范行业' };
export const STATUS_LABEL: Record<HonorStatus, string> = {
  DECLARED: '申报', MASS_REVIEW: '群众评议', PUBLICIZING: '公示', CONFIRMED: '组织确定', NAMED: '已命名',
  RECTIFYING: '限期整改', REVOKED: '取消命名', REJECTED: '未通过', WITHDRAWN: '已撤回',
};

/** What a 类别 cell may say: the label, or the tier's name as the API spells it. */
export const TIER_OF: Record<string, HonorTier> = Object.fromEntries([
  ...Object.entries(TIER_LABEL).map(([tier, label]) => [label, tier]),
  ...Object.keys(TIER_LABEL).map((tier) => [tier, tier]),
]) as Record<string, HonorTier>;

/** One candidacy as the sheet shows it; dates YYYY-MM-DD or null. */
export type LedgerSheetRow = Record<LedgerField, string | null>;

export interface LedgerSheetMeta {
  unitName: string;
  unitCode: string;
  year: number;
  exportedOn: string;
}

const dateValue = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The ledger as an XLSX workbook: frozen header, filters, dates as dates, and a sheet of instructions. */
export async function writeLedger(rows: LedgerSheetRow[], meta: LedgerSheetMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '示范行动平台';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width, style: { numFmt: c.date ? 'yyyy-mm-dd' : '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(COLUMNS.map((c) => {
      const value = row[c.field];
      return [c.field, value == null || value === '' ? null : c.date ? dateValue(value) : value];
    })));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: COLUMNS.length } };

  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '项目', width: 12 }, { header: '说明', width: 80 }];
  help.getRow(1).font = { bold: true };
  help.addRow(['单位', `${meta.unitName}（${meta.unitCode}）`]);
  help.addRow(['年度', `${meta.year}年共产党员示范行动`]);
  help.addRow(['导出日期', meta.exportedOn]);
  help.addRow([]);
  for (const c of COLUMNS) help.addRow([c.header, c.note]);
  help.addRow([]);
  help.addRow(['状态', Object.values(STATUS_LABEL).join('、')]);
  help.addRow([
    '导入规则',
    '先逐行逐列校验，任何一处有错则整表不导入；有编号的行是已有的申报，不会被修改；无编号的行是新增申报，规则与逐个申报相同（本单位的党员、团队和本单位；示范行业由市直机关工委申报；同一对象本年度只能有一项在办申报，已有在办申报的视为已有，不重复申报）；重复导入同一文件不会改变数据。可先“试导入”查看结果。',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One data row as text, keyed by field; `row` is the spreadsheet's row number. */
export interface LedgerRow {
  row: number;
  cells: Partial<Record<LedgerField, string>>;
  /** Spreadsheet column letter of each field present in the file. */
  letters: Partial<Record<LedgerField, string>>;
}

export interface LedgerSheetError {
  row: number;
  column: string;
  cell: string | null;
  message: string;
}

/** A unit's ledger is tens of rows; a few thousand is already far past any real one. */
export const MAX_LEDGER_ROWS = 5000;

/** One ledger import at a time with the other imports, within the kit's time budget (see importTurn). */
export const ledgerImportTurn = importTurn<Context>({ field: 'contentBase64' });

/**
 * Reads a ledger file; the errors are about the file's shape (not a workbook, missing columns).
 * A file past the row cap, the time budget or the memory of its reader is refused with
 * BAD_USER_INPUT naming the limit.
 */
export async function readLedger(content: Buffer, options: { signal?: AbortSignal } = {}): Promise<{ rows: LedgerRow[]; errors: LedgerSheetError[] }> {
  let sheet: SheetData;
  try {
    sheet = await readSheet(content, { sheetName: SHEET_NAME, columns: COLUMNS.map((c) => ({ key: c.field, header: c.header, required: c.required })) }, {
      maxRows: MAX_LEDGER_ROWS, ...options,
    });
  } catch (problem) {
    return { rows: [], errors: sheetRefusalErrors(problem, COLUMNS.map((c) => c.header), 'contentBase64') };
  }
  const letters = sheet.letters as LedgerRow['letters'];
  const rows = sheet.rows.map(({ row, cells }) => {
    const texts: LedgerRow['cells'] = {};
    for (const field of Object.keys(letters) as LedgerField[]) {
      const cell = cells[field];
      texts[field] = DATE_FIELDS.has(field) ? cellDateText(cell) : (cell?.text ?? '').trim();
    }
    return { row, cells: texts, letters };
  });
  return { rows, errors: [] };
}

