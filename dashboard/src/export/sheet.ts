import type { Workbook } from 'exceljs';

/** A column of an exported table: its heading in the reader's language and how its cells are kept. */
export interface SheetColumn {
  header: string;
  /** `int` and `float` cells are numbers; `percent` a share (0.6) shown as 60.0%; `text` strings. */
  type: 'text' | 'int' | 'float' | 'percent';
}

/** A table as it is exported: the rows the reader sees, in their order. */
export interface SheetTable {
  /** The worksheet's name (Excel allows 31 characters, no []:*?/\). */
  name: string;
  columns: SheetColumn[];
  rows: (string | number)[][];
}

const NUMBER_FORMATS: Record<SheetColumn['type'], string | undefined> = { text: undefined, int: '#,##0', float: '#,##0.0', percent: '0.0%' };

/** How wide a text is in Excel's character units: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return width;
}

function cellText(value: string | number, type: SheetColumn['type']): string {
  if (typeof value !== 'number') return value;
  if (type === 'percent') return `${(value * 100).toFixed(1)}%`;
  return type === 'int' ? value.toLocaleString('en-US') : value.toFixed(1);
}

/**
 * Adds `table` to `workbook` as one worksheet: a bold header row that stays in view (frozen) and
 * carries Excel's filter buttons, numbers kept as numbers (formatted, never as text), and each
 * column as wide as its longest cell (CJK counted double), within reason.
 */
export function addSheet(workbook: Workbook, table: SheetTable): void {
  const sheet = workbook.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = table.columns.map((c, i) => {
    const widest = Math.max(displayWidth(c.header), ...table.rows.map((r) => displayWidth(cellText(r[i] ?? '', c.type))));
    // Room for the filter button beside the heading.
    return { header: c.header, key: `c${i}`, width: Math.min(60, Math.max(8, widest + 4)), style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {} };
  });
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((c, i) => {
        const value = row[i];
        if (value === undefined || value === '') return null;
        return c.type === 'text' ? String(value) : Number(value);
      }),
    );
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F3F5' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FFC9CDD4' } } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length } };
}

/** A workbook of the tables given, one worksheet each, as an .xlsx file's bytes. */
export async function workbookBytes(ExcelJS: { Workbook: new () => Workbook }, tables: SheetTable[], meta: { creator: string; created?: Date }): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.created = meta.created ?? new Date();
  for (const table of tables) addSheet(workbook, table);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
