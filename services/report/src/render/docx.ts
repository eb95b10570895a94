import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import JSZip from 'jszip';
import type { Block, Report, Table } from '../model/types.js';
import { cellText, columnShares, isNumeric } from './cells.js';

/**
 * GB/T 9704-2012 (党政机关公文格式), as far as a summary needs it: A4, margins top 37 mm, bottom
 * 35 mm, left 28 mm, right 26 mm; title in 小标宋 二号 (22 pt) centred; body 仿宋_GB2312 三号
 * (16 pt), exactly 28.95 pt a line (22 lines on a page), first lines indented two characters;
 * headings 一、 in 黑体, （一） in 楷体_GB2312, 1. in 仿宋_GB2312 bold; page numbers "— 1 —" in
 * 宋体 四号 (14 pt) at the outside edge, one character in (odd pages right, even pages left).
 */
const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);
export const PAGE = { width: 11906, height: 16838, top: twips(37), bottom: twips(35), left: twips(28), right: twips(26), footer: twips(25) };
const LINE = 579; // 28.95 pt in twentieths of a point
const BODY_SIZE = 32; // half-points: 16 pt (三号)
const TITLE_SIZE = 44; // 22 pt (二号)
const PAGE_NUMBER_SIZE = 28; // 14 pt (四号)
const TABLE_SIZE = 24; // 12 pt (小四)
const INDENT = 2 * 16 * 20; // two 16-pt characters
/** Width of the type area in pixels at 96 dpi (what ImageRun's transformation takes): 156 mm. */
const TEXT_WIDTH_PX = Math.floor(((210 - 28 - 26) / 25.4) * 96);
const TEXT_WIDTH_TWIPS = twips(210 - 28 - 26);

/** The fonts of a Chinese official document, as Word on the users' machines names them. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
};

/**
 * The font table: each font's alternative name (what Windows without the _GB2312 fonts has), its
 * character set (GB2312) and family, so that Word substitutes well where a font is missing.
 * LibreOffice on Linux takes its substitutes from fontconfig: services/report/fontconfig maps
 * these names to Noto Serif/Sans CJK SC (README › Report).
 */
const FONT_TABLE: { name: string; altName: string; family: string; pitch: string }[] = [
  { name: FONTS.title, altName: 'FZXiaoBiaoSong-B05S', family: 'roman', pitch: 'variable' },
  { name: FONTS.body, altName: '仿宋', family: 'modern', pitch: 'fixed' },
  { name: FONTS.heading1, altName: 'SimHei', family: 'modern', pitch: 'fixed' },
  { name: FONTS.heading2, altName: '楷体', family: 'modern', pitch: 'fixed' },
  { name: FONTS.pageNumber, altName: 'SimSun', family: 'auto', pitch: 'variable' },
];

const font = (name: string): IFontAttributesProperties => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function fontTableXml(): string {
  const entries = FONT_TABLE.map(
    (f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${entries}</w:fonts>`;
}

export interface DocxImages {
  /** A chart's PNG (drawn from its SVG with the CJK fonts), by chart id. */
  png(id: string): Buffer;
}

function cellParagraph(text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] }): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.LEFT,
    indent: { firstLine: 0 },
    spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    children: [new TextRun({ text, bold: options.bold, size: TABLE_SIZE, font: font(FONTS.body) })],
  });
}

function tableBlock(table: Table, report: Report): (Paragraph | DocxTable)[] {
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };
  const columnWidths = columnShares(table, report.lang).map((share) => Math.floor(share * TEXT_WIDTH_TWIPS));
  const width = (i: number) => ({ size: columnWidths[i]!, type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, i) => new TableCell({ borders, margins, width: width(i), verticalAlign: VerticalAlignTable.CENTER, children: [cellParagraph(c.label, { bold: true, align: AlignmentType.CENTER })] }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, i) => {
          const column = table.columns[i]!;
          return new TableCell({
            borders,
            margins,
            width: width(i),
            verticalAlign: VerticalAlignTable.CENTER,
            children: [cellParagraph(cellText(cell, column.kind, report.lang), { align: isNumeric(column.kind) ? AlignmentType.RIGHT : AlignmentType.LEFT })],
          });
        }),
      }),
  );
  const out: (Paragraph | DocxTable)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      keepNext: true,
      spacing: { before: 120, after: 60, line: 360, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text: table.title, size: TABLE_SIZE + 4, font: font(FONTS.heading1) })],
    }),
    new DocxTable({ rows: [header, ...rows], width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED }),
  ];
  if (table.note) {
    out.push(
      new Paragraph({
        indent: { firstLine: 0 },
        spacing: { before: 60, after: 120, line: 320, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text: table.note, size: TABLE_SIZE, font: font(FONTS.body) })],
      }),
    );
  } else out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, children: [] }));
  return out;
}

function blockParagraphs(block: Block, report: Report, images: DocxImages): (Paragraph | DocxTable)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map((item, i) => new Paragraph({ children: [new TextRun(`${report.lang === 'zh' ? `（${i + 1}）` : `(${i + 1}) `}${item}`)] }));
    case 'todo':
      return [
        new Paragraph({
          children: [new TextRun({ text: report.todoMark, bold: true, highlight: HighlightColor.YELLOW }), new TextRun({ text: block.text, highlight: HighlightColor.YELLOW })],
        }),
      ];
    case 'table':
      return tableBlock(block, report);
    case 'chart': {
      const width = Math.min(TEXT_WIDTH_PX, block.width);
      const height = Math.round((block.height * width) / block.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
          children: [
            new ImageRun({
              type: 'png',
              data: images.png(block.id),
              transformation: { width, height },
              altText: { name: block.id, title: block.id, description: block.alt },
            }),
          ],
        }),
      ];
    }
  }
}

function pageNumberFooter(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: PAGE_NUMBER_SIZE * 10, firstLine: 0 } : { left: PAGE_NUMBER_SIZE * 10, firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: PAGE_NUMBER_SIZE, font: font(FONTS.pageNumber) })],
      }),
    ],
  });
}

/** The report as an editable DOCX laid out per GB/T 9704: real headings, real tables, charts as PNG images. */
export async function renderDocx(report: Report, images: DocxImages): Promise<Buffer> {
  const language = report.lang === 'zh' ? { value: 'zh-CN', eastAsia: 'zh-CN' } : { value: 'en-US', eastAsia: 'zh-CN' };
  const heading = (name: string, bold: boolean) => ({
    run: { font: font(name), size: BODY_SIZE, bold, color: '000000', italics: false },
    paragraph: { spacing: exact, indent: { firstLine: INDENT }, keepNext: true, keepLines: true },
  });
  const children: (Paragraph | DocxTable)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(report.title)],
    }),
    ...report.subtitle.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0 },
          spacing: { ...exact, after: i === report.subtitle.length - 1 ? LINE : 0 },
          children: [new TextRun({ text: line, size: PAGE_NUMBER_SIZE, font: font(FONTS.heading2) })],
        }),
    ),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    for (const block of section.blocks) children.push(...blockParagraphs(block, report, images));
  }

  const document = new Document({
    creator: 'sfxd-report',
    title: report.title,
    description: report.subtitle.join(' '),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: BODY_SIZE, language },
          paragraph: { spacing: exact, indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED },
        },
        title: {
          run: { font: font(FONTS.title), size: TITLE_SIZE, bold: false, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE } },
        },
        heading1: heading(FONTS.heading1, false),
        heading2: heading(FONTS.heading2, false),
        heading3: heading(FONTS.body, true),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: PAGE.footer, header: twips(15) },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  zip.file('word/fontTable.xml', fontTableXml());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
