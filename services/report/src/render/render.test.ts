import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { findCjkFonts } from '../fonts.js';
import { buildReport } from '../model/build.js';
import type { Chart } from '../model/types.js';
import { buildWorkbook } from '../model/workbook.js';
import { cityData } from '../report.fixture.js';
import { chartSvg, svgToPng } from './charts.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderXlsx } from './xlsx.js';

const report = buildReport(cityData(), 'zh');
const charts = report.sections.flatMap((s) => s.blocks.filter((b): b is Chart => b.kind === 'chart'));
const svgs = new Map(charts.map((c) => [c.id, chartSvg(c, 'zh-CN')]));

let parts: Promise<Awaited<ReturnType<typeof makeDocx>>> | undefined;
/** The fixture's DOCX, made once for the tests that read it. */
const docxParts = () => (parts ??= makeDocx());

async function makeDocx() {
  const fonts = findCjkFonts();
  const docx = await renderDocx(report, { png: (id) => svgToPng(svgs.get(id)!, fonts) });
  const zip = await JSZip.loadAsync(docx);
  const read = (name: string) => zip.file(name)!.async('string');
  return { zip, document: await read('word/document.xml'), styles: await read('word/styles.xml'), fontTable: await read('word/fontTable.xml'), settings: await read('word/settings.xml') };
}

/** The text of each cell of each table of a document.xml, row by row. */
function docxTables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''))),
  );
}

describe('the DOCX', () => {
  it('is an A4 page with GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm', async () => {
    const { document } = await docxParts();
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
    const twips = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    expect([twips('top'), twips('bottom'), twips('left'), twips('right')].map((t) => Math.round((t / 1440) * 25.4))).toEqual([37, 35, 28, 26]);
  });

  it('sets the title in 小标宋 22 pt centred, the body in 仿宋_GB2312 16 pt on an exact 28.95 pt line, headings 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋', async () => {
    const { styles, document } = await docxParts();
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)![1]!;
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toMatch(/<w:sz w:val="44"\/>/);
    expect(style('Title')).toMatch(/<w:jc w:val="center"\/>/);
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1]!;
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toMatch(/<w:sz w:val="32"\/>/);
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"/);
    expect(defaults).toContain('w:eastAsia="zh-CN"');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('Heading3')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('Heading3')).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    // Every section heading is a real Heading 1, in the order of a 总结.
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings).toEqual(['一、基本情况', '二、指标完成情况', '三、命名情况', '四、动态管理情况', '五、评议情况', '六、台账报送情况', '七、典型示范', '八、存在问题和下步打算']);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?<w:t(?: [^>]*)?>（一）参与单位<\/w:t>/);
  });

  it('names fallbacks of each font in its font table (GB2312 character set)', async () => {
    const { fontTable } = await docxParts();
    expect(fontTable).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
    expect(fontTable).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei"\/>/);
  });

  it('numbers pages "— 1 —" in 四号 at the outside edge: odd pages right, even pages left', async () => {
    const { zip, document, settings } = await docxParts();
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const refs = [...document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]).sort();
    expect(refs).toEqual(['default', 'even']);
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>') && f.includes('PAGE') && f.includes('— ') && f.includes('<w:sz w:val="28"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>') && f.includes('PAGE'))).toBe(true);
  });

  it('holds real tables with a repeated header row, and the charts as PNG images with their descriptions', async () => {
    const { zip, document } = await docxParts();
    const tables = docxTables(document);
    const quota = tables.find((t) => t[0]![0] === '指标')!;
    expect(quota).toEqual([
      ['指标', '完成数', '目标', '完成率', '是否完成', '达标单位数'],
      ['示范岗', '6', '9', '66.7%', '否', '0'],
      ['示范团队', '1', '3', '33.3%', '否', '0'],
      ['示范单位', '1', '1', '100.0%', '是', ''],
      ['示范行业', '1', '2', '50.0%', '否', ''],
    ]);
    expect(document).toContain('<w:tblHeader/>');
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media.length).toBe(charts.length);
    const png = await zip.file(media[0]!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(document).toMatch(/<wp:docPr [^>]*descr="各系统单位数/);
  });

  it('marks what staff must write with 【待撰写】, highlighted', async () => {
    const { document } = await docxParts();
    expect(document).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]{0,200}<w:t(?: [^>]*)?>【待撰写】<\/w:t>/);
  });
});

describe('the HTML', () => {
  const html = renderHtml(report, (id) => svgs.get(id)!);

  it('is one file: no script, no stylesheet or image fetched from anywhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/url\((?!#)/i); // url(#…) points inside the file
    // The only addresses are XML namespaces of the inline SVG.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    expect(urls.every((u) => u.startsWith('http://www.w3.org/'))).toBe(true);
  });

  it('prints on A4 with the standard’s margins and draws the charts inline as SVG with their Chinese labels', () => {
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm;');
    const figures = [...html.matchAll(/<figure data-chart="(\w+)"[^>]*>\n(<svg[\s\S]*?<\/svg>)/g)];
    expect(figures.map((f) => f[1])).toEqual(charts.map((c) => c.id));
    expect(figures.find((f) => f[1] === 'industries')![2]).toContain('>党群系统</text>');
  });

  it('gives every table its figures and the sections in order', () => {
    expect([...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['一、基本情况', '二、指标完成情况', '三、命名情况', '四、动态管理情况', '五、评议情况', '六、台账报送情况', '七、典型示范', '八、存在问题和下步打算']);
    expect(html).toMatch(/<td class="num" data-key="count">6<\/td><td class="num" data-key="target">9<\/td>/);
  });
});

describe('the workbook', () => {
  it('has Chinese headers on a frozen first row with filters, dates as dates and numbers as numbers', async () => {
    const xlsx = await renderXlsx(buildWorkbook(cityData(), 'zh'), { title: 't' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['全市汇总', '指标完成', '申报与命名', '限期整改', '动态管理', '台账报送']);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getColumn(1).width).toBeGreaterThan(5);
    }
    const honors = book.getWorksheet('申报与命名')!;
    const header = (honors.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('牌匾编号');
    const rows = honors.getRows(2, honors.rowCount - 1)!;
    const row = rows.find((r) => r.getCell(header.indexOf('对象') + 1).value === '张三')!;
    const at = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(at('申报日期')).toBeInstanceOf(Date);
    expect((at('申报日期') as Date).toISOString().slice(0, 10)).toBe('2016-05-06');
    expect(at('牌匾编号')).toBe('BZ2016-POST-0001');
    const quota = book.getWorksheet('指标完成')!;
    expect(quota.getRow(2).getCell(5).value).toBe(3);
    expect(quota.getRow(2).getCell(7).numFmt).toBe('0.0%');
  });
});
