import { ApiError } from '../../api/client.js';
import { downloadBase64 } from '../../export/file.js';

/** Saves a file the gateway sent base64-encoded (a roster, a ledger, a paper-ballot template). */
export function downloadFile(file: { filename: string; contentType: string; contentBase64: string }): void {
  downloadBase64(file.contentBase64, file.filename, file.contentType);
}

/** A chosen file as the base64 text the imports take. */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole workbook's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A failure as an ApiError, whatever was thrown. */
export function asApiError(failure: unknown): ApiError {
  return failure instanceof ApiError ? failure : new ApiError(failure instanceof Error ? failure.message : String(failure), 'INTERNAL', 0);
}

/** An SVG (a ballot's QR code) as an image address: the page's policy allows data: images, not inline markup. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.replace(/<\?xml[^>]*>/, ''))}`;
}
