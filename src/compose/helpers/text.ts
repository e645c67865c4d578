// Helpers for Chinese wording: dates, periods, numerals, lists, classifiers.

import type { HelperOptions } from 'handlebars';
import type { Period } from '../../model/records.js';
import { chineseNumeral, formatDate, formatDateRange, joinList, periodLabel, quarterName, quotedList, type DateForm, type DateRangeForm } from '../../format/chinese.js';
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

function dateForm(options: HelperOptions): DateForm {
  const year: unknown = options.hash?.year;
  if (year !== undefined && typeof year !== 'boolean') throw new TemplateUsageError('year= 只能写 true 或 false（不加引号）', options);
  return year === undefined ? {} : { year };
}

function dateRangeForm(options: HelperOptions): DateRangeForm {
  const { separator, repeatMonth } = (options.hash ?? {}) as Record<string, unknown>;
  if (separator !== undefined && typeof separator !== 'string') throw new TemplateUsageError('separator= 要写加引号的符号，如 separator="—"', options);
  if (repeatMonth !== undefined && typeof repeatMonth !== 'boolean') throw new TemplateUsageError('repeatMonth= 只能写 true 或 false（不加引号）', options);
  return { ...dateForm(options), ...(separator === undefined ? {} : { separator }), ...(repeatMonth === undefined ? {} : { repeatMonth }) };
}

export function textHelpers(classifiers: Readonly<Record<string, string>>) {
  return {
    /** {{date date}} → 2025年10月15日; {{date window.end year=false}} → 9月20日 (截至9月20日) */
    date: (value: unknown, options: HelperOptions) => formatDate(requireText(value, 'date', options), dateForm(options)),
    /**
     * {{dateRange window.start window.end}} → 2025年7月1日至9月20日, 2025年9月3日至18日;
     * year=false drops the year, repeatMonth=true keeps 9月3日至9月18日, separator="—" replaces 至.
     */
    dateRange: (start: unknown, end: unknown, options: HelperOptions) =>
      formatDateRange(requireText(start, 'dateRange', options), requireText(end, 'dateRange', options), dateRangeForm(options)),
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

/** The arguments a template gave a helper: Handlebars passes its options object last. */
const givenArguments = (args: unknown[]): unknown[] => args.slice(0, -1);

/** Logic for {{#if}}: Handlebars has none built in. `and` and `or` take any number of values; comparisons are in lists.ts. */
export const logicHelpers = {
  and: (...args: unknown[]) => givenArguments(args).every(Boolean),
  or: (...args: unknown[]) => givenArguments(args).some(Boolean),
  not: (a: unknown) => !a,
};
