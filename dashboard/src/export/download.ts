import { saveBlob } from './file.js';
import { workbookBytes, type SheetTable } from './sheet.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves `tables` as an .xlsx file. ExcelJS is bundled with the dashboard but kept out of the first
 * screen: its browser build (the one without polyfills, which the dashboard's ES2022 target does
 * not need: 860 kB, 250 kB gzipped) is loaded from this origin the first time a reader exports.
 */
export async function downloadXlsx(tables: SheetTable[], fileName: string, creator: string): Promise<void> {
  const module = await import('exceljs/dist/exceljs.bare.min.js');
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
  const bytes = await workbookBytes(ExcelJS, tables, { creator });
  saveBlob(new Blob([bytes], { type: XLSX_TYPE }), fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`);
}
