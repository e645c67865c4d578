// What every consistency check reads, and how its findings stay one per cause. A value that
// failed to decode has been reported already and replaced by its decoder's stand-in (a count
// of 0, an empty name, the default platforms); a check that compared the stand-in would only
// invent a second problem (办结数 37 大于收到数 0). So each finding names the fields it read,
// and a finding that read a failed field is dropped — here, once, for every check.

import { CODES } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parentPath } from '../load/located.js';
import type { FieldPlaces } from '../load/located.js';
import type { QuarterRecords } from '../model/records.js';

/**
 * Paths of the fields that failed to decode: the quarter file's own (`messages[0].received`),
 * the issuer settings' under `issuer.` (`issuer.platforms`, wherever they were written), and
 * the quarter before's under `previous.` (`previous.period`). `''` is the whole file.
 */
export type FailedFields = readonly string[];

export interface CheckInput {
  readonly records: QuarterRecords;
  /** field path → place in the quarter file */
  readonly places: FieldPlaces;
  /** field path → place of its key, for a name typed as a key (a narrative section, a fact) */
  readonly keyPlaces: FieldPlaces;
  readonly failed: FailedFields;
}

/** A check's diagnostic with the fields it read: its own field, and the others it was compared with. */
export interface Finding {
  readonly diagnostic: Diagnostic;
  readonly inputs: readonly string[];
}

export function finding(diagnostic: Diagnostic, alsoRead: readonly string[] = []): Finding {
  return { diagnostic, inputs: diagnostic.field === undefined ? alsoRead : [diagnostic.field, ...alsoRead] };
}

/**
 * The failed fields, indexed for the question every finding asks: did a field it read fail,
 * or a field inside it, or a table holding it? (A failed `period` spoils `period.year`, and a
 * failed `period.year` spoils `period`.) A file of thousands of records may have thousands of
 * both, so each path's lineage is walked once, not once per finding.
 */
export class FailedIndex {
  private readonly failed = new Set<string>();
  /** every failed path and every path that holds one */
  private readonly holdingFailed = new Set<string>();

  constructor(paths: FailedFields = []) {
    this.add(paths);
  }

  add(paths: FailedFields): void {
    for (const path of paths) {
      this.failed.add(path);
      for (let current = path; !this.holdingFailed.has(current); current = parentPath(current)) {
        this.holdingFailed.add(current);
        if (current === '') break;
      }
    }
  }

  touches(input: string): boolean {
    if (this.holdingFailed.has(input)) return true;
    for (let current = input; ; current = parentPath(current)) {
      if (this.failed.has(current)) return true;
      if (current === '') return false;
    }
  }
}

/** The findings that read no failed field, as diagnostics. */
export function standing(findings: readonly Finding[], failed: FailedIndex): Diagnostic[] {
  return findings.filter((each) => !each.inputs.some((input) => failed.touches(input))).map((each) => each.diagnostic);
}

/** `path` inside `prefix`: `period` inside `previous` is `previous.period`; the whole file is `previous` itself. */
export function under(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path === '' ? prefix : `${prefix}.${path}`;
}

/**
 * The fields the errors among `diagnostics` are about, inside `prefix`. An unknown field is
 * not among them: no check reads it, and a misspelt required field is reported missing too.
 */
export function failedFields(diagnostics: readonly Diagnostic[], prefix = ''): string[] {
  return diagnostics.filter((d) => d.severity === 'error' && d.code !== CODES.unknownKey.code).map((d) => under(prefix, d.field ?? ''));
}
