// import: a sheet's units merged into a quarter file written in YAML, for offices that keep
// one file. The quarter must load before (its issuer names the sheet's columns) and after
// (the merged file is loaded and checked before it replaces the old one), and the file is
// replaced whole or not at all — a failed import changes nothing.

import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isTongbaoError, throwIfErrors, TongbaoError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { findProjectRoot, loadQuarter } from '../load/index.js';
import { displayPath, parentPath } from '../load/located.js';
import type { SheetKind } from '../load/sheets/columns.js';
import { checkOutputTargets, replaceOutputFiles } from '../write/output-files.js';
import { mergeUnits, type MergeCounts, type MergeResult } from './merge.js';
import { readSheetRows } from './read-sheet.js';

export interface ImportOptions {
  /** the workbook or CSV */
  readonly sheetFile: string;
  /** the worksheet; the workbook's first when absent */
  readonly sheet?: string;
  /** the quarter file the units go into */
  readonly into: string;
  /** websites or accounts; from the sheet's headers when absent */
  readonly kind?: SheetKind;
}

export interface ImportResult {
  readonly kind: SheetKind;
  readonly counts: MergeCounts;
  /** rows not imported (and warnings about the sheet), each at its cell */
  readonly problems: readonly Diagnostic[];
  /** false when the file already held everything the sheet says */
  readonly written: boolean;
}

/**
 * Where a problem of the merged quarter is for the office: at the sheet's cell when it is in a
 * unit a row updated or added (the field's cell, else the row's), else at the quarter file
 * marked （导入后）, since that text is not on disk yet.
 */
function placedForOffice(options: { diagnostic: Diagnostic; kind: SheetKind; merged: MergeResult; trial: string; quarter: string }): Diagnostic {
  const { diagnostic, kind, merged, trial, quarter } = options;
  const [, index, within] = new RegExp(`^${kind}\\[(\\d+)\\]\\.?(.*)$`).exec(diagnostic.field ?? '') ?? [];
  const row = index === undefined ? undefined : merged.rowAt.get(Number(index));
  if (row) {
    let path = within ?? '';
    while (path !== '' && !row.cells?.get(path)) path = parentPath(path);
    const place = row.cells?.get(path) ?? row.where.place;
    return { ...diagnostic, ...(place && { place }) };
  }
  if (diagnostic.place?.file !== displayPath(trial)) return diagnostic;
  return { ...diagnostic, place: { ...diagnostic.place, file: `${displayPath(quarter)}（导入后）` } };
}

/**
 * The merged text loaded as the quarter it would become, from a file beside the quarter
 * (relative paths and `_issuer.yaml` resolve as for the quarter itself).
 */
async function checkMerged(quarter: string, kind: SheetKind, merged: MergeResult): Promise<void> {
  const trial = join(dirname(quarter), `.${basename(quarter)}.tongbao-${randomBytes(6).toString('hex')}.yaml`);
  writeFileSync(trial, merged.text, { flag: 'wx' });
  try {
    await loadQuarter({ file: trial });
  } catch (error) {
    if (!isTongbaoError(error)) throw error;
    throw new TongbaoError(error.diagnostics.map((diagnostic) => placedForOffice({ diagnostic, kind, merged, trial, quarter })));
  } finally {
    rmSync(trial, { force: true });
  }
}

export async function importSheet(options: ImportOptions): Promise<ImportResult> {
  const quarter = resolve(options.into);
  const records = await loadQuarter({ file: quarter });
  const sheet = await readSheetRows({
    file: resolve(options.sheetFile),
    ...(options.sheet !== undefined && { sheet: options.sheet }),
    ...(options.kind !== undefined && { kind: options.kind }),
    issuer: records.issuer,
    projectRoot: findProjectRoot(quarter),
  });
  const text = readFileSync(quarter, 'utf8');
  const merged = mergeUnits({ text, file: displayPath(quarter), sheet });
  const problems = [...sheet.problems, ...merged.problems];
  if (merged.text === text) return { kind: sheet.kind, counts: merged.counts, problems, written: false };
  // a folder that takes no files or a quarter file open elsewhere or read-only, before anything is written there
  throwIfErrors(checkOutputTargets([{ source: options.into, folder: dirname(quarter), names: [basename(quarter)] }]));
  await checkMerged(quarter, sheet.kind, merged);
  const warnings = replaceOutputFiles([{ folder: dirname(quarter), files: [{ name: basename(quarter), bytes: Buffer.from(merged.text, 'utf8') }] }]);
  return { kind: sheet.kind, counts: merged.counts, problems: [...problems, ...warnings], written: true };
}
