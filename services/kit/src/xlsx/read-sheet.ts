import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_SHEET_LIMITS, refusals, SheetRefusal, type SheetData, type SheetLimits, type SheetSpec } from './sheet-types.js';

export interface ReadSheetOptions extends Partial<SheetLimits> {
  /** The caller's own deadline (a request's); reading stops at whichever comes first. */
  signal?: AbortSignal;
}

// Services run from tsc output, where the worker is compiled beside this module. Under vitest this
// module is the TypeScript source, and the worker comes from the build (tests run after `npm run build`).
const WORKER = import.meta.url.endsWith('.ts') ? new URL('../../dist/xlsx/sheet-worker.js', import.meta.url) : new URL('./sheet-worker.js', import.meta.url);

/**
 * Files are parsed on worker threads, at most this many at once, so that a burst of imports
 * leaves a core to the event loop every service shares; the rest wait their turn (inside their
 * deadline).
 */
const PARALLEL = Math.max(1, Math.min(4, availableParallelism() - 1));
let running = 0;
let threads = 0;
const waiting: (() => void)[] = [];

/** Sheet-reading threads alive now (for tests and diagnostics). */
export const sheetReaderThreads = () => threads;

/**
 * Reads the expected columns of one sheet of an XLSX file as text, row by row, off the event loop
 * and within limits (see SheetLimits): the caller's other requests keep their latency while it
 * runs, and a file past its deadline or memory has its thread stopped. Refuses with a
 * SheetRefusal whose message can be shown to the person who sent the file.
 */
export async function readSheet(content: Buffer, spec: SheetSpec, options: ReadSheetOptions = {}): Promise<SheetData> {
  const { signal: callerSignal, ...overrides } = options;
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const limits: SheetLimits = { ...DEFAULT_SHEET_LIMITS, ...given };
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = callerSignal ? AbortSignal.any([deadline, callerSignal]) : deadline;
  const late = () => refusals.timeout(limits.timeoutMs);
  if (!existsSync(fileURLToPath(WORKER))) throw new Error(`${fileURLToPath(WORKER)} is missing: run npm run build`);

  await turn(signal, late);
  try {
    return await inWorker(content, spec, limits, signal, late);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function turn(signal: AbortSignal, late: () => SheetRefusal): Promise<void> {
  if (signal.aborted) return Promise.reject(late());
  if (running < PARALLEL) {
    running++;
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const go = () => {
      signal.removeEventListener('abort', giveUp);
      running++;
      resolve();
    };
    const giveUp = () => {
      waiting.splice(waiting.indexOf(go), 1);
      reject(late());
    };
    waiting.push(go);
    signal.addEventListener('abort', giveUp, { once: true });
  });
}

type Outcome = { data: SheetData } | { problem: Error };

function inWorker(content: Buffer, spec: SheetSpec, limits: SheetLimits, signal: AbortSignal, late: () => SheetRefusal): Promise<SheetData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { content, spec, limits },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      execArgv: [],
    });
    threads++;
    // Every way out (an answer, a crash, the deadline) ends in 'exit', where the promise settles.
    let outcome: Outcome | undefined;
    const stop = () => void worker.terminate();
    const onAbort = () => {
      outcome ??= { problem: late() };
      stop();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: { data?: SheetData; refusal?: ReturnType<SheetRefusal['toJSON']>; failure?: string }) => {
      outcome ??= m.data ? { data: m.data } : m.refusal ? { problem: SheetRefusal.from(m.refusal) } : { problem: new Error(`reading the sheet failed: ${m.failure}`) };
      stop();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      outcome ??= { problem: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refusals.outOfMemory(limits.maxMemoryMb) : error };
    });
    worker.on('exit', () => {
      threads--;
      signal.removeEventListener('abort', onAbort);
      if (outcome && 'data' in outcome) resolve(outcome.data);
      else reject(outcome?.problem ?? new Error('the sheet reader stopped without an answer'));
    });
  });
}
