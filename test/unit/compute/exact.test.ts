import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ONE,
  ZERO,
  add,
  compare,
  div,
  equals,
  fromDecimal,
  fromInteger,
  isDecimalText,
  isZero,
  mul,
  ratio,
  sub,
  sum,
} from '../../../src/compute/exact.js';
import type { Exact } from '../../../src/model/figures.js';

const exactArbitrary: fc.Arbitrary<Exact> = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
  .map(([num, den]) => ratio(num, den));

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b);
}

describe('exact rationals', () => {
  it('parses decimal text exactly', () => {
    expect(fromDecimal('27.5')).toEqual({ num: 55n, den: 2n });
    expect(fromDecimal('-3')).toEqual({ num: -3n, den: 1n });
    expect(fromDecimal('0.25')).toEqual({ num: 1n, den: 4n });
    expect(fromDecimal('0.1')).toEqual({ num: 1n, den: 10n });
    expect(fromDecimal('-0.0')).toEqual(ZERO);
    expect(fromDecimal('007.50')).toEqual({ num: 15n, den: 2n });
  });

  it('rejects text that is not a plain decimal', () => {
    for (const bad of ['', '1e3', '.5', '5.', '1,5', ' 1', '+1', '0x10', 'NaN']) {
      expect(isDecimalText(bad), bad).toBe(false);
      expect(() => fromDecimal(bad), bad).toThrow(RangeError);
    }
  });

  it('adds decimals without binary rounding: 0.1 + 0.2 is 0.3', () => {
    expect(equals(add(fromDecimal('0.1'), fromDecimal('0.2')), fromDecimal('0.3'))).toBe(true);
  });

  it('normalises: positive denominator, lowest terms', () => {
    expect(ratio(6, -4)).toEqual({ num: -3n, den: 2n });
    expect(ratio(0, -7)).toEqual(ZERO);
    fc.assert(
      fc.property(exactArbitrary, exactArbitrary, (a, b) => {
        for (const result of [add(a, b), sub(a, b), mul(a, b)]) {
          expect(result.den > 0n).toBe(true);
          expect(gcd(result.num, result.den)).toBe(1n);
        }
      }),
    );
  });

  it('obeys field laws', () => {
    fc.assert(
      fc.property(exactArbitrary, exactArbitrary, exactArbitrary, (a, b, c) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(mul(a, add(b, c))).toEqual(add(mul(a, b), mul(a, c)));
        expect(sub(add(a, b), b)).toEqual(a);
        if (!isZero(b)) expect(mul(div(a, b), b)).toEqual(a);
      }),
    );
  });

  it('compares by value', () => {
    expect(compare(ratio(1, 3), ratio(33, 100))).toBe(1);
    expect(compare(ratio(-1, 2), ZERO)).toBe(-1);
    expect(compare(ratio(2, 4), ratio(1, 2))).toBe(0);
    expect(equals({ num: 2n, den: 4n }, ratio(1, 2))).toBe(true);
    expect(equals(ratio(1, 3), ratio(1, 2))).toBe(false);
    fc.assert(
      fc.property(exactArbitrary, exactArbitrary, (a, b) => {
        expect(compare(a, b)).toBe(-compare(b, a));
        expect(compare(sub(a, b), ZERO)).toBe(compare(a, b));
      }),
    );
  });

  it('sums a list to the pairwise sum, reduced, whatever the mix of denominators', () => {
    // scores share a few small denominators; the common-denominator sum must not depend on their order
    const scoreArbitrary = fc.tuple(fc.bigInt({ min: -1000n, max: 1000n }), fc.constantFrom(1n, 2n, 4n, 5n, 10n, 3n, 7n)).map(([num, den]) => ratio(num, den));
    fc.assert(
      fc.property(fc.array(fc.oneof(scoreArbitrary, exactArbitrary), { maxLength: 40 }), (values) => {
        const pairwise = values.reduce(add, ZERO);
        expect(sum(values)).toEqual(pairwise);
        expect(gcd(sum(values).num, sum(values).den)).toBe(1n);
      }),
    );
  });

  it('compares values of one denominator, hand-built ones too', () => {
    expect(compare({ num: 3n, den: 4n }, { num: 2n, den: 4n })).toBe(1);
    expect(compare({ num: 1n, den: -2n }, { num: 2n, den: -2n })).toBe(1);
    expect(compare({ num: -2n, den: 4n }, { num: -2n, den: 4n })).toBe(0);
  });

  it('sums lists and refuses division by zero', () => {
    expect(sum([])).toEqual(ZERO);
    expect(sum([ONE, ratio(1, 2), ratio(1, 2)])).toEqual(fromInteger(2));
    expect(() => div(ONE, ZERO)).toThrow(RangeError);
    expect(() => ratio(1, 0)).toThrow(RangeError);
    expect(() => fromInteger(0.5)).toThrow(RangeError);
  });
});
