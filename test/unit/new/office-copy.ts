// A copy of the bundled example in a temporary project, and the office's part of a quarter
// file written by `tongbao new`, filled in the way office staff would: dates within the
// quarter, every failing unit re-checked as fixed, message counts given.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import type { Period } from '../../../src/model/records.js';
import { useYamlRecords } from '../../fixtures/example-yaml/use.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * A project of the office's own (with its package.json) holding a copy of data/示例市;
 * removed when the test finishes, or when `removeWhenDone` says (afterAll for a suite's copy).
 * With `recordsInYaml`, its third quarter has every unit written in the quarter file (useYamlRecords).
 */
export function officeCopy(removeWhenDone: (remove: () => void) => void = onTestFinished, options: { recordsInYaml?: boolean } = {}): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'tongbao-new-'));
  removeWhenDone(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'package.json'), '{}\n');
  const folder = join(root, 'data', '示例市');
  cpSync(join(PROJECT_ROOT, 'data', '示例市'), folder, { recursive: true });
  if (options.recordsInYaml) useYamlRecords(folder);
  return { root, folder };
}

const two = (n: number) => String(n).padStart(2, '0');

/** The ids listed in the comment `tongbao new` writes under `rectification`, as written there (quoted where YAML needs it). */
export function listedForRectification(text: string): string[] {
  return [...text.matchAll(/^ {2}# {3}("(?:[^"\\]|\\.)*"|\S+) {2}\S/gm)].map(([, id]) => id!);
}

/** The quarter's dates, each failing unit of last quarter as fixed, and message counts, written in. */
export function fillIn(text: string, period: Period): string {
  const last = period.quarter * 3;
  const [issueYear, issueMonth] = period.quarter === 4 ? [period.year + 1, 1] : [period.year, last + 1];
  const dates: Record<string, string> = {
    date: `${issueYear}-${two(issueMonth)}-15`,
    deadline: `${issueYear}-${two(issueMonth)}-28`,
    monitoringPoint: `${period.year}-${two(last)}-15`,
    start: `${period.year}-${two(last - 2)}-01`,
    end: `${period.year}-${two(last)}-20`,
  };
  const ids = listedForRectification(text);
  return text
    .replace(/\b(date|deadline|monitoringPoint|start|end): 待填写/g, (_, field: string) => `${field}: ${dates[field]}`)
    .replace(/^ {2}fixed: \[\]$/m, `  fixed: [${ids.join(', ')}]`)
    .replace(/received:.*\n(\s+)finished:.*/g, 'received: 5\n$1finished: 5');
}

/** The diagnostics `run` fails with; a run that succeeds fails the test. */
export async function failure(run: () => unknown): Promise<readonly Diagnostic[]> {
  try {
    await run();
  } catch (error) {
    if (isTongbaoError(error)) return error.diagnostics;
    throw error;
  }
  throw new Error('did not fail');
}
