// The quarter after a quarter, and the name its file is given.

import type { Period } from '../model/records.js';

/** Q1–Q3 → the next quarter of the year; Q4 → Q1 of the next year. */
export function nextPeriod(period: Period): Period {
  return period.quarter === 4 ? { year: period.year + 1, quarter: 1 } : { year: period.year, quarter: (period.quarter + 1) as Period['quarter'] };
}

/** `2025-q4.yaml`: the name the README and the bundled example give a quarter's file. */
export function quarterFileName(period: Period): string {
  return `${period.year}-q${period.quarter}.yaml`;
}
