/** Saves a file the gateway sent base64-encoded (e.g. exportLedger's XLSX) under its own name. */
export function downloadBase64(contentBase64: string, fileName: string, contentType: string): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveBlob(new Blob([bytes], { type: contentType }), fileName);
}

/** Hands a file the page holds to the browser's download, under its own name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time a minute has passed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
