// The latest quarter file of an issuer's data folder: the one whose `period` is latest, read
// from each file rather than guessed from its name. `_issuer.yaml`, other files whose name
// begins with `_`, and YAML files that are no quarter (a summary, an empty file) are passed over.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, throwIfErrors } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { periodLabel } from '../format/chinese.js';
import { readYamlFile } from './index.js';
import { displayPath } from './located.js';
import { notAQuarter, period as periodField, toPeriod } from './quarter.js';
import type { Period } from '../model/records.js';

export interface QuarterFile {
  readonly file: string;
  readonly period: Period;
}

const YAML_FILE = /\.ya?ml$/i;

const periodOrder = (p: Period): number => p.year * 4 + p.quarter;

/** Every quarter file of `folder` with its period; a file that cannot be read is reported, since it might be the latest. */
export function quarterFiles(folder: string): QuarterFile[] {
  const sink: Diagnostic[] = [];
  const found: QuarterFile[] = [];
  for (const name of dataFileNames(folder)) {
    const file = join(folder, name);
    const period = quarterPeriod(file, sink);
    if (period) found.push({ file, period });
  }
  throwIfErrors(sink);
  return found;
}

/** The period a quarter file says it is for, read without loading the quarter; undefined for a file that is no quarter or cannot say. */
export function quarterPeriod(file: string, sink: Diagnostic[]): Period | undefined {
  const root = readYamlFile({ file, purpose: '季度文件', sink });
  if (!root || root.kind !== 'map' || notAQuarter(root)) return undefined;
  const node = root.entries.get('period')?.value;
  if (!node) {
    sink.push(diagnose(CODES.missingField, { key: 'period' }, { place: root.place, field: 'period' }));
    return undefined;
  }
  const decoded = periodField.decode(node, sink);
  return decoded && toPeriod(decoded);
}

/** The quarter file with the latest period; two files of that period are a slip the office must settle. */
export function latestQuarterFile(folder: string): QuarterFile {
  const files = quarterFiles(folder);
  const latest = files.reduce<QuarterFile | undefined>((best, candidate) => (!best || periodOrder(candidate.period) > periodOrder(best.period) ? candidate : best), undefined);
  if (!latest) throw new TongbaoError([diagnose(CODES.newNoQuarterFile, { folder: displayPath(folder) }, {})]);
  const same = files.filter((candidate) => periodOrder(candidate.period) === periodOrder(latest.period));
  if (same.length > 1) {
    throw new TongbaoError([diagnose(CODES.newSamePeriod, { files: same.map((f) => displayPath(f.file)), period: periodLabel(latest.period) }, {})]);
  }
  return latest;
}

/** The YAML files of the folder an office writes quarters in, in name order; the folder must exist. */
function dataFileNames(folder: string): string[] {
  const shown = displayPath(folder);
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new TongbaoError([diagnose(CODES.newFolderMissing, { path: shown, problem: '不是文件夹' }, {})]);
    names = readdirSync(folder);
  } catch (error) {
    if (error instanceof TongbaoError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? '不存在' : `无法读取（${code ?? String(error)}）`;
    throw new TongbaoError([diagnose(CODES.newFolderMissing, { path: shown, problem }, {})]);
  }
  return names.filter((name) => YAML_FILE.test(name) && !name.startsWith('_')).sort();
}
