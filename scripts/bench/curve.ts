// The scale curve: a synthetic city, province, a tenth of the country and the country (synthetic.ts) each built to HTML and
// DOCX by the tongbao command in a process of its own (run-size.ts), printed as one table with the seconds of each
// stage, the total, the peak memory and how the time grows from one size to the next — ten
// times the data should take about ten times the time.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runSize, type SizeRun } from './run-size.js';
import { DEFAULT_SEED, SIZES, writeSyntheticFolder, type RecordForm, type ScaleSize } from './synthetic.js';

export interface CurveRow {
  readonly size: ScaleSize;
  readonly run: SizeRun;
}

/** Generates the size's data in a throwaway project and builds it in a child process. */
export function measureSize(size: ScaleSize, form: RecordForm): SizeRun {
  const root = mkdtempSync(join(tmpdir(), `tongbao-scale-${size.name}-`));
  try {
    writeFileSync(join(root, 'package.json'), '{}\n');
    const file = writeSyntheticFolder({ folder: join(root, 'data', size.issuer), size, seed: DEFAULT_SEED, form });
    return runSize(file, 'html,docx');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** The table: a row per size, stage columns in the order the build runs them. */
export function curveTable(rows: readonly CurveRow[]): string {
  const stages = [...new Set(rows.flatMap((row) => Object.keys(row.run.stages)))];
  const header = ['规模', '网站', '账号', ...stages.map((stage) => `${stage} s`), '合计 s', 'CPU s', '峰值内存 MiB', '时间比（对上一规模）'];
  const lines = rows.map((row, i) => {
    const before = rows[i - 1];
    const ratio = before ? `${(row.run.totalMs / before.run.totalMs).toFixed(1)}×（数据 ${((row.size.websites + row.size.accounts) / (before.size.websites + before.size.accounts)).toFixed(1)}×）` : '';
    return [row.size.name, String(row.size.websites), String(row.size.accounts), ...stages.map((stage) => seconds(row.run.stages[stage] ?? 0)), seconds(row.run.totalMs), seconds(row.run.cpuMs), String(Math.round(row.run.peakMiB)), ratio];
  });
  return [header, ...lines].map((cells) => cells.join('\t')).join('\n');
}

/**
 * Every size from sheets; as YAML lists only the city and the province, since a country's
 * 27 MB quarter file is far over the quarter file limit (src/load/read-file.ts MAX_FILE_MB).
 */
export function measureCurve(form: RecordForm): CurveRow[] {
  const names: readonly ScaleSize['name'][] = form === 'csv' ? ['city', 'province', 'national-tenth', 'national'] : ['city', 'province'];
  return names.map((name) => ({ size: SIZES[name], run: measureSize(SIZES[name], form) }));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const form: RecordForm = process.argv.includes('--yaml') ? 'yaml' : 'csv';
  console.log(curveTable(measureCurve(form)));
}
