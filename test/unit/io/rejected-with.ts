// The diagnostics a command's promise rejects with: export and import tests ask what
// stopped a run. A run that succeeds, or fails with anything but a TongbaoError, fails the test.

import { isTongbaoError, type Diagnostic } from '../../../src/diagnostics/diagnostic.js';

export async function rejectedWith(run: Promise<unknown>): Promise<readonly Diagnostic[]> {
  try {
    await run;
  } catch (error) {
    if (isTongbaoError(error)) return error.diagnostics;
    throw error;
  }
  throw new Error('the run succeeded');
}
