// Helpers for Chinese wording: dates, periods, numerals, lists, classifiers.

import type { HelperOptions } from 'handlebars';
import type { Period } from '../../model/records.js';
import { chineseNumeral, formatDate, formatDateRange, joinList, periodLabel, quarterName, quotedList } from '../../format/chinese.js';
import { TemplateUsageError } from './usage-error.js';

function requireText(value: unknown, helper: string, options: HelperOptions): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new TemplateUsageError(`{{${helper}}} 需要一个日期或文字，得到的是 ${value === undefined ? '不存在的数据' : JSON.stringify(value)}`, options);
}

function requireList(value: unknown, helper: string, options: HelperOptions): unknown[] {
  if (Array.isArray(value)) return value;
  throw new TemplateUsageError(`{{${helper}}} 需要一个列表`, options);
}

/** Picks `field` of each item when given, else the items themselves, as text. */
function pluck(items: unknown[], field: unknown): string[] {
  return items.map((item) => String(typeof field === 'string' && item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : item));
}

export function textHelpers(classifiers: Readonly<Record<string, string>>) {
  return {
    /** {{date date}} → 2025年10月15日 */
    date: (value: unknown, options: HelperOptions) => formatDate(requireText(value, 'date', options)),
    /** {{dateRange window.start window.end}} → 2025年7月1日至9月20日 */
    dateRange: (start: unknown, end: unknown, options: HelperOptions) =>
      formatDateRange(requireText(start, 'dateRange', options), requireText(end, 'dateRange', options)),
    /** {{period period}} → 2025年第三季度 */
    period: (value: Period) => periodLabel(value),
    /** {{quarter period}} → 第三季度 */
    quarter: (value: Period) => quarterName(value.quarter),
    /** {{numeral 4}} → 四 */
    numeral: (value: number) => chineseNumeral(value),
    /** {{join websites.failingUnits "name"}} → a、b、c */
    join: (items: unknown, ...rest: unknown[]) => {
      const options = rest.pop() as HelperOptions;
      return joinList(pluck(requireList(items, 'join', options), rest[0]));
    },
    /** {{quoted accounts.failingUnits "name"}} → “a”“b” */
    quoted: (items: unknown, ...rest: unknown[]) => {
      const options = rest.pop() as HelperOptions;
      return quotedList(pluck(requireList(items, 'quoted', options), rest[0]));
    },
    /** {{cls "website"}} → 家: the issuer's classifier */
    cls: (kind: string, options: HelperOptions) => {
      const word = classifiers[kind];
      if (word === undefined) throw new TemplateUsageError(`{{cls}} 不认识“${kind}”，可用：${Object.keys(classifiers).join('、')}`, options);
      return word;
    },
    /** {{inc @index}} → 1-based numbering for table rows */
    inc: (value: number) => value + 1,
  };
}

export const listHelpers = {
  /** {{#each (first websites.lowestItemIndices 6)}}: the first n items (图2: the lowest six) */
  first: (items: unknown, count: unknown, options: HelperOptions) => {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new TemplateUsageError('{{first}} 的第二个参数要写个数，如 6', options);
    return requireList(items, 'first', options).slice(0, count);
  },
};

/** Comparisons for {{#if}}: Handlebars has none built in. */
export const logicHelpers = {
  eq: (a: unknown, b: unknown) => a === b,
  gt: (a: number, b: number) => a > b,
  and: (a: unknown, b: unknown) => Boolean(a) && Boolean(b),
  or: (a: unknown, b: unknown) => Boolean(a) || Boolean(b),
  not: (a: unknown) => !a,
};
