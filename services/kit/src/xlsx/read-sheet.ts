import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_SHEET_LIMITS, refusals, SheetRefusal, type SheetData, type SheetLimits, type SheetSpec } from './sheet-types.js';
import { Turns } from './turns.js';

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
export const PARALLEL_READS = Math.max(1, Math.min(4, availableParallelism() - 1));
/** An idle reader thread is kept this long: starting one costs far more CPU than reading a roster. */
const KEEP_IDLE_MS = 60_000;
const turns = new Turns(PARALLEL_READS);
const idle: Reader[] = [];
let threads = 0;

/** Sheet-reading threads alive now, busy or idle (for tests and diagnostics). */
export const sheetReaderThreads = () => threads;
/** Files being read now (waiting ones not counted). */
export const sheetReadsInProgress = () => turns.inUse;

/** Ends the idle reader threads now (they end on their own after a minute). */
export async function stopIdleSheetReaders(): Promise<void> {
  await Promise.all(idle.splice(0).map((r) => r.worker.terminate()));
}

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
  // A caller may abort with its own refusal (importTurn does, naming its budget).
  const late = () => (deadline.aborted ? refusals.timeout(limits.timeoutMs) : callerSignal?.reason instanceof SheetRefusal ? callerSignal.reason : refusals.stopped());
  if (!existsSync(fileURLToPath(WORKER))) throw new Error(`${fileURLToPath(WORKER)} is missing: run npm run build`);

  const release = await turns.take(signal, late);
  try {
    return await inWorker(content, spec, limits, signal, late);
  } finally {
    release();
  }
}

interface Job {
  resolve(data: SheetData): void;
  reject(problem: Error): void;
  /** Why the job failed, once known; reported when the thread has exited. */
  problem?: Error;
}

/**
 * One reader thread. It reads one file at a time and is reused while healthy; a thread that
 * passed a deadline is terminated (its heap may be anything) and one that ran out of memory has
 * died, so a later file always starts on a fresh or a cleanly finished thread.
 */
class Reader {
  readonly worker: Worker;
  private job: Job | null = null;
  private idleTimer?: NodeJS.Timeout;

  constructor(readonly memoryMb: number) {
    this.worker = new Worker(WORKER, {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      execArgv: [],
    });
    threads++;
    this.worker.on('message', (m: { data?: SheetData; refusal?: ReturnType<SheetRefusal['toJSON']>; failure?: string }) => {
      const job = this.job;
      if (!job) return;
      if (m.failure !== undefined) {
        // An unexpected failure may have left the thread in any state: answer, and do not reuse it.
        job.problem ??= new Error(`reading the sheet failed: ${m.failure}`);
        void this.worker.terminate();
        return;
      }
      this.job = null;
      if (m.data) job.resolve(m.data);
      else job.reject(SheetRefusal.from(m.refusal!));
      this.rest();
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      if (this.job) this.job.problem ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refusals.outOfMemory(memoryMb) : error;
    });
    this.worker.on('exit', () => {
      threads--;
      clearTimeout(this.idleTimer);
      const i = idle.indexOf(this);
      if (i >= 0) idle.splice(i, 1);
      const job = this.job;
      this.job = null;
      job?.reject(job.problem ?? new Error('the sheet reader stopped without an answer'));
    });
  }

  read(content: Buffer, spec: SheetSpec, limits: SheetLimits, signal: AbortSignal, late: () => SheetRefusal): Promise<SheetData> {
    clearTimeout(this.idleTimer);
    this.worker.ref();
    return new Promise<SheetData>((resolve, reject) => {
      const onAbort = () => {
        if (!this.job) return;
        this.job.problem ??= late();
        void this.worker.terminate();
      };
      const settle = () => signal.removeEventListener('abort', onAbort);
      this.job = {
        resolve: (data) => (settle(), resolve(data)),
        reject: (problem) => (settle(), reject(problem)),
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.worker.postMessage({ content, spec, limits });
    });
  }

  /** Back to the idle list; an idle thread does not keep the process alive. */
  private rest() {
    this.worker.unref();
    idle.push(this);
    this.idleTimer = setTimeout(() => void this.worker.terminate(), KEEP_IDLE_MS);
    this.idleTimer.unref();
  }
}

function inWorker(content: Buffer, spec: SheetSpec, limits: SheetLimits, signal: AbortSignal, late: () => SheetRefusal): Promise<SheetData> {
  if (signal.aborted) return Promise.reject(late());
  const i = idle.findIndex((r) => r.memoryMb === limits.maxMemoryMb);
  // A thread made for another memory limit makes way, so that threads never outnumber PARALLEL_READS.
  if (i < 0 && idle.length) void idle.shift()!.worker.terminate();
  const reader = i >= 0 ? idle.splice(i, 1)[0]! : new Reader(limits.maxMemoryMb);
  return reader.read(content, spec, limits, signal, late);
}
