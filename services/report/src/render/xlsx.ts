import ExcelJS from 'exceljs';
import type { Sheet } from '../model/workbook.js';

/** An ISO date as the spreadsheet's date (midnight UTC, which Excel shows as that day). */
function dateCell(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** A timestamp as Beijing wall-clock time (the platform's business time zone). */
function beijingCell(iso: string): Date {
  return new Date(Date.parse(iso) + 8 * 3_600_000);
}

const FORMAT: Record<Sheet['columns'][number]['kind'], string | undefined> = {
  text: '@',
  int: '0',
  float: '0.0',
  float2: '0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/**
 * The workbook: one sheet per table, Chinese headers in bold on a frozen first row with filters,
 * column widths for the content, dates as dates and numbers as numbers.
 */
export async function renderXlsx(sheets: Sheet[], meta: { title: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'sfxd-report';
  workbook.title = meta.title;
  // A fixed time: the same data give the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.label, key: c.key, width: c.width, style: { numFmt: FORMAT[c.kind] } }));
    for (const row of sheet.rows) {
      ws.addRow(
        row.map((value, i) => {
          if (value === null || value === undefined) return null;
          const kind = sheet.columns[i]!.kind;
          if (kind === 'date' && typeof value === 'string') return dateCell(value);
          if (kind === 'datetime' && typeof value === 'string') return beijingCell(value);
          return value;
        }),
      );
    }
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.height = 30;
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
