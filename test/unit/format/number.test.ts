import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDecimal, ratio, sub } from '../../../src/compute/exact.js';
import { printChange, printGrowth, printStat } from '../../../src/format/number.js';
import type { Stat, StatKind } from '../../../src/model/figures.js';
import type { PrecisionConfig } from '../../../src/model/records.js';

const ONE_PLACE: PrecisionConfig = { passRate: 1, samplingRatio: 1, share: 1, completionRate: 1, growth: 1, score: 2, scoreChange: 2, index: 2, amount: 2 };

function precisionWith(places: Partial<PrecisionConfig>): PrecisionConfig {
  return { ...ONE_PLACE, ...places };
}

function stat(kind: StatKind, numerator: number, denominator = 1): Stat {
  return { kind, value: ratio(numerator, denominator) };
}

function decimalStat(kind: StatKind, text: string): Stat {
  return { kind, value: fromDecimal(text) };
}

/** Independent half-up of p/q ×100 at `places`, for non-negative p and positive q: floor((2·p·100·10^d + q) / 2q). */
function percentUnits(p: bigint, q: bigint, places: number): bigint {
  return (2n * p * 100n * 10n ** BigInt(places) + q) / (2n * q);
}

/** "91.15%" → { units: 9115n, places: 2 }: reads the printed digits back. */
function readPrinted(text: string): { units: bigint; places: number } {
  const [whole = '', fraction = ''] = text.replace(/%$/, '').split('.');
  return { units: BigInt(whole + fraction), places: fraction.length };
}

describe('printStat: seed facts', () => {
  it('prints rates half-up at the issuer precision', () => {
    expect(printStat(stat('passRate', 267, 279), ONE_PLACE)).toBe('95.7%');
    expect(printStat(stat('samplingRatio', 210, 577), ONE_PLACE)).toBe('36.4%');
    expect(printStat(stat('samplingRatio', 274, 897), ONE_PLACE)).toBe('30.5%');
    expect(printStat(stat('passRate', 339 - 30, 339), precisionWith({ passRate: 2 }))).toBe('91.15%');
    expect(printStat(stat('passRate', 323, 339), precisionWith({ passRate: 2 }))).toBe('95.28%');
    expect(printStat(stat('share', 52, 126), precisionWith({ share: 0 }))).toBe('41%');
  });

  it('drops trailing zeros: exactly 170/200 at 2 places is 85%', () => {
    expect(printStat(stat('passRate', 170, 200), precisionWith({ passRate: 2 }))).toBe('85%');
    expect(printStat(stat('passRate', 1, 1), precisionWith({ passRate: 2 }))).toBe('100%');
    expect(printStat(stat('passRate', 0, 5), precisionWith({ passRate: 2 }))).toBe('0%');
  });

  it('rounds half up, not to even and not by truncation', () => {
    expect(printStat(stat('share', 1, 8), precisionWith({ share: 0 }))).toBe('13%');
    expect(printStat(stat('share', 3, 8), precisionWith({ share: 0 }))).toBe('38%');
    expect(printStat(decimalStat('score', '0.125'), ONE_PLACE)).toBe('0.13');
    expect(printStat(decimalStat('scoreChange', '-1.25'), precisionWith({ scoreChange: 1 }))).toBe('-1.3');
  });

  it('never prints 100% for a rate below 100, nor 0% for one above 0', () => {
    expect(printStat(stat('passRate', 1999, 2000), ONE_PLACE)).toBe('99.95%');
    expect(printStat(stat('passRate', 1999, 2000), precisionWith({ passRate: 0 }))).toBe('99.95%');
    expect(printStat(stat('passRate', 999, 1000), precisionWith({ passRate: 0 }))).toBe('99.9%');
    expect(printStat(stat('samplingRatio', 1, 2000), ONE_PLACE)).toBe('0.1%');
    expect(printStat(stat('samplingRatio', 1, 3000), ONE_PLACE)).toBe('0.03%');
    expect(printStat(stat('share', 1, 300000), precisionWith({ share: 0 }))).toBe('0.0003%');
  });

  it('prints scores without trailing zeros and indices at fixed places, zero as 0', () => {
    expect(printStat(decimalStat('score', '87.50'), ONE_PLACE)).toBe('87.5');
    expect(printStat(decimalStat('score', '90.00'), ONE_PLACE)).toBe('90');
    expect(printStat(stat('score', 2377, 30), ONE_PLACE)).toBe('79.23');
    expect(printStat(stat('index', 87, 100), ONE_PLACE)).toBe('0.87');
    expect(printStat(stat('index', 4, 5), ONE_PLACE)).toBe('0.80');
    expect(printStat(stat('index', 0), ONE_PLACE)).toBe('0');
    expect(printStat(stat('index', 1, 1000), ONE_PLACE)).toBe('0.001');
  });
});

