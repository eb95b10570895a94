import { parentPort } from 'node:worker_threads';
import { parseSheet } from './sheet-parse.js';
import { SheetRefusal, type SheetLimits, type SheetSpec } from './sheet-types.js';

/** A reader thread of read-sheet.ts: reads one file per message, answers each with one message. */
parentPort!.on('message', async ({ content, spec, limits }: { content: Uint8Array; spec: SheetSpec; limits: SheetLimits }) => {
  try {
    const data = await parseSheet(Buffer.from(content.buffer, content.byteOffset, content.byteLength), spec, limits);
    parentPort!.postMessage({ data });
  } catch (problem) {
    if (problem instanceof SheetRefusal) parentPort!.postMessage({ refusal: problem.toJSON() });
    else parentPort!.postMessage({ failure: problem instanceof Error ? problem.message : String(problem) });
  }
});
