// The chain of earlier quarters a quarter links to through `previous`, nearest first. It ends
// at a quarter with no `previous`, or at published figures, which link to nothing earlier.

import type { Period, PublishedFigures, QuarterRecords } from '../model/records.js';
import { isPublishedFigures } from '../model/records.js';

export type EarlierQuarter = QuarterRecords | PublishedFigures;

export function earlierQuarters(records: QuarterRecords): EarlierQuarter[] {
  const chain: EarlierQuarter[] = [];
  for (let quarter = records.previous; quarter; quarter = isPublishedFigures(quarter) ? undefined : quarter.previous) {
    chain.push(quarter);
  }
  return chain;
}

/** The same quarter a year before, when the chain reaches it (each link is the quarter before). */
export function sameQuarterLastYear(period: Period, chain: readonly EarlierQuarter[]): EarlierQuarter | undefined {
  const candidate = chain[3];
  return candidate && candidate.period.year === period.year - 1 && candidate.period.quarter === period.quarter ? candidate : undefined;
}
