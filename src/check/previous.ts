// The quarters a notice compares with: `previous` must name the immediately preceding
// quarter, `yearAgo` the same quarter a year before — and only when the chain of previous
// quarters does not reach it already; figures typed from a published notice must agree with
// themselves (published.ts).

import { CODES, diagnose } from '../diagnostics/codes.js';
import { periodLabel } from '../format/chinese.js';
import { fieldAt } from '../load/located.js';
import { isPublishedFigures } from '../model/records.js';
import type { Period, PublishedFigures, QuarterRecords } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';
import { checkPublished } from './published.js';

function quarterBefore({ year, quarter }: Period): Period {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Period['quarter'] };
}

const samePeriod = (a: Period, b: Period): boolean => a.year === b.year && a.quarter === b.quarter;

export function checkPrevious({ records, places, keyPlaces }: CheckInput): Finding[] {
  const { previous } = records;
  if (!previous) return [];
  const findings: Finding[] = [];
  const published = isPublishedFigures(previous);
  const expected = quarterBefore(records.period);
  if (!samePeriod(previous.period, expected)) {
    const path = published ? 'previous.published.period' : 'previous';
    const diagnostic = diagnose(CODES.previousNotQuarterBefore, { expected: periodLabel(expected), found: periodLabel(previous.period) }, fieldAt(places, path));
    // a previous quarter file is compared by its own period, which must have been read
    findings.push(finding(diagnostic, ['period', 'previous.period']));
  }
  if (!published) return findings;
  return [...findings, ...checkPublished({ figures: previous, path: 'previous.published', whose: '上季度', places, keyPlaces, issuer: records.issuer })];
}

/** The quarter of the chain four steps back, where the records of a year before would be. */
function fourthBack(records: QuarterRecords): QuarterRecords | PublishedFigures | undefined {
  let quarter: QuarterRecords | PublishedFigures | undefined = records;
  for (let step = 0; step < 4 && quarter && !isPublishedFigures(quarter); step++) quarter = quarter.previous;
  return quarter;
}

export function checkYearAgo({ records, places, keyPlaces }: CheckInput): Finding[] {
  const { yearAgo } = records;
  if (!yearAgo) return [];
  const expected = { year: records.period.year - 1, quarter: records.period.quarter };
  if (!samePeriod(yearAgo.period, expected)) {
    const args = { expected: periodLabel(expected), found: periodLabel(yearAgo.period) };
    return [finding(diagnose(CODES.yearAgoNotSameQuarter, args, fieldAt(places, 'yearAgo.published.period')), ['period'])];
  }
  const chained = fourthBack(records);
  if (chained && samePeriod(chained.period, expected)) {
    return [finding(diagnose(CODES.yearAgoInChain, { period: periodLabel(expected) }, fieldAt(places, 'yearAgo')), ['previous'])];
  }
  return checkPublished({ figures: yearAgo, path: 'yearAgo.published', whose: '去年同期', places, keyPlaces, issuer: records.issuer });
}
