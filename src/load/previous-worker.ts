// The worker thread of previous-thread.ts: loads the previous quarter it is given and sends back
// its records, diagnostics and the files it read.

import { parentPort, workerData } from 'node:worker_threads';
import { loadPreviousQuarter } from './index.js';
import type { PreviousRequest } from './previous-thread.js';

parentPort?.postMessage(await loadPreviousQuarter(workerData as PreviousRequest));
