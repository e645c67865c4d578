// Dates as ISO calendar dates (2025-10-15), the checking window and each message count's
// period in order, and the rectification deadline after the notice's own date.

import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { fieldAt } from '../load/located.js';
import type { IsoDate } from '../model/records.js';
import type { CheckInput } from './index.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form: 2025-02-30 is not one. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkDates({ records, places }: CheckInput): Diagnostic[] {
  const ranges: Array<[string, { start: IsoDate; end: IsoDate } | undefined]> = [
    ['window', records.window],
    ...records.messages.map((message, index): [string, typeof message.window] => [`messages[${index}].window`, message.window]),
  ];
  const fields: Array<[string, IsoDate | undefined]> = [
    ['date', records.date],
    ...ranges.flatMap(([path, range]): Array<[string, IsoDate | undefined]> => [
      [`${path}.start`, range?.start],
      [`${path}.end`, range?.end],
    ]),
    ['monitoringPoint', records.monitoringPoint],
    ['deadline', records.deadline],
    ['printDate', records.printDate],
  ];
  const diagnostics: Diagnostic[] = [];
  const valid = new Set<string>();
  for (const [path, value] of fields) {
    if (!value) continue;
    if (isIsoDate(value)) valid.add(path);
    else diagnostics.push(diagnose(CODES.invalidDate, { text: value }, fieldAt(places, path)));
  }
  for (const [path, range] of ranges) {
    // ISO dates of equal length compare as text in calendar order.
    if (range && valid.has(`${path}.start`) && valid.has(`${path}.end`) && range.start > range.end) {
      diagnostics.push(diagnose(CODES.windowReversed, range, fieldAt(places, `${path}.start`)));
    }
  }
  if (valid.has('date') && valid.has('deadline') && records.deadline <= records.date) {
    diagnostics.push(diagnose(CODES.deadlineNotAfterDate, { deadline: records.deadline, date: records.date }, fieldAt(places, 'deadline')));
  }
  return diagnostics;
}
