// Printing statistics per notice-anatomy.md §4: half-up on the exact value, the issuer's
// decimal places per kind, trailing zeros dropped, and never a false 100% or 0%.
// Changes are differences of the PRINTED values, so "from a% to b%, up c个百分点" adds up.

import type { Exact, Stat, StatKind } from '../model/figures.js';
import { PERCENT_KINDS } from '../model/figures.js';
import type { DecimalText, PrecisionConfig } from '../model/records.js';
import { ONE, ZERO, abs, compare, div, fromDecimal, fromInteger, isZero, mul, sub } from '../compute/exact.js';
import { absDecimal, compareDecimalTo, decimalText, roundAvoidingBounds, subtractDecimals } from './decimal.js';
import type { PrintedDecimal } from './decimal.js';

const HUNDRED = fromInteger(100);

export type ChangeDirection = 'up' | 'down' | 'same' | 'about-same';

export interface PrintedChange {
  readonly direction: ChangeDirection;
  /** |Δ| as printed, without sign or unit */
  readonly amount: string;
  readonly unit: '个百分点' | '分' | '';
}

export interface PrintedGrowth {
  readonly direction: 'up' | 'down' | 'same';
  /** |growth| in percent, without sign, e.g. 72.7 */
  readonly amount: string;
  readonly unit: '%';
}

export function isPercentKind(kind: StatKind): boolean {
  return PERCENT_KINDS.includes(kind);
}

/**
 * Values a kind must not be rounded onto unless it is exactly there, on the printed scale:
 * a percent of 0 or 100 claims "none" or "all"; an index of 0 or 1 claims nothing or full marks.
 * Scores claim no such thing.
 */
function falseBoundsOf(kind: StatKind): readonly Exact[] {
  if (isPercentKind(kind)) return [ZERO, HUNDRED];
  if (kind === 'index') return [ZERO, ONE];
  return [];
}

/** The value on the printed scale: percent kinds ×100. */
function printedScale(stat: Stat): Exact {
  return isPercentKind(stat.kind) ? mul(stat.value, HUNDRED) : stat.value;
}

/** The stat as it will be printed, as a decimal: rounded, with extra places where the guard needs them. */
export function printedDecimal(stat: Stat, precision: PrecisionConfig): PrintedDecimal {
  return roundAvoidingBounds(printedScale(stat), precision[stat.kind], falseBoundsOf(stat.kind));
}

/** Digits only: scores and percents drop trailing zeros; indices keep their places (0.80), zero as "0". */
function digitsOf(kind: StatKind, decimal: PrintedDecimal): string {
  return decimalText(decimal, { trimZeros: kind !== 'index' });
}

/** 95.7% · 85% · 99.95% · 87.5 · 90 · 0.87 · 0 — the unit 分 is the template's. */
export function printStat(stat: Stat, precision: PrecisionConfig): string {
  const digits = digitsOf(stat.kind, printedDecimal(stat, precision));
  return isPercentKind(stat.kind) ? `${digits}%` : digits;
}

/** Rates change in 个百分点, scores in 分; an index or an amount of the office's own (条, 次) has its unit from the template. */
function changeUnitOf(kind: StatKind): PrintedChange['unit'] {
  if (isPercentKind(kind)) return '个百分点';
  return kind === 'score' || kind === 'scoreChange' ? '分' : '';
}

function thresholdValue(threshold: Exact | DecimalText): Exact {
  return typeof threshold === 'string' ? fromDecimal(threshold) : threshold;
}

/**
 * current − previous, taken from the two printed values. Percent kinds change in 个百分点.
 * `flatThreshold` (in the printed unit) turns a non-zero |Δ| strictly below it into 基本持平.
 */
export function printChange(
  current: Stat,
  previous: Stat,
  precision: PrecisionConfig,
  options: { flatThreshold?: Exact | DecimalText } = {},
): PrintedChange {
  if (current.kind !== previous.kind) {
    throw new Error(`printChange: cannot compare a ${current.kind} with a ${previous.kind}`);
  }
  const difference = subtractDecimals(printedDecimal(current, precision), printedDecimal(previous, precision));
  const magnitude = absDecimal(difference);
  const flat = options.flatThreshold === undefined ? ZERO : thresholdValue(options.flatThreshold);
  const direction: ChangeDirection =
    difference.units === 0n
      ? 'same'
      : compareDecimalTo(magnitude, flat) < 0
        ? 'about-same'
        : difference.units > 0n
          ? 'up'
          : 'down';
  return { direction, amount: digitsOf(current.kind, magnitude), unit: changeUnitOf(current.kind) };
}

/**
 * Growth of a count relative to the EARLIER value: (current − previous) ÷ previous, in percent
 * (44 → 76 is 72.7%). A non-zero growth never prints as 0. Undefined when previous is 0.
 */
export function printGrowth(current: number | Exact, previous: number | Exact, places: number): PrintedGrowth | undefined {
  const [now, before] = [current, previous].map((value) => (typeof value === 'number' ? fromInteger(value) : value)) as [Exact, Exact];
  if (isZero(before)) return undefined;
  const growth = mul(div(sub(now, before), before), HUNDRED);
  const magnitude = roundAvoidingBounds(abs(growth), places, [ZERO]);
  const direction = isZero(growth) ? 'same' : compare(growth, ZERO) > 0 ? 'up' : 'down';
  return { direction, amount: decimalText(magnitude, { trimZeros: true }), unit: '%' };
}
