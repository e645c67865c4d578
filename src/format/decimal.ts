// Finite decimals as a notice prints them, and 四舍五入 from exact values to them.
// Kept as scaled bigints so a printed value can be compared and subtracted without
// re-reading its digits and without binary floating point.

import type { Exact } from '../model/figures.js';
import { compare, equals, ratio } from '../compute/exact.js';

/** units ÷ 10^places: 95.7 is { units: 957n, places: 1 }. */
export interface PrintedDecimal {
  readonly units: bigint;
  readonly places: number;
}

/** Half-up rounding (half away from zero for negatives, as 四舍五入 is taught). */
export function roundHalfUp(value: Exact, places: number): PrintedDecimal {
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`decimal places must be ≥ 0, got ${places}`);
  const scaled = value.num * 10n ** BigInt(places);
  const magnitude = scaled < 0n ? -scaled : scaled;
  const den = value.den < 0n ? -value.den : value.den;
  const quotient = magnitude / den;
  const rounded = 2n * (magnitude % den) >= den ? quotient + 1n : quotient;
  const negative = scaled < 0n !== value.den < 0n;
  return { units: negative ? -rounded : rounded, places };
}

/**
 * Rounds at `places`, adding places while the result would print one of `bounds` that the
 * value is not (a rate of 99.96% must not print as 100%, nor 0.01% as 0%). Terminates:
 * a value off a bound is eventually further from it than half a unit of the last place.
 */
export function roundAvoidingBounds(value: Exact, places: number, bounds: readonly Exact[]): PrintedDecimal {
  let rounded = roundHalfUp(value, places);
  const falselyOnBound = (): boolean =>
    bounds.some((bound) => !equals(value, bound) && equals(decimalValue(rounded), bound));
  while (falselyOnBound()) rounded = roundHalfUp(value, rounded.places + 1);
  return rounded;
}

export function decimalValue(decimal: PrintedDecimal): Exact {
  return ratio(decimal.units, 10n ** BigInt(decimal.places));
}

/** a − b, exactly, at the larger of the two precisions. */
export function subtractDecimals(a: PrintedDecimal, b: PrintedDecimal): PrintedDecimal {
  const places = Math.max(a.places, b.places);
  const scale = (d: PrintedDecimal): bigint => d.units * 10n ** BigInt(places - d.places);
  return { units: scale(a) - scale(b), places };
}

export function absDecimal(decimal: PrintedDecimal): PrintedDecimal {
  return decimal.units < 0n ? { units: -decimal.units, places: decimal.places } : decimal;
}

export function compareDecimalTo(decimal: PrintedDecimal, value: Exact): -1 | 0 | 1 {
  return compare(decimalValue(decimal), value);
}

/**
 * ASCII digits with a '.' and a '-' sign. `trimZeros` drops trailing fraction zeros
 * (87.50 → 87.5, 90.00 → 90); zero always prints as "0".
 */
export function decimalText(decimal: PrintedDecimal, options: { trimZeros: boolean }): string {
  if (decimal.units === 0n) return '0';
  const sign = decimal.units < 0n ? '-' : '';
  const digits = (decimal.units < 0n ? -decimal.units : decimal.units).toString().padStart(decimal.places + 1, '0');
  const whole = digits.slice(0, digits.length - decimal.places);
  const fraction = digits.slice(digits.length - decimal.places);
  const shownFraction = options.trimZeros ? fraction.replace(/0+$/, '') : fraction;
  return shownFraction ? `${sign}${whole}.${shownFraction}` : `${sign}${whole}`;
}
