// Exact rationals over bigint. Every figure of a notice goes through here, so a printed
// rate is the half-up rounding of the true ratio and never of a binary float near it.
// Values are always normalised: the denominator is positive and shares no factor with the
// numerator, so two equal values have equal fields.

import type { Exact } from '../model/figures.js';
import type { DecimalText } from '../model/records.js';

export const ZERO: Exact = { num: 0n, den: 1n };
export const ONE: Exact = { num: 1n, den: 1n };

/** A decimal as the office types it: optional minus sign, digits, optional fraction. */
const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function normalised(num: bigint, den: bigint): Exact {
  if (den === 0n) throw new RangeError('exact: division by zero');
  const sign = den < 0n ? -1n : 1n;
  const divisor = greatestCommonDivisor(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`exact: ${value} is not a safe integer`);
  return BigInt(value);
}

export function fromInteger(value: number | bigint): Exact {
  return { num: toBigInt(value), den: 1n };
}

/** numerator ÷ denominator of two integers (counts); throws on a zero denominator. */
export function ratio(numerator: number | bigint, denominator: number | bigint): Exact {
  return normalised(toBigInt(numerator), toBigInt(denominator));
}

export function isDecimalText(text: string): boolean {
  return DECIMAL_TEXT.test(text);
}

/**
 * Decimals already read, as values are never changed: a country's score sheets repeat the same
 * few points hundreds of thousands of times. Bounded, for a long-running preview.
 */
const readDecimals = new Map<string, Exact>();
const MAX_READ_DECIMALS = 4096;

/** '27.5' → 55/2. The check stage validates the text; a malformed one here is a bug. */
export function fromDecimal(text: DecimalText): Exact {
  const known = readDecimals.get(text);
  if (known) return known;
  const match = DECIMAL_TEXT.exec(text);
  if (!match) throw new RangeError(`exact: “${text}” is not a decimal number`);
  const [, minus = '', whole = '', fraction = ''] = match;
  const digits = BigInt(whole + fraction);
  const value = normalised(minus ? -digits : digits, 10n ** BigInt(fraction.length));
  if (readDecimals.size >= MAX_READ_DECIMALS) readDecimals.clear();
  readDecimals.set(text, value);
  return value;
}

export function add(a: Exact, b: Exact): Exact {
  return normalised(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Exact, b: Exact): Exact {
  return normalised(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Exact, b: Exact): Exact {
  return normalised(a.num * b.num, a.den * b.den);
}

/** a ÷ b; throws RangeError when b is zero. */
export function div(a: Exact, b: Exact): Exact {
  return normalised(a.num * b.den, a.den * b.num);
}

export function negate(a: Exact): Exact {
  return { num: -a.num, den: a.den };
}

export function abs(a: Exact): Exact {
  return a.num < 0n ? negate(a) : a;
}

/**
 * Added over a common denominator and reduced once: adding pairwise reduces at every step
 * (a gcd of bigints each time), and a country's 15,000 scores share a few denominators
 * (whole points, halves, tenths), so the common one stays small.
 */
export function sum(values: readonly Exact[]): Exact {
  if (values.length === 0) return ZERO;
  let num = 0n;
  let den = 1n;
  for (const value of values) {
    if (den % value.den !== 0n) {
      const common = (den / greatestCommonDivisor(den, value.den)) * value.den;
      num *= common / den;
      den = common;
    }
    num += value.num * (den / value.den);
  }
  return normalised(num, den);
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Exact, b: Exact): -1 | 0 | 1 {
  // scores mostly share a denominator: then the numerators decide, with no products
  if (a.den === b.den && a.den > 0n) return a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function isZero(a: Exact): boolean {
  return a.num === 0n;
}

/** Value equality; compares cross products so a hand-built, unreduced value still matches. */
export function equals(a: Exact, b: Exact): boolean {
  return compare(a, b) === 0;
}
