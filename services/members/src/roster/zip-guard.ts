import yauzl from 'yauzl';

/**
 * An XLSX file is a ZIP archive, and an XLSX parser inflates it whole in memory: a small upload
 * can expand to gigabytes (a zip bomb) inside the process that runs every service. This reads the
 * archive as a stream first and stops as soon as the inflated bytes pass `maxBytes` — counting
 * what really comes out, not what the archive claims.
 */
export function checkInflatedSize(content: Buffer, maxBytes: number): Promise<'ok' | 'too-large' | 'not-a-zip'> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return resolve('not-a-zip');
      let total = 0;
      let settled = false;
      const finish = (result: 'ok' | 'too-large' | 'not-a-zip') => {
        if (settled) return;
        settled = true;
        zip.close();
        resolve(result);
      };
      zip.on('error', () => finish('not-a-zip'));
      zip.on('end', () => finish('ok'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (total + entry.uncompressedSize > maxBytes) return finish('too-large');
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish('not-a-zip');
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxBytes) {
              stream.destroy();
              finish('too-large');
            }
          });
          stream.on('error', () => finish('not-a-zip'));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
