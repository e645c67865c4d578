// Rankings with ties: equal values share a rank (并列), the next rank skips unless dense.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromInteger } from '../../../src/compute/exact.js';
import { ranked } from '../../../src/compute/ranking.js';

const entries = (values: readonly number[]) => values.map((value, index) => ({ name: `第${index}项`, value }));
const rank = (values: readonly number[], dense: boolean) =>
  ranked({ items: entries(values), valueOf: (entry) => fromInteger(entry.value), dense });

describe('ranked', () => {
  it('sorts highest first and lets ties share a rank, skipping the next', () => {
    expect(rank([90, 95, 90, 80], false).map(({ name, rank, tied }) => [name, rank, tied])).toEqual([
      ['第1项', 1, false],
      ['第0项', 2, true],
      ['第2项', 2, true],
      ['第3项', 4, false],
    ]);
  });

  it('does not skip when the issuer ranks densely', () => {
    expect(rank([90, 95, 90, 80], true).map((entry) => entry.rank)).toEqual([1, 2, 2, 3]);
  });

  it('keeps the records’ order among equal values', () => {
    expect(rank([7, 7, 7], false).map((entry) => [entry.name, entry.rank, entry.tied])).toEqual([
      ['第0项', 1, true],
      ['第1项', 1, true],
      ['第2项', 1, true],
    ]);
  });

  it('is consistent for any values: a rank counts the better values, ties are exactly the equal ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }), fc.boolean(), (values, dense) => {
        const result = rank(values, dense);
        expect(result.map((entry) => entry.name).sort()).toEqual(entries(values).map((entry) => entry.name).sort());
        for (const entry of result) {
          const better = values.filter((value) => value > entry.value);
          expect(entry.rank).toBe(1 + (dense ? new Set(better).size : better.length));
          expect(entry.tied).toBe(values.filter((value) => value === entry.value).length > 1);
        }
        expect(result.every((entry, i) => i === 0 || result[i - 1]!.value >= entry.value)).toBe(true);
      }),
    );
  });
});
