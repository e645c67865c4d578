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

type Check = (input: CheckInput) => Finding[];

const CHECKS: readonly Check[] = [
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

/** The checks that read the quarters before (`previous`, and through it `yearAgo`'s chain). */
const CHAIN_CHECKS: ReadonlySet<Check> = new Set([checkPrevious, checkYearAgo, checkRectification]);

/** What the checks of a quarter's own records found, before the failed fields decide which stand. */
export type OwnFindings = ReadonlyMap<Check, Finding[]>;

/**
 * The findings of every check that reads nothing of the quarters before: they can be found
 * while the quarter before is still loading (in a thread of its own, see load/previous-thread.ts),
 * a country's unit checks among them. Which of them stand is only decided by checkQuarter.
 */
export function checkOwnRecords(input: Omit<CheckInput, 'failed'>): OwnFindings {
  // no check reads the failed fields: checkQuarter weighs the findings against them
  const unweighed: CheckInput = { ...input, failed: [] };
  const found = new Map<Check, Finding[]>();
  for (const check of CHECKS) if (!CHAIN_CHECKS.has(check)) found.set(check, check(unweighed));
  return found;
}

/** The quarter's diagnostics, in the order of blame; `own` holds what checkOwnRecords found. */
export function checkQuarter(input: CheckInput, own: OwnFindings): Diagnostic[] {
  const reported: Diagnostic[] = [];
  const failed = new FailedIndex(input.failed);
  for (const check of CHECKS) {
    const diagnostics = standing(own.get(check) ?? check(input), failed);
    reported.push(...diagnostics);
    failed.add(failedFields(diagnostics));
  }
  return reported;
}
