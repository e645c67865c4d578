// Dates against each other: the checking window in the year of the quarter checked and not
// over before that quarter begins; the monitoring point inside the window; the notice dated
// after the checking ends and the rectification deadline after the notice. Every date was
// read as a calendar date (TB209) and every window first day first (TB210); ISO dates of one
// length compare as text in calendar order. A window or deadline the notice does not give is
// compared with nothing.

import { CODES, diagnose } from '../diagnostics/codes.js';
import { periodLabel } from '../format/chinese.js';
import { fieldAt, placeOf } from '../load/located.js';
import type { IsoDate, Period } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

/** The first day of a quarter: 2025-07-01 for the third. */
function quarterStart({ year, quarter }: Period): IsoDate {
  return `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
}

/**
 * A quarter's checking happens in its year: a window starting or ending in another year is a
 * slip in one of the two. (A fourth quarter's notice is dated in January, but its checking
 * ends in December, as in the seeds 001 and 004, so January is not allowed as the window's
 * end either.) Nor can the checking be over before the quarter begins.
 */
export function checkWindow({ records, places }: CheckInput): Finding[] {
  const { period, window } = records;
  if (!window) return [];
  const checked = periodLabel(period);
  const inputs = ['period', 'window'];
  const offYear = [window.start, window.end].filter((day) => !day.startsWith(`${period.year}-`));
  if (offYear.length > 0) {
    const problem = `里的 ${offYear.join(' 和 ')} 不在 ${period.year} 年，检查的是${checked}`;
    const where = { place: placeOf(places, window.start === offYear[0] ? 'window.start' : 'window.end'), field: 'window' };
    return [finding(diagnose(CODES.windowOutsidePeriod, { problem }, where), inputs)];
  }
  const begins = quarterStart(period);
  if (window.end >= begins) return [];
  const problem = `在${checked}开始（${begins}）之前就结束了（${window.end}）`;
  return [finding(diagnose(CODES.windowOutsidePeriod, { problem }, { place: placeOf(places, 'window.end'), field: 'window' }), inputs)];
}

export function checkMonitoringPoint({ records, places }: CheckInput): Finding[] {
  const { monitoringPoint: point, window } = records;
  if (point === undefined || !window || (window.start <= point && point <= window.end)) return [];
  const diagnostic = diagnose(CODES.monitoringPointOutsideWindow, { point, ...window }, fieldAt(places, 'monitoringPoint'));
  return [finding(diagnostic, ['window.start', 'window.end'])];
}

/** The notice reports a checking that has ended: it is dated after the window's last day. */
export function checkNoticeDate({ records, places }: CheckInput): Finding[] {
  const { date, window } = records;
  if (!window || date > window.end) return [];
  return [finding(diagnose(CODES.dateNotAfterWindow, { date, end: window.end }, fieldAt(places, 'date')), ['window.end'])];
}

export function checkDeadline({ records, places }: CheckInput): Finding[] {
  const { deadline, date } = records;
  if (deadline === undefined || deadline > date) return [];
  return [finding(diagnose(CODES.deadlineNotAfterDate, { deadline, date }, fieldAt(places, 'deadline')), ['date'])];
}
