import type { Block, Report, Table } from '../model/types.js';
import { cellText, columnShares, isNumeric } from './cells.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Official-document fonts first (as Word would use them), then what Linux, macOS and Windows have. */
const FONTS = {
  title: "'方正小标宋简体', 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', 'STSong', 'SimSun', serif",
  body: "'仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', serif",
  h1: "'黑体', 'SimHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', sans-serif",
  h2: "'楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', serif",
  table: "'仿宋_GB2312', '仿宋', 'FangSong', 'Noto Serif CJK SC', serif",
};

/**
 * A GB/T 9704-like page on screen and in print: A4 with the standard's margins (top 37 mm, bottom
 * 35 mm, left 28 mm, right 26 mm), title 22 pt, body 16 pt at 28.95 pt line spacing, page numbers
 * at the foot. No script, no external resource: the file is the whole report.
 */
const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-right { content: "— " counter(page) " —"; font: 14pt ${FONTS.body}; } }
html { background: #f2f3f5; }
body { margin: 0; color: #000; font-family: ${FONTS.body}; font-size: 16pt; line-height: 28.95pt; }
main { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1 { font-family: ${FONTS.title}; font-size: 22pt; font-weight: normal; line-height: 1.5; text-align: center; margin: 0 0 14pt; }
.subtitle { text-align: center; font-size: 14pt; line-height: 1.6; margin: 0; }
.subtitle:last-of-type { margin-bottom: 28.95pt; }
h2 { font-family: ${FONTS.h1}; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; line-height: 28.95pt; }
h3 { font-family: ${FONTS.h2}; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; line-height: 28.95pt; }
h4 { font-family: ${FONTS.body}; font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; line-height: 28.95pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.todo { color: #b42318; font-weight: bold; }
mark { background: #fff1c2; color: inherit; }
figure { margin: 10pt 0; text-align: center; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 8pt 0 12pt; font-family: ${FONTS.table}; font-size: 12pt; line-height: 1.4; break-inside: auto; }
caption { font-family: ${FONTS.h1}; font-size: 12pt; padding: 4pt 0; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; overflow-wrap: anywhere; }
th { font-weight: bold; text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.note { font-size: 12pt; line-height: 1.5; text-indent: 0; color: #333; margin-bottom: 8pt; }
@media print { html { background: none; } main { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; } }
`;

function tableHtml(table: Table, report: Report): string {
  const head = table.columns.map((c) => `<th scope="col">${escape(c.label)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => {
      const column = table.columns[i]!;
      return `<td${isNumeric(column.kind) ? ' class="num"' : ''} data-key="${column.key}">${escape(cellText(cell, column.kind, report.lang))}</td>`;
    }).join('')}</tr>`)
    .join('\n');
  const note = table.note ? `\n<p class="note">${escape(table.note)}</p>` : '';
  const cols = columnShares(table, report.lang).map((share) => `<col style="width:${(share * 100).toFixed(1)}%">`).join('');
  return `<table data-table="${table.id}">\n<caption>${escape(table.title)}</caption>\n<colgroup>${cols}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>${note}`;
}

function blockHtml(block: Block, report: Report, svgOf: (id: string) => string): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? `<h3>${escape(block.text)}</h3>` : `<h4>${escape(block.text)}</h4>`;
    case 'paragraph':
      return `<p>${escape(block.text)}</p>`;
    case 'list':
      return block.items.map((item, i) => `<p>${report.lang === 'zh' ? `（${i + 1}）` : `(${i + 1}) `}${escape(item)}</p>`).join('\n');
    case 'todo':
      return `<p class="todo"><mark>${escape(report.todoMark)}</mark>${escape(block.text)}</p>`;
    case 'table':
      return tableHtml(block, report);
    case 'chart':
      return `<figure data-chart="${block.id}" role="img" aria-label="${escape(block.alt)}">\n${svgOf(block.id)}\n</figure>`;
  }
}

/** The report as one self-contained HTML file; `svgOf` gives each chart's SVG (ECharts SSR). */
export function renderHtml(report: Report, svgOf: (id: string) => string): string {
  const sections = report.sections
    .map((s) => `<section data-section="${s.id}">\n<h2>${escape(s.heading)}</h2>\n${s.blocks.map((b) => blockHtml(b, report, svgOf)).join('\n')}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${report.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sfxd-report">
<title>${escape(report.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escape(report.title)}</h1>
${report.subtitle.map((line) => `<p class="subtitle">${escape(line)}</p>`).join('\n')}
${sections}
</main>
</body>
</html>
`;
}
