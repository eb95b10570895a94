import QRCode from 'qrcode';
import { EVALUATOR_KIND_LABELS, type EvaluatorKind } from '../criteria/criteria.names.js';
import { normalizeBallotCode } from './ballot.code.js';

/** Where a ballot's page is: the dashboard's `/ballot/<code>` (the code without its dashes). */
export const ballotUrl = (publicBaseUrl: string, code: string) => `${publicBaseUrl}/ballot/${normalizeBallotCode(code)}`;

/** The QR code of a ballot's page as an SVG document (medium error correction survives a fold or a stain). */
export function ballotQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface SheetBallot {
  code: string;
  url: string;
  qrSvg: string;
  /** PEERS: the name of the member the ballot is for, printed on it. */
  holder?: string | null;
}

/**
 * A printable sheet of ballots: one self-contained HTML page (no script, no external resource),
 * twelve ballots to an A4 page, each with its QR code, its code in print for typing, and how to
 * use it. Cut along the borders and hand out.
 */
export function ballotSheetHtml(options: { roundName: string; unitName: string; kind: EvaluatorKind; ballots: readonly SheetBallot[]; publicBaseUrl: string }): string {
  const kind = EVALUATOR_KIND_LABELS[options.kind].zh;
  const cells = options.ballots.map((b) => `<section class="ballot">
  <h2>${escapeHtml(kind)}票</h2>
  <p class="round">${escapeHtml(options.roundName)} · ${escapeHtml(options.unitName)}</p>
  ${b.holder ? `<p class="holder">评议人：${escapeHtml(b.holder)}</p>` : ''}
  <div class="qr">${b.qrSvg.replace(/<\?xml[^>]*>/, '')}</div>
  <p class="code">${escapeHtml(b.code)}</p>
  <p class="how">手机扫码，或访问 ${escapeHtml(options.publicBaseUrl)}/ballot 输入上面的投票码。每张票只能使用一次${options.kind === 'PEERS' ? '（对每位评议对象各一次）' : ''}，请勿转借。</p>
</section>`);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(options.roundName)} ${escapeHtml(kind)}票 ${escapeHtml(options.unitName)}</title>
<style>
@page { size: A4; margin: 10mm; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
main { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0; }
.ballot { border: 1px dashed #555; padding: 3mm; height: 66mm; box-sizing: border-box; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.ballot h2 { font-size: 11pt; margin: 0 0 1mm; }
.ballot p { margin: 0.5mm 0; font-size: 7.5pt; }
.qr svg { width: 30mm; height: 30mm; }
.code { font-family: "DejaVu Sans Mono", monospace; font-size: 11pt !important; letter-spacing: 0.5pt; }
.how { color: #333; }
</style></head>
<body><main>
${cells.join('\n')}
</main></body></html>
`;
}
