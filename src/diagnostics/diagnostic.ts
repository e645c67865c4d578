// A problem found in the user's input, said in Chinese, pinned to file:line:column and
// the field it concerns. Every stage reports through these; the CLI prints them.

import type { SourcePlace } from '../model/records.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** short stable code, e.g. TB101; documented in the README */
  readonly code: string;
  readonly severity: Severity;
  /** what is wrong, in Chinese, without the position */
  readonly message: string;
  /** where: file (relative to the working folder when possible), line and column */
  readonly place?: SourcePlace;
  /** the field path in the data, e.g. websites[3].veto[0] */
  readonly field?: string;
  /** what to do about it, in Chinese */
  readonly hint?: string;
}

/**
 * Thrown by any stage when the input cannot produce a notice. Carries every problem
 * found, so the user fixes them all in one round. Not for bugs: those stay ordinary errors.
 */
export class TongbaoError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'TongbaoError';
    this.diagnostics = diagnostics;
  }
}

export function isTongbaoError(error: unknown): error is TongbaoError {
  return error instanceof TongbaoError;
}

/** Throws all collected errors at once, if there are any. */
export function throwIfErrors(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.some((d) => d.severity === 'error')) throw new TongbaoError(diagnostics);
}
