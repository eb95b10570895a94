import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { directorySheet } from '../model/units.js';
import { displayWidth, workbookBytes, type SheetTable } from './sheet.js';

const table: SheetTable = {
  name: '2016年指标完成',
  columns: [
    { header: '单位名称', type: 'text' },
    { header: '党员数', type: 'int' },
    { header: '示范岗完成率', type: 'percent' },
    { header: '示范岗达标', type: 'text' },
  ],
  rows: [
    ['市委办公室', 1234, 0.625, '未达标'],
    ['市委组织部党员教育中心', 8, 1.5, '已达标'],
  ],
};

async function readBack(bytes: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

describe('an exported table', () => {
  it('has its headings in the first row, bold, frozen and with filter buttons over every row', async () => {
    const workbook = await readBack(await workbookBytes(ExcelJS, [table], { creator: '市直机关工委' }));
    const sheet = workbook.getWorksheet('2016年指标完成')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '单位名称', '党员数', '示范岗完成率', '示范岗达标']);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D3');
    expect(workbook.creator).toBe('市直机关工委');
  });

  it('keeps numbers as numbers, formatted, and shares as percentages', async () => {
    const sheet = (await readBack(await workbookBytes(ExcelJS, [table], { creator: 'x' }))).worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, '市委办公室', 1234, 0.625, '未达标']);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0');
    expect(sheet.getCell('C3').value).toBe(1.5);
    expect(sheet.getCell('C3').numFmt).toBe('0.0%');
  });

  it('makes each column as wide as its longest cell, Chinese characters counted double', async () => {
    const sheet = (await readBack(await workbookBytes(ExcelJS, [table], { creator: 'x' }))).worksheets[0]!;
    expect(displayWidth('市委组织部党员教育中心')).toBe(22);
    expect(sheet.getColumn(1).width).toBe(26);
    expect(sheet.getColumn(2).width).toBe(10);
    expect(sheet.getColumn(3).width).toBe(16);
  });

  it('writes the directory with its participation in words and team counts as numbers', async () => {
    const party = { id: 'i1', code: 'IND-02', name: '党群系统' };
    const law = { id: 'i2', code: 'IND-01', name: '政法系统' };
    const directory = directorySheet(
      [
        { id: 'a', code: 'U002', name: '市委办公室', excluded: false, teamCount: 4, industry: party },
        { id: 'b', code: 'U001', name: '市公安局', excluded: true, teamCount: 9, industry: law },
      ],
      { name: '单位名录', code: '编号', unit: '单位名称', industry: '所属系统', status: '参与情况', teams: '团队数', participating: '参与示范行动', excluded: '另行组织实施' },
    );
    const sheet = (await readBack(await workbookBytes(ExcelJS, [directory], { creator: 'x' }))).getWorksheet('单位名录')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '单位名称', '所属系统', '参与情况', '团队数']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'U001', '市公安局', '政法系统', '另行组织实施', 9]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'U002', '市委办公室', '党群系统', '参与示范行动', 4]);
  });

  it('names a worksheet within Excel’s rules', async () => {
    const workbook = await readBack(await workbookBytes(ExcelJS, [{ ...table, name: 'Quota attainment 2016: all [systems] / units' }], { creator: 'x' }));
    expect(workbook.worksheets[0]!.name).toBe('Quota attainment 2016  all  sys');
  });
});
