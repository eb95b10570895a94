import { checkReportAccess, readClaims } from './access.js';
import { gatewayClient } from './api/client.js';
import { collectReportData, type ReportData } from './collect.js';
import { ReportError } from './errors.js';
import { findCjkFonts, type CjkFonts } from './fonts.js';
import { LOCALE, WORDS } from './i18n.js';
import { buildReport } from './model/build.js';
import type { Chart, Lang, Report } from './model/types.js';
import { buildWorkbook, type Sheet } from './model/workbook.js';
import { chartSvg, svgToPng } from './render/charts.js';
import { renderDocx } from './render/docx.js';
import { renderHtml } from './render/html.js';
import { renderXlsx } from './render/xlsx.js';

export type ReportFormat = 'docx' | 'html' | 'xlsx';
export const FORMATS: ReportFormat[] = ['docx', 'html', 'xlsx'];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface GenerateOptions {
  /** The gateway's GraphQL address, e.g. http://localhost:4000/graphql. */
  gatewayUrl: string;
  /** The caller's token (sent as Bearer); what it may read is what the report holds. */
  token?: string;
  year: number;
  /** A unit's code or id; the city's report when left out. */
  unit?: string;
  format?: ReportFormat;
  lang?: Lang;
  /** Today in Beijing, YYYY-MM-DD (default: the clock). */
  today?: string;
  /** CJK fonts for the DOCX's chart images (default: findCjkFonts()). */
  fonts?: CjkFonts;
  /** A line per step, for a progress display. */
  onProgress?: (step: string) => void;
  /** Tests only: leave the refusal to the gateway alone. */
  skipAccessCheck?: boolean;
}

export interface GeneratedReport {
  format: ReportFormat;
  filename: string;
  contentType: string;
  content: Buffer;
  /** The document the DOCX and HTML were made from (also made for XLSX). */
  report: Report;
  sheets: Sheet[];
  data: ReportData;
  /** Requests sent to the gateway. */
  requests: number;
  milliseconds: number;
}

/** The year-end summary (DOCX, HTML) or the ledger workbook (XLSX), from the gateway as the token allows. */
export async function generateReport(options: GenerateOptions): Promise<GeneratedReport> {
  const started = performance.now();
  const format = options.format ?? 'docx';
  const lang = options.lang ?? 'zh';
  if (!FORMATS.includes(format)) throw new ReportError('BAD_USER_INPUT', `format must be one of ${FORMATS.join(', ')}`);
  if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100) throw new ReportError('BAD_USER_INPUT', 'year must be a year such as 2016');
  const w = WORDS[lang];
  // A step's key in the report's language, with what follows it (e.g. "honors 70/698").
  const progress = (step: string) => {
    const [key, ...rest] = step.split(' ');
    options.onProgress?.([w.progress[key!] ?? key, ...rest].join(' '));
  };
  // The DOCX cannot be drawn without CJK fonts: say so before asking the gateway anything.
  const fonts = format === 'docx' ? options.fonts ?? findCjkFonts() : undefined;

  const gateway = gatewayClient({ url: options.gatewayUrl, token: options.token });
  const claims = readClaims(options.token);
  const data = await collectReportData(
    gateway,
    {
      year: options.year,
      unit: options.unit,
      today: options.today,
      authorize: options.skipAccessCheck ? undefined : (unit) => checkReportAccess(claims, unit),
    },
    progress,
  );
  const report = buildReport(data, lang);
  const sheets = buildWorkbook(data, lang);
  const scope = data.scope.kind === 'unit' ? data.scope.unit.code : w.city;

  let content: Buffer;
  if (format === 'xlsx') {
    progress('write');
    content = await renderXlsx(sheets, { title: report.title });
  } else {
    progress('charts');
    const charts = report.sections.flatMap((s) => s.blocks.filter((b): b is Chart => b.kind === 'chart'));
    const svgs = new Map(charts.map((c) => [c.id, chartSvg(c, LOCALE[lang])]));
    progress('write');
    if (format === 'html') content = Buffer.from(renderHtml(report, (id) => svgs.get(id) ?? ''), 'utf8');
    else content = await renderDocx(report, { png: (id) => svgToPng(svgs.get(id)!, fonts!) });
  }
  return {
    format,
    filename: w.files[format](options.year, scope),
    contentType: CONTENT_TYPES[format],
    content,
    report,
    sheets,
    data,
    requests: gateway.requests,
    milliseconds: Math.round(performance.now() - started),
  };
}
