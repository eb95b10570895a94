import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { readSheet, sheetReaderThreads, sheetReadsInProgress, stopIdleSheetReaders } from './read-sheet.js';
import type { SheetRefusal, SheetSpec } from './sheet-types.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const spec: SheetSpec = {
  sheetName: '名册',
  columns: [
    { key: 'name', header: '姓名', required: true },
    { key: 'born', header: '出生日期', required: true },
    { key: 'note', header: '备注' },
  ],
};

interface Book {
  /** The sheet's rows, inside <sheetData>. */
  rows: string;
  strings?: string[];
  /** Raw <si> elements, for rich text. */
  richStrings?: string;
  styles?: string;
  date1904?: boolean;
  /** Writes the sheet with an `x:` prefix, as the OpenXML SDK does. */
  prefixed?: boolean;
}

/** A minimal XLSX written by hand, so that each test shows exactly what the file holds. */
async function xlsx(book: Book): Promise<Buffer> {
  const sheetXml = book.prefixed
    ? `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${book.rows.replace(/<(\/?)(row|c|v|is|t)\b/g, '<$1x:$2')}</x:sheetData></x:worksheet>`
    : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>${book.rows}</sheetData><mergeCells count="0"/></worksheet>`;
  const strings = book.richStrings ?? (book.strings ?? []).map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('');
  const parts: [string, string][] = [
    ['_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="说明" sheetId="2" r:id="rId9"/><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', sheetXml],
    ['xl/worksheets/sheet2.xml', `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`],
    ['xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${MAIN}">${strings}</sst>`],
    ['xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${book.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`],
  ];
  return zip(parts.map(([name, text]) => [name, Buffer.from(text)]));
}

async function zip(parts: [string, Buffer][]): Promise<Buffer> {
  const file = new yazl.ZipFile();
  for (const [name, data] of parts) file.addBuffer(data, name);
  file.end();
  const chunks: Buffer[] = [];
  for await (const chunk of file.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the file was read');
    },
    (error: SheetRefusal) => ({ kind: error.kind, message: error.message, limit: error.limit, headers: error.headers }),
  );

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
};

const texts = (rows: { row: number; cells: Record<string, { text: string }> }[]) =>
  rows.map((r) => [r.row, Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c.text]))]);

