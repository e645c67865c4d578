// Chinese forms of numbers, periods, dates and name lists as 公文 print them.

import type { IsoDate, Period } from '../model/records.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const POWERS = ['', '十', '百', '千'];
const LARGEST_NUMERAL = 9999;

/**
 * 0 → 零, 4 → 四, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十.
 * Only for small counts (heading ordinals, 连续四个季度): integers 0–9999.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > LARGEST_NUMERAL) {
    throw new RangeError(`chineseNumeral: ${n} is not an integer from 0 to ${LARGEST_NUMERAL}`);
  }
  if (n === 0) return DIGITS[0]!;
  const digits = String(n).split('').map(Number);
  let text = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const power = digits.length - 1 - index;
    if (digit === 0) {
      pendingZero = text !== '';
      return;
    }
    if (pendingZero) text += DIGITS[0];
    pendingZero = false;
    // 十一 not 一十一 at the head; 一百一十 keeps the 一 inside a larger number
    const spokenDigit = digit === 1 && power === 1 && text === '' ? '' : DIGITS[digit];
    text += `${spokenDigit}${POWERS[power]}`;
  });
  return text;
}

/** Before a classifier 2 is 两 (两个季度, 两家); otherwise as chineseNumeral (十二个). */
export function classifierNumeral(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}

/**
 * A count before a classifier as the issuer prints it: Chinese below `arabicFrom`
 * (两个季度, 四个季度), Arabic digits from there on (12个季度).
 */
export function countNumeral(n: number, arabicFrom: number): string {
  return n >= arabicFrom ? String(n) : classifierNumeral(n);
}

/** A place in a ranking: 第三, or 并列第三 when another entry shares it; Arabic from `arabicFrom`. */
export function rankLabel(place: { rank: number; tied: boolean }, arabicFrom: number): string {
  const ordinal = place.rank >= arabicFrom ? String(place.rank) : chineseNumeral(place.rank);
  return `${place.tied ? '并列' : ''}第${ordinal}`;
}

/** 3 → 第三季度 */
export function quarterName(quarter: Period['quarter']): string {
  return `第${chineseNumeral(quarter)}季度`;
}

/** {2025, 3} → 2025年第三季度 */
export function periodLabel(period: Period): string {
  return `${period.year}年${quarterName(period.quarter)}`;
}

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(date: IsoDate): CalendarDate {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year === undefined || month === undefined || day === undefined || !isRealDate({ year, month, day })) {
    throw new RangeError(`“${date}” is not a calendar date in the form 2025-10-15`);
  }
  return { year, month, day };
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  const asUtc = new Date(Date.UTC(year, month - 1, day));
  return asUtc.getUTCFullYear() === year && asUtc.getUTCMonth() === month - 1 && asUtc.getUTCDate() === day;
}

/** How much of a date to print: the year can go where the text already names it (截至8月30日). */
export interface DateForm {
  /** print the year; true by default */
  readonly year?: boolean;
}

/** '2025-10-05' → 2025年10月5日 (no leading zeros); without the year, 10月5日 */
export function formatDate(date: IsoDate, form: DateForm = {}): string {
  const { year, month, day } = parseIsoDate(date);
  return `${form.year === false ? '' : `${year}年`}${month}月${day}日`;
}

export interface DateRangeForm extends DateForm {
  /** 至 by default; some notices use - or — */
  readonly separator?: string;
  /** repeat the month on the second date when both share it (9月3日至9月18日); false by default (9月3日至18日) */
  readonly repeatMonth?: boolean;
}

/**
 * 2025年7月1日至9月20日: the second date drops what it shares with the first — the year
 * always, the month too unless `repeatMonth` (2025年9月3日至18日).
 */
export function formatDateRange(start: IsoDate, end: IsoDate, form: DateRangeForm = {}): string {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month === to.month && !form.repeatMonth;
  const endText = !sameYear ? formatDate(end) : sameMonth ? `${to.day}日` : `${to.month}月${to.day}日`;
  return `${formatDate(start, form)}${form.separator ?? '至'}${endText}`;
}

/** ['a', 'b', 'c'] → a、b、c */
export function joinList(items: readonly string[]): string {
  return items.join('、');
}

/** ['a', 'b'] → “a”“b” (names in a run, as notices list accounts) */
export function quotedList(items: readonly string[]): string {
  return items.map((item) => `“${item}”`).join('');
}
