import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratio } from '../../../src/compute/exact.js';
import { decimalText, roundAvoidingBounds, roundHalfUp, subtractDecimals } from '../../../src/format/decimal.js';

describe('decimal printing', () => {
  it('rounds half away from zero on both signs', () => {
    expect(roundHalfUp(ratio(5, 100), 1)).toEqual({ units: 1n, places: 1 });
    expect(roundHalfUp(ratio(-5, 100), 1)).toEqual({ units: -1n, places: 1 });
    expect(roundHalfUp(ratio(-4, 100), 1)).toEqual({ units: 0n, places: 1 });
    expect(() => roundHalfUp(ratio(1, 3), -1)).toThrow(RangeError);
  });

  it('matches an independent half-up for any sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 3 }), (p, q, places) => {
        const scale = 10n ** BigInt(places);
        const magnitude = (2n * BigInt(Math.abs(p)) * scale + BigInt(q)) / (2n * BigInt(q));
        expect(roundHalfUp(ratio(p, q), places).units).toBe(p < 0 ? -magnitude : magnitude);
      }),
    );
  });

  it('adds places only while the value would print as a bound it is not', () => {
    const bounds = [ratio(0, 1), ratio(1, 1)];
    expect(roundAvoidingBounds(ratio(9996, 10000), 2, bounds)).toEqual({ units: 9996n, places: 4 });
    expect(roundAvoidingBounds(ratio(1, 1), 2, bounds)).toEqual({ units: 100n, places: 2 });
    expect(roundAvoidingBounds(ratio(1, 1000), 1, bounds)).toEqual({ units: 1n, places: 3 });
  });

  it('prints ASCII digits, trimming zeros on request', () => {
    expect(decimalText({ units: 8750n, places: 2 }, { trimZeros: true })).toBe('87.5');
    expect(decimalText({ units: 9000n, places: 2 }, { trimZeros: true })).toBe('90');
    expect(decimalText({ units: 80n, places: 2 }, { trimZeros: false })).toBe('0.80');
    expect(decimalText({ units: -5n, places: 3 }, { trimZeros: false })).toBe('-0.005');
    expect(decimalText({ units: 0n, places: 2 }, { trimZeros: false })).toBe('0');
  });

  it('subtracts at the finer precision', () => {
    expect(subtractDecimals({ units: 9995n, places: 2 }, { units: 957n, places: 1 })).toEqual({ units: 425n, places: 2 });
  });
});