describe('readSheet', () => {
  it('reads the expected columns by header, in any order and whatever the writer: shared, rich and inline strings, prefixes, cells without references', async () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t> 姓 名 </t></is></c></row>' +
      '<row r="2"><c t="s"><v>2</v></c><c t="inlineStr"><is><t>1980-01-02</t></is></c><c t="s"><v>3</v></c></row>' +
      '<row r="3"/>' +
      '<row r="4"><c r="C4" t="str"><f>A1</f><v>李&amp;四</v></c><c r="B4"><v>1990</v></c></row>' +
      '<row r="1048576"><c r="A1048576" s="0"/></row>';
    const strings =
      '<si><t>备注</t></si><si><t>出生日期</t></si><si><t>团员</t></si>' +
      '<si><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si>';
    for (const prefixed of [false, true]) {
      const data = await readSheet(await xlsx({ rows, richStrings: strings, prefixed }), spec);
      expect(data.sheetName).toBe('名册');
      expect(data.letters).toEqual({ note: 'A', born: 'B', name: 'C' });
      expect(texts(data.rows)).toEqual([
        [2, { note: '团员', born: '1980-01-02', name: '张三' }],
        [4, { name: '李&四', born: '1990' }],
      ]);
      expect(data.rows[1]!.cells.born!.kind).toBe('number');
    }
  });

  it('gives date-formatted numbers as days, built-in, Chinese and custom formats, in both date systems', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot; d&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="31"/><xf numFmtId="165"/></cellXfs>';
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c><c r="C1" t="inlineStr"><is><t>备注</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" s="1"><v>29284</v></c><c r="C2" s="4"><v>29284</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3" s="2"><v>29284.75</v></c><c r="C3" s="0"><v>29284</v></c></row>' +
      '<row r="4"><c r="A4" t="inlineStr"><is><t>丙</t></is></c><c r="B4" s="3"><v>29284</v></c><c r="C4" t="b"><v>1</v></c></row>' +
      '<row r="5"><c r="A5" t="inlineStr"><is><t>丁</t></is></c><c r="B5" t="d"><v>1980-03-04T00:00:00Z</v></c><c r="C5" t="e"><v>#N/A</v></c></row>';
    const data = await readSheet(await xlsx({ rows, styles }), spec);
    expect(texts(data.rows)).toEqual([
      [2, { name: '甲', born: '1980-03-04', note: '29284' }],
      [3, { name: '乙', born: '1980-03-04', note: '29284' }],
      [4, { name: '丙', born: '1980-03-04', note: 'TRUE' }],
      [5, { name: '丁', born: '1980-03-04', note: '#N/A' }],
    ]);
    expect(data.rows.map((r) => r.cells.born!.kind)).toEqual(['date', 'date', 'date', 'date']);
    const in1904 = await readSheet(await xlsx({ rows, styles, date1904: true }), spec);
    expect(in1904.rows[0]!.cells.born!.text).toBe('1984-03-05');
  });

  it('looks for headers in the first columns only, and names the ones it did not find', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="E1" t="inlineStr"><is><t>出生日期</t></is></c></row>';
    expect(await refusal(readSheet(await xlsx({ rows }), spec, { maxColumns: 4 }))).toMatchObject({ kind: 'missing-columns', headers: ['出生日期'] });
    expect((await readSheet(await xlsx({ rows }), spec, { maxColumns: 5 })).letters).toEqual({ name: 'A', born: 'E' });
  });

  it('refuses more data rows than the cap, naming it; empty rows do not count', async () => {
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row>';
    const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>某${r}</t></is></c></row>`;
    const blank = (r: number) => `<row r="${r}"><c r="A${r}" s="0"/><c r="B${r}" t="inlineStr"><is><t> </t></is></c></row>`;
    const content = await xlsx({ rows: header + row(2) + blank(3) + row(4) + blank(5) });
    expect((await readSheet(content, spec, { maxRows: 2 })).rows.map((r) => r.row)).toEqual([2, 4]);
    expect(await refusal(readSheet(await xlsx({ rows: header + row(2) + row(3) + row(4) }), spec, { maxRows: 2 }))).toMatchObject({
      kind: 'too-many-rows', limit: 2, message: expect.stringContaining('2 行'),
    });
  });

  it('refuses what is not a workbook: not a ZIP, a DTD, broken XML, a sheet without a workbook', async () => {
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row>';
    expect(await refusal(readSheet(Buffer.from('姓名,出生日期\n张三,1980-01-01'), spec))).toMatchObject({ kind: 'not-xlsx' });
    const dtd = await zip([
      ['_rels/.rels', Buffer.from(`<Relationships xmlns="x"><Relationship Id="r" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)],
      ['xl/workbook.xml', Buffer.from('<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><workbook>&a;</workbook>')],
    ]);
    expect(await refusal(readSheet(dtd, spec))).toMatchObject({ kind: 'not-xlsx' });
    expect(await refusal(readSheet(await xlsx({ rows: `${header}<row r="2"><c r="A2"><v>1</c></row>` }), spec))).toMatchObject({ kind: 'not-xlsx' });
    expect(await refusal(readSheet(await zip([['xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>')]]), spec))).toMatchObject({ kind: 'not-xlsx' });
  });

  it('refuses a file whose parts inflate past the cap, counting what the inflater really gives', async () => {
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row>';
    const content = await xlsx({ rows: header + `<row r="2">${'<c r="Z2"/>'.repeat(200_000)}</row>` });
    expect(content.length).toBeLessThan(100_000);
    expect(await refusal(readSheet(content, spec, { maxInflatedBytes: 1024 * 1024 }))).toMatchObject({ kind: 'too-large', limit: 1 });
    expect((await readSheet(content, spec, { maxInflatedBytes: 4 * 1024 * 1024 })).rows).toEqual([]);
  });

  it("stops the reading thread when the caller's deadline passes, and says so", async () => {
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row>';
    const content = await xlsx({ rows: header + `<row r="2">${'<c r="Z2"/>'.repeat(1_000_000)}</row>` });
    await stopIdleSheetReaders();
    const caller = new AbortController();
    const reading = refusal(readSheet(content, spec, { signal: caller.signal }));
    await until(() => sheetReadsInProgress() > 0);
    expect(sheetReaderThreads()).toBe(1);
    caller.abort();
    expect(await reading).toMatchObject({ kind: 'timeout', message: expect.stringContaining('时限') });
    expect(sheetReaderThreads()).toBe(0);
  });

  it('reuses an idle reader thread for the next file', async () => {
    await stopIdleSheetReaders();
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>出生日期</t></is></c></row>';
    for (let i = 0; i < 3; i++) await readSheet(await xlsx({ rows }), spec);
    expect(sheetReaderThreads()).toBe(1);
    await stopIdleSheetReaders();
    expect(sheetReaderThreads()).toBe(0);
  });

  it('stops a reading that needs more memory than its thread may use', async () => {
    const header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
    const small = await xlsx({ rows: header, strings: ['姓名', '出生日期'] });
    expect((await readSheet(small, spec, { maxMemoryMb: 12 })).letters).toEqual({ name: 'A', born: 'B' });
    // 100,000 distinct strings of 100 characters: some 20 MB of heap.
    const big = await xlsx({ rows: header, strings: ['姓名', '出生日期', ...Array.from({ length: 100_000 }, (_, i) => `${i}`.padEnd(100, '党'))] });
    await stopIdleSheetReaders();
    expect(await refusal(readSheet(big, spec, { maxMemoryMb: 12, maxInflatedBytes: 64 * 1024 * 1024 }))).toMatchObject({ kind: 'out-of-memory', limit: 12 });
    expect(sheetReaderThreads()).toBe(0);
  });
});
