// The consistency checks of one quarter's records, run after decoding: each returns its
// diagnostics, pinned through the field-path map to where the office typed the value.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FieldPlaces } from '../load/located.js';
import type { QuarterRecords } from '../model/records.js';
import { checkDates } from './dates.js';
import { checkMessages, checkRechecks, checkRectification } from './follow-ups.js';
import { checkPrevious } from './previous.js';
import { checkScores } from './scores.js';
import { checkUnits } from './units.js';

export interface CheckInput {
  readonly records: QuarterRecords;
  /** field path → place in the quarter file */
  readonly places: FieldPlaces;
}

export function checkQuarter(input: CheckInput): Diagnostic[] {
  return [
    ...checkUnits(input),
    ...checkScores(input),
    ...checkRechecks(input),
    ...checkDates(input),
    ...checkMessages(input),
    ...checkPrevious(input),
    ...checkRectification(input),
  ];
}