describe('printChange and printGrowth: seed facts', () => {
  it('gives rate changes in 个百分点 from the printed values', () => {
    const precision = precisionWith({ passRate: 2 });
    expect(printChange(stat('passRate', 170, 200), stat('passRate', 309, 339), precision)).toEqual({
      direction: 'down',
      amount: '6.15',
      unit: '个百分点',
    });
    // 33.49% and 33.51% both print as 33.5%: the change the reader can check is none
    expect(printChange(stat('passRate', 3349, 10000), stat('passRate', 3351, 10000), ONE_PLACE)).toEqual({
      direction: 'same',
      amount: '0',
      unit: '个百分点',
    });
  });

  it('gives score changes in 分 and index changes without unit, with 基本持平 below a threshold', () => {
    expect(printChange(decimalStat('score', '79.2'), decimalStat('score', '77.48'), ONE_PLACE)).toEqual({
      direction: 'up',
      amount: '1.72',
      unit: '分',
    });
    const flat = { flatThreshold: '0.02' };
    expect(printChange(stat('index', 82, 100), stat('index', 81, 100), ONE_PLACE, flat)).toEqual({
      direction: 'about-same',
      amount: '0.01',
      unit: '',
    });
    expect(printChange(stat('index', 84, 100), stat('index', 82, 100), ONE_PLACE, flat).direction).toBe('up');
    expect(printChange(stat('index', 87, 100), stat('index', 87, 100), ONE_PLACE, flat).direction).toBe('same');
  });

  it('refuses to compare statistics of different kinds', () => {
    expect(() => printChange(stat('passRate', 1, 2), stat('share', 1, 2), ONE_PLACE)).toThrow(/passRate/);
  });

  it('takes growth over the earlier value: 44 → 76 is 72.7%', () => {
    expect(printGrowth(76, 44, 1)).toEqual({ direction: 'up', amount: '72.7', unit: '%' });
    expect(printGrowth(44, 76, 1)).toEqual({ direction: 'down', amount: '42.1', unit: '%' });
    expect(printGrowth(5, 5, 1)).toEqual({ direction: 'same', amount: '0', unit: '%' });
    expect(printGrowth(20001, 20000, 1)).toEqual({ direction: 'up', amount: '0.01', unit: '%' });
    expect(printGrowth(40001, 40000, 1)).toEqual({ direction: 'up', amount: '0.003', unit: '%' });
    expect(printGrowth(3, 0, 1)).toBeUndefined();
  });
});

const placesArbitrary = fc.integer({ min: 0, max: 2 });
/** Checked and passing counts, biased towards the edges where the 0% / 100% guard acts. */
const countsArbitrary = fc.integer({ min: 1, max: 100000 }).chain((checked) =>
  fc.record({
    checked: fc.constant(checked),
    passing: fc.oneof(
      fc.integer({ min: 0, max: checked }),
      fc.integer({ min: Math.max(0, checked - 2), max: checked }),
      fc.integer({ min: 0, max: Math.min(2, checked) }),
    ),
  }),
);

describe('printStat: completion rates', () => {
  it('prints 办结率 and 整改完成率 at their own precision, never a false 100%', () => {
    expect(printStat(stat('completionRate', 129, 129), ONE_PLACE)).toBe('100%');
    expect(printStat(stat('completionRate', 128, 129), precisionWith({ completionRate: 0 }))).toBe('99%');
    expect(printStat(stat('completionRate', 2599, 2600), precisionWith({ completionRate: 1 }))).toBe('99.96%');
  });
});

describe('printStat and printChange: properties', () => {
  it('prints the half-up rounding of the exact ratio, adding places only to avoid a false 0% or 100%', () => {
    fc.assert(
      fc.property(countsArbitrary, placesArbitrary, ({ checked, passing }, places) => {
        const printed = printStat(stat('passRate', passing, checked), precisionWith({ passRate: places }));
        expect(printed).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?%$/);
        if (passing < checked) expect(printed).not.toBe('100%');
        if (passing > 0) expect(printed).not.toBe('0%');
        const p = BigInt(passing);
        const q = BigInt(checked);
        let usedPlaces = places;
        const falselyOnBound = (units: bigint, d: number): boolean =>
          (units === 0n && p !== 0n) || (units === 100n * 10n ** BigInt(d) && p !== q);
        while (falselyOnBound(percentUnits(p, q, usedPlaces), usedPlaces)) usedPlaces += 1;
        const { units, places: printedPlaces } = readPrinted(printed);
        expect(printedPlaces).toBeLessThanOrEqual(usedPlaces);
        expect(units * 10n ** BigInt(usedPlaces - printedPlaces)).toBe(percentUnits(p, q, usedPlaces));
      }),
    );
  });

  it('prints a change equal to printed(current) − printed(previous)', () => {
    fc.assert(
      fc.property(countsArbitrary, countsArbitrary, placesArbitrary, (current, previous, places) => {
        const precision = precisionWith({ passRate: places });
        const now = stat('passRate', current.passing, current.checked);
        const before = stat('passRate', previous.passing, previous.checked);
        const change = printChange(now, before, precision);
        const difference = sub(fromDecimal(printStat(now, precision).slice(0, -1)), fromDecimal(printStat(before, precision).slice(0, -1)));
        const signed = { up: 1n, down: -1n, same: 1n, 'about-same': 1n }[change.direction];
        const amount = fromDecimal(change.amount);
        expect({ num: amount.num * signed, den: amount.den }).toEqual(difference);
        expect(change.direction === 'same').toBe(difference.num === 0n);
        expect(change.unit).toBe('个百分点');
      }),
    );
  });
});

describe('printGrowth: properties', () => {
  it('divides by the earlier count, rounds half up, and never prints 0 for a real change', () => {
    const count = fc.integer({ min: 0, max: 5000 });
    fc.assert(
      fc.property(count, count.filter((n) => n > 0), placesArbitrary, (current, earlier, places) => {
        const growth = printGrowth(current, earlier, places)!;
        expect(growth.direction).toBe(current > earlier ? 'up' : current < earlier ? 'down' : 'same');
        const { units, places: printed } = readPrinted(growth.amount);
        const used = Math.max(printed, places);
        // |Δ| ÷ earlier × 100, half up at the places printed (or the configured ones, zeros dropped)
        expect(units * 10n ** BigInt(used - printed)).toBe(percentUnits(BigInt(Math.abs(current - earlier)), BigInt(earlier), used));
        if (current !== earlier) expect(units).not.toBe(0n);
      }),
    );
  });
});
