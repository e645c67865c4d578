// Helpers that ask questions of lists (groups, units, rankings): filter by a condition, for
// one or several quarters in a row, group, rank, find the most and least, add up, and
// compare a statistic with a number. The answers are computed by compute/query.ts; these
// only read the template's arguments and say in Chinese, at the template's line, what is
// wrong with them.

import type { HelperOptions } from 'handlebars';
import type { PrecisionConfig } from '../../model/records.js';
import { QueryError, comparisonOf, compareValues, extremeBy, groupBy, rankBy, satisfies, shareOf, streakOf, totalOf, where, type Comparison, type Condition } from '../../compute/query.js';
import { TemplateUsageError } from './usage-error.js';

export interface ListSettings {
  readonly precision: PrecisionConfig;
  readonly denseRanking: boolean;
}

/** The arguments a template gave a helper: Handlebars passes its options object last. */
function split(args: unknown[]): { given: unknown[]; options: HelperOptions } {
  return { given: args.slice(0, -1), options: args.at(-1) as HelperOptions };
}

export function requireList(value: unknown, helper: string, options: HelperOptions): readonly unknown[] {
  if (Array.isArray(value)) return value;
  const found = value === null || value === undefined ? '空值（这一季度没有这项数据，先用 {{#if}} 判断）' : '不是列表的值';
  throw new TemplateUsageError(`{{${helper}}} 的第一个参数要是一个列表（如 websites.by.region、websites.units），得到的是${found}`, options);
}

function requireField(value: unknown, helper: string, options: HelperOptions): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new TemplateUsageError(`{{${helper}}} 要用加引号的名称指出比较哪一项，如 "passRate"、"previous.finalScore"`, options);
}

/** Runs a question, turning what the data cannot answer into a template error at the helper's place. */
function answer<T>(options: HelperOptions, ask: () => T): T {
  try {
    return ask();
  } catch (error) {
    if (error instanceof QueryError) throw new TemplateUsageError(error.message, options);
    throw error;
  }
}

/** (where list "passRate" "<" 95) — the field, the comparison, the value. */
function conditionOf(helper: string, given: unknown[], options: HelperOptions): Condition {
  const [, field, comparison, value] = given;
  if (given.length !== 4) {
    throw new TemplateUsageError(`{{${helper}}} 写成 (${helper} 列表 "项" "比较" 值)，如 (${helper} websites.by.region "passRate" "<" 95)`, options);
  }
  return { field: requireField(field, helper, options), comparison: answer(options, () => comparisonOf(comparison)), value };
}

function quartersOf(options: HelperOptions): number {
  const quarters: unknown = options.hash?.quarters ?? 1;
  if (typeof quarters === 'number' && Number.isInteger(quarters) && quarters >= 1) return quarters;
  throw new TemplateUsageError(`quarters= 要写季度数（1、2、3…），得到的是“${String(quarters)}”`, options);
}

/** Comparisons for {{#if}} that also read statistics as printed: (lt websites.passRate 95). */
function comparing(comparison: Comparison, precision: PrecisionConfig) {
  return (a: unknown, b: unknown, options: HelperOptions): boolean => {
    const order = compareValues(a, b, precision);
    if (order === undefined) {
      throw new TemplateUsageError(`比较的两个值要都是数字（或统计项），或都是文字；得到的是“${describe(a)}”和“${describe(b)}”`, options);
    }
    return satisfies(order, comparison);
  };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return '空值（这一季度没有这项数据，先用 {{#if}} 判断）';
  return typeof value === 'object' ? '一组数据' : String(value);
}

export function listHelpers(settings: ListSettings) {
  const { precision, denseRanking } = settings;
  return {
    /** {{#each (first websites.lowestItemIndices 6)}}: the first n items (图2: the lowest six) */
    first: (items: unknown, count: unknown, options: HelperOptions) => {
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new TemplateUsageError('{{first}} 的第二个参数要写个数，如 6', options);
      return requireList(items, 'first', options).slice(0, count);
    },
    /** (where websites.by.region "passRate" "<" 95) · (where websites.by.region "passRate" "=" 100 quarters=3) */
    where: (...args: unknown[]) => {
      const { given, options } = split(args);
      const list = requireList(given[0], 'where', options);
      const condition = conditionOf('where', given, options);
      return answer(options, () => where(list, condition, precision, quartersOf(options)));
    },
    /** {{streak this "passRate" "=" 100}} → for how many quarters in a row, this one included */
    streak: (...args: unknown[]) => {
      const { given, options } = split(args);
      const condition = conditionOf('streak', given, options);
      return answer(options, () => streakOf(given[0], condition, precision));
    },
    /** {{#each (groupBy accounts.failingUnits "platform")}}{{name}}{{count}}个：{{#each items}}…{{/each}}{{/each}} */
    groupBy: (items: unknown, field: unknown, options: HelperOptions) =>
      answer(options, () => groupBy(requireList(items, 'groupBy', options), requireField(field, 'groupBy', options))),
    /** (rankBy websites.by.region "passRate") → highest first, each with rank and tied; order="asc" for lowest first */
    rankBy: (items: unknown, field: unknown, options: HelperOptions) => {
      const order: unknown = options.hash?.order ?? 'desc';
      if (order !== 'asc' && order !== 'desc') throw new TemplateUsageError('{{rankBy}} 的 order 只能是 "desc"（从高到低，默认）或 "asc"（从低到高）', options);
      const list = requireList(items, 'rankBy', options) as readonly object[];
      return answer(options, () => rankBy(list, requireField(field, 'rankBy', options), { ascending: order === 'asc', dense: denseRanking }));
    },
    /** (highest websites.scoredUnits "bonus") → { value, items }: every unit holding the most */
    highest: (items: unknown, field: unknown, options: HelperOptions) =>
      answer(options, () => extremeBy(requireList(items, 'highest', options), requireField(field, 'highest', options), true)),
    lowest: (items: unknown, field: unknown, options: HelperOptions) =>
      answer(options, () => extremeBy(requireList(items, 'lowest', options), requireField(field, 'lowest', options), false)),
    /** {{stat (share accounts.failing accounts.checked)}} → 占比; counts or the office's own amounts */
    share: (part: unknown, whole: unknown, options: HelperOptions) => answer(options, () => shareOf(part, whole)),
    /** {{sum messages "received"}} → the total over the list */
    sum: (items: unknown, field: unknown, options: HelperOptions) =>
      answer(options, () => totalOf(requireList(items, 'sum', options), requireField(field, 'sum', options))),
    /** (eq a b): numbers and statistics as printed, anything else as it is */
    eq: (a: unknown, b: unknown) => {
      const order = compareValues(a, b, precision);
      return order === undefined ? a === b : order === 0;
    },
    lt: comparing('<', precision),
    lte: comparing('<=', precision),
    gt: comparing('>', precision),
    gte: comparing('>=', precision),
    ne: comparing('!=', precision),
  };
}
