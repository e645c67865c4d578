// What one cell of an exported sheet holds. Scores are exact decimal text in tongbao, and
// a spreadsheet cell is a binary float: a score goes into a number cell only when the digits
// Excel (15 significant digits) and tongbao's reader show for that float are the digits
// typed, so 27.5 stays a number to sum and sort, and 27.50 or 0.1234567890123456 stay text.

import type { Exact } from '../model/figures.js';
import type { DecimalText } from '../model/records.js';
import { decimalText, roundHalfUp } from '../format/decimal.js';

/** The most significant digits Excel shows of a number. */
const EXCEL_SIGNIFICANT_DIGITS = 15;

export type CellValue = string | number;

/** A decimal as a number cell when that number reads back as the same digits, else as text. */
export function decimalCell(text: DecimalText): CellValue {
  const number = Number(text);
  const significant = text.replace(/^-?[0.]*/, '').replace('.', '').length;
  return String(number) === text && significant <= EXCEL_SIGNIFICANT_DIGITS ? number : text;
}

/** The largest power of ten a computed score may need: sums of typed decimals never come near it. */
const MAX_PLACES = 30;

/**
 * An exact value as decimal text, every digit of it: a sum of typed decimals is always a
 * finite decimal; anything else (a third) is a bug here, not a rounding to hide.
 */
export function exactDecimalText(value: Exact): DecimalText {
  for (let places = 0; places <= MAX_PLACES; places += 1) {
    if ((10n ** BigInt(places)) % value.den === 0n) return decimalText(roundHalfUp(value, places), { trimZeros: true });
  }
  throw new RangeError(`export: ${value.num}/${value.den} is no finite decimal`);
}
