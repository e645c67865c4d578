// Every rate and share of a notice is one count over another. With nothing to divide by
// (a pass rate when nothing was checked) the rate does not apply: it is null, never 0%,
// and a template that prints it without asking {{#if}} first fails with a Chinese message.

import type { Stat, StatKind } from '../model/figures.js';
import { ratio } from './exact.js';

export function ratioStat(kind: StatKind, part: number, whole: number): Stat | null {
  return whole === 0 ? null : { kind, value: ratio(part, whole) };
}
