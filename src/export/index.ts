// export: a quarter's unit records to an XLSX workbook for review in a spreadsheet, one sheet
// per kind, with what compute makes of each unit beside what the office typed. The workbook
// is written whole or not at all (write/output-files.ts), and never over a file unless asked.

import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { computeFigures } from '../compute/index.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, isTongbaoError, throwIfErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadQuarter } from '../load/index.js';
import { displayPath } from '../load/located.js';
import type { SheetKind } from '../load/sheets/columns.js';
import type { Figures } from '../model/figures.js';
import type { QuarterRecords } from '../model/records.js';
import { checkOutputTargets, replaceOutputFiles } from '../write/output-files.js';
import { exportColumns, type ExportedUnit } from './columns.js';
import { workbookBytes, type ExportSheet } from './workbook.js';

export interface ExportOptions {
  /** the quarter file */
  readonly file: string;
  /** the workbook to write; beside the quarter file, under its name, by default */
  readonly out?: string;
  /** replace a workbook already there */
  readonly force?: boolean;
}

export interface ExportResult {
  /** absolute path of the workbook written */
  readonly workbook: string;
  readonly counts: Readonly<Record<SheetKind, number>>;
  /** warnings about temporary files left behind */
  readonly warnings: readonly Diagnostic[];
}

/** 2025-q3.yaml → 2025-q3.xlsx beside it. */
export function defaultWorkbookPath(quarterFile: string): string {
  const file = resolve(quarterFile);
  return join(dirname(file), `${basename(file, extname(file))}.xlsx`);
}

/** Why the workbook cannot go where asked: a file already there (unless --force), a folder that takes no files, a locked file. */
function targetProblems(target: string, options: ExportOptions): Diagnostic[] {
  const exists = existsSync(target) && !options.force ? [diagnose(CODES.exportTargetExists, { path: displayPath(target) }, {})] : [];
  return [...exists, ...checkOutputTargets([{ source: options.file, folder: dirname(target), names: [basename(target)] }])];
}

/** The quarter's records, with any problem of the target reported together with the data's. */
async function loadWithTargetProblems(file: string, problems: readonly Diagnostic[]): Promise<QuarterRecords> {
  let records: QuarterRecords;
  try {
    records = await loadQuarter({ file });
  } catch (error) {
    if (isTongbaoError(error)) throw new TongbaoError([...error.diagnostics, ...problems]);
    throw error;
  }
  throwIfErrors(problems);
  return records;
}

function exportSheet(kind: SheetKind, records: QuarterRecords, figures: Figures): ExportSheet {
  const channel = figures[kind];
  const units: ExportedUnit[] = records[kind].map((record) => ({ record, figures: channel.unit[record.id]! }));
  return { kind, columns: exportColumns({ kind, issuer: records.issuer, records: records[kind] }), units };
}

export async function exportQuarter(options: ExportOptions): Promise<ExportResult> {
  const target = resolve(options.out ?? defaultWorkbookPath(options.file));
  const records = await loadWithTargetProblems(options.file, targetProblems(target, options));
  const figures = computeFigures(records);
  const sheets = (['websites', 'accounts'] as const).map((kind) => exportSheet(kind, records, figures));
  const bytes = await workbookBytes({ sheets, isoDate: records.date });
  const warnings = replaceOutputFiles([{ folder: dirname(target), files: [{ name: basename(target), bytes }] }]);
  return { workbook: target, counts: { websites: records.websites.length, accounts: records.accounts.length }, warnings };
}
