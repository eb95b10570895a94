import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';

/** Why an archive could not be read: not a ZIP at all, or more inflated bytes than the budget allows. */
export class ZipProblem extends Error {
  constructor(readonly kind: 'not-a-zip' | 'too-large') {
    super(kind);
  }
}

/** Inflated bytes an archive may still produce; shared by every part read from it. */
export interface InflateBudget {
  remaining: number;
}

export interface ZipParts {
  has(name: string): boolean;
  /** What the archive's directory claims a part inflates to (checked again while reading). */
  declaredSize(name: string): number;
  /**
   * Streams one part as UTF-8 text into `onText`, spending the budget on what really comes out of
   * the inflater (a lying directory does not help). An exception from `onText` stops the reading
   * and rejects with that exception, so a parser can stop as soon as it has seen enough.
   */
  readText(name: string, onText: (text: string) => void): Promise<void>;
  close(): void;
}

/**
 * Opens an XLSX (a ZIP archive) for reading parts one by one. Nothing is inflated until a part is
 * read, so the parts an import never looks at (images, other sheets, themes) cost nothing.
 */
export function openZip(content: Buffer, budget: InflateBudget, maxEntries: number): Promise<ZipParts> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(content, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(new ZipProblem('not-a-zip'));
      const entries = new Map<string, yauzl.Entry>();
      zip.on('error', () => {
        zip.close();
        reject(new ZipProblem('not-a-zip'));
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entries.size >= maxEntries) {
          zip.close();
          return reject(new ZipProblem('not-a-zip'));
        }
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve(parts(zip, entries, budget)));
      zip.readEntry();
    });
  });
}

function parts(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>, budget: InflateBudget): ZipParts {
  return {
    has: (name) => entries.has(name),
    declaredSize: (name) => entries.get(name)?.uncompressedSize ?? 0,
    close: () => zip.close(),
    readText: (name, onText) =>
      new Promise((resolve, reject) => {
        const entry = entries.get(name);
        if (!entry) return reject(new ZipProblem('not-a-zip'));
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(new ZipProblem('not-a-zip'));
          const decoder = new StringDecoder('utf8');
          let done = false;
          const stop = (problem: unknown) => {
            if (done) return;
            done = true;
            stream.destroy();
            reject(problem);
          };
          stream.on('data', (chunk: Buffer) => {
            if (done) return;
            budget.remaining -= chunk.length;
            if (budget.remaining < 0) return stop(new ZipProblem('too-large'));
            try {
              onText(decoder.write(chunk));
            } catch (problem) {
              stop(problem);
            }
          });
          // A corrupt stream, or one that inflates past its declared size (validateEntrySizes).
          stream.on('error', () => stop(new ZipProblem('not-a-zip')));
          stream.on('end', () => {
            if (done) return;
            try {
              onText(decoder.end());
              done = true;
              resolve();
            } catch (problem) {
              stop(problem);
            }
          });
        });
      }),
  };
}
