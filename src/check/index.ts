// The consistency checks of one quarter's records, run after decoding: each returns its
// findings, pinned through the field-path map to where the office typed the value. Those that
// read a field which failed to decode are dropped (see input.ts), and so are those that read
// a field an earlier check found wrong: a window in the wrong year is not reported again as
// a monitoring point outside it. The order below is the order of blame.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkDeadline, checkMonitoringPoint, checkNoticeDate, checkWindow } from './dates.js';
import { checkFacts } from './facts.js';
import { checkFailingOnly, checkMessages, checkRectification } from './follow-ups.js';
import { FailedIndex, failedFields, standing } from './input.js';
import type { CheckInput, Finding } from './input.js';
import { checkPrevious, checkYearAgo } from './previous.js';
import { checkScores } from './scores.js';
import { checkNarrativeSections } from './sections.js';
import { checkDuplicateRecords, checkUnits } from './units.js';

const CHECKS: ReadonlyArray<(input: CheckInput) => Finding[]> = [
  checkUnits,
  checkDuplicateRecords,
  checkScores,
  checkFailingOnly,
  checkFacts,
  checkWindow,
  checkMonitoringPoint,
  checkNoticeDate,
  checkDeadline,
  checkMessages,
  checkPrevious,
  checkYearAgo,
  checkRectification,
  checkNarrativeSections,
];

export function checkQuarter(input: CheckInput): Diagnostic[] {
  const reported: Diagnostic[] = [];
  const failed = new FailedIndex(input.failed);
  for (const check of CHECKS) {
    const diagnostics = standing(check(input), failed);
    reported.push(...diagnostics);
    failed.add(failedFields(diagnostics));
  }
  return reported;
}
