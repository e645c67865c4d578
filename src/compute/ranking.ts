// Rankings as notices print them: highest first, equal values share a rank (并列第3), and
// the rank after a tie skips (1, 1, 3) unless the issuer ranks densely (1, 1, 2).

import type { Exact, Ranked } from '../model/figures.js';
import { compare, equals } from './exact.js';
import { withFields } from './lazy.js';

export function ranked<T extends object>(options: { items: readonly T[]; valueOf: (item: T) => Exact; dense: boolean }): Array<T & Ranked> {
  const { items, valueOf, dense } = options;
  // sort is stable: equal values keep the order of the records
  const sorted = [...items].sort((a, b) => compare(valueOf(b), valueOf(a)));
  const sameValue = (i: number, j: number): boolean => {
    const [a, b] = [sorted[i], sorted[j]];
    return a !== undefined && b !== undefined && equals(valueOf(a), valueOf(b));
  };
  let rank = 0;
  return sorted.map((item, index) => {
    if (!sameValue(index, index - 1)) rank = dense ? rank + 1 : index + 1;
    return withFields(item, { rank, tied: sameValue(index, index - 1) || sameValue(index, index + 1) });
  });
}
