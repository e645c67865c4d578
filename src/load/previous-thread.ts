// A large quarter's previous quarter, loaded in a worker thread while this one loads the quarter
// itself: each is as large as the other (a country's 165,000 units), and reading, decoding and
// checking them one after the other left the second core idle. The thread sends back what
// loading in this thread would have given (records, diagnostics, files read), and the chain
// takes it where it would have loaded that quarter, so the result is the same to the byte.

import { Worker } from 'node:worker_threads';
import type { FailedFields } from '../check/input.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { QuarterRecords, SourcePlace } from '../model/records.js';
import { threadModule } from '../package-root.js';

/** A quarter's records, and the fields in them that failed to decode (see check/input.ts). */
export interface LoadedQuarter {
  readonly records: QuarterRecords;
  readonly failed: FailedFields;
}

/** The previous quarter to load: its file, the chain that led to it, and the `previous:` value naming it. */
export interface PreviousRequest {
  readonly file: string;
  readonly projectRoot: string;
  readonly later: readonly string[];
  readonly namedBy: { readonly place: SourcePlace; readonly path: string };
}

/** What loading the previous quarter (and its own chain) gave. */
export interface PreviousLoad {
  /** absent when the file could not be loaded as a quarter */
  readonly loaded?: LoadedQuarter;
  /** in the order they were found */
  readonly diagnostics: readonly Diagnostic[];
  /** every file and folder read, in the order first read */
  readonly inputs: readonly string[];
}

export interface PreviousThread {
  readonly file: string;
  readonly result: Promise<PreviousLoad>;
  /** ends the thread when its quarter turns out not to be needed */
  stop(): void;
}

/**
 * Quarters smaller than this are loaded in this thread: starting a thread (loading the code
 * into it) and copying the records back cost more than a small quarter takes to load. The
 * size is of the sheets the quarter names; a country's are about 19 MB, a province's 0.5 MB.
 */
export const THREAD_SHEET_BYTES = 4 * 1024 * 1024;

export function loadPreviousInThread(request: PreviousRequest): PreviousThread {
  const { script, options } = threadModule('load/previous-worker');
  const worker = new Worker(script, { ...options, workerData: request });
  const result = new Promise<PreviousLoad>((resolveLoad, reject) => {
    worker.once('message', resolveLoad);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the thread loading ${request.file} exited (${code}) without its records`)));
  });
  // a thread stopped unused has nobody waiting for its end
  result.catch(() => undefined);
  return { file: request.file, result, stop: () => void worker.terminate() };
}
