// Questions templates ask of lists of figures — groups or units — by any measure: which
// are below a line (合格率不足95%的区), for how many quarters in a row a condition held
// (连续三个季度合格率达100%), how they rank, which hold the most, what they add up to,
// how they fall into groups. The list helpers of compose call these; the answers are
// figures, so they are computed here.
//
// A statistic is compared as it is printed (with the issuer's decimal places): a rate that
// prints as 95% is not "below 95%", whatever its next digit, so the text never contradicts
// itself. Numbers on the printed scale: 95 for a rate means 95%.

import type { Exact, Extreme, Ranked, Stat } from '../model/figures.js';
import type { PrecisionConfig } from '../model/records.js';
import { nearestName } from '../load/nearest-name.js';
import { decimalValue } from '../format/decimal.js';
import { isPercentKind, printedDecimal } from '../format/number.js';
import { add, compare, div, fromDecimal, fromInteger, isDecimalText } from './exact.js';
import { defineLazy, withFields } from './lazy.js';
import { ranked } from './ranking.js';
import { extremeOf } from './scores.js';

/** A question the data cannot answer as asked: said in Chinese, for the template's author. */
export class QueryError extends Error {}

export type Comparison = '<' | '<=' | '>' | '>=' | '=' | '!=';

const COMPARISONS: Readonly<Record<string, Comparison>> = {
  '<': '<',
  lt: '<',
  '<=': '<=',
  lte: '<=',
  '>': '>',
  gt: '>',
  '>=': '>=',
  gte: '>=',
  '=': '=',
  '==': '=',
  eq: '=',
  '!=': '!=',
  ne: '!=',
};

export function comparisonOf(text: unknown): Comparison {
  const comparison = typeof text === 'string' ? COMPARISONS[text] : undefined;
  if (!comparison) throw new QueryError(`比较方式“${String(text)}”不对，可用：< <= > >= = !=（或 lt lte gt gte eq ne）`);
  return comparison;
}

const isStat = (value: unknown): value is Stat =>
  typeof value === 'object' && value !== null && 'kind' in value && 'value' in value && typeof (value as Stat).value === 'object';

/** A value on the scale it is printed on, as an exact number; undefined when it is not a number at all. */
function printedNumber(value: unknown, precision: PrecisionConfig): Exact | undefined {
  if (isStat(value)) return decimalValue(printedDecimal(value, precision));
  if (typeof value === 'number' && Number.isFinite(value)) return isDecimalText(String(value)) ? fromDecimal(String(value)) : undefined;
  if (typeof value === 'string' && isDecimalText(value)) return fromDecimal(value);
  return undefined;
}

/** −1, 0, 1 for two numbers or statistics as printed, or for two texts; undefined when they cannot be compared. */
export function compareValues(a: unknown, b: unknown, precision: PrecisionConfig): -1 | 0 | 1 | undefined {
  const [x, y] = [printedNumber(a, precision), printedNumber(b, precision)];
  if (x && y) return compare(x, y);
  if (typeof a === 'string' && typeof b === 'string') return a === b ? 0 : a < b ? -1 : 1;
  return undefined;
}

export function satisfies(order: -1 | 0 | 1, comparison: Comparison): boolean {
  switch (comparison) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

/** The value at a dotted path of an item (`passRate`, `previous.finalScore`, `facts.发布信息.sum`); null passes through. */
export function fieldValue(item: unknown, path: string): unknown {
  let value = item;
  for (const name of path.split('.')) {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object' || !(name in value)) {
      const available = typeof value === 'object' ? Object.keys(value) : [];
      const suggestion = nearestName(name, available);
      throw new QueryError(`列表里的项没有“${name}”${suggestion ? `，是否想写“${suggestion}”？` : available.length > 0 ? `，可用：${available.join('、')}` : ''}`);
    }
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

export interface Condition {
  readonly field: string;
  readonly comparison: Comparison;
  readonly value: unknown;
}

/** Whether an item meets the condition now; a value that does not apply (null) meets none. */
export function meets(item: unknown, condition: Condition, precision: PrecisionConfig): boolean {
  const value = fieldValue(item, condition.field);
  if (value === null || value === undefined) return false;
  const order = compareValues(value, condition.value, precision);
  if (order === undefined) throw new QueryError(`“${condition.field}”的值不能和“${String(condition.value)}”比较：要比较的应都是数字（或统计项），或都是文字`);
  return satisfies(order, condition.comparison);
}

/** The same item a quarter before (a group, a unit, a place in a ranking); null when it has none. */
const earlierOf = <T>(value: T): T | null => (value as { previous?: T | null }).previous ?? null;

/** For how many quarters in a row, this one included, the item (walking `previous`) met the condition. */
export function streakOf(item: unknown, condition: Condition, precision: PrecisionConfig, enough = Infinity): number {
  if (!meets(item, condition, precision)) return 0;
  let quarters = 1;
  // an earlier quarter that does not have what is compared (a unit of a ranking, before it was ranked) ends the streak
  for (let current = earlierOf(item); quarters < enough && current && hasField(current, condition.field) && meets(current, condition, precision); current = earlierOf(current)) {
    quarters++;
  }
  return quarters;
}

/** Whether `item` has the first name of a dotted path. */
function hasField(item: unknown, path: string): boolean {
  return typeof item === 'object' && item !== null && path.split('.')[0]! in item;
}

/** The items meeting the condition in each of the last `quarters` quarters (1: now only, whatever came before). */
export function where<T>(items: readonly T[], condition: Condition, precision: PrecisionConfig, quarters = 1): T[] {
  return items.filter((item) => streakOf(item, condition, precision, quarters) >= quarters);
}

/**
 * The items falling into each value of a field, in first-seen order. A field holding a list
 * (a unit's veto items) puts the item into the group of each value, as a breakdown by reason
 * counts a unit under each reason it failed on.
 */
export function groupBy<T>(items: readonly T[], field: string): Array<{ name: string; count: number; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = fieldValue(item, field);
    const keys = Array.isArray(value) ? [...new Set(value.map(String))] : [String(value ?? '')];
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups].map(([name, members]) => ({ name, count: members.length, items: members }));
}

/** The value of `field` as a statistic, counts as amounts; null when the item has none. */
function statAt(item: unknown, field: string): Stat | null {
  const value = fieldValue(item, field);
  if (value === null || value === undefined) return null;
  if (isStat(value)) return value;
  if (typeof value === 'number') return { kind: 'amount', value: fromInteger(value) };
  throw new QueryError(`“${field}”不是数字或统计项，不能用来排名或找最大、最小`);
}

/** A place in a ranking by some measure, counted from the top and from the bottom (排名居后). */
export interface RankedByMeasure extends Ranked {
  /** the place counted from the lowest, ties sharing it */
  readonly lastRank: number;
}

/**
 * Items with a value of `field`, ranked (highest first unless `ascending`), ties sharing a
 * rank; each also knows its place from the bottom. An item that has an earlier quarter (a
 * group, a unit) gets as `previous` its place in the same ranking of the earlier quarter, so
 * `where … quarters=2` reads "ranked last two quarters in a row".
 */
export function rankBy<T extends object>(items: readonly T[], field: string, options: { ascending: boolean; dense: boolean }): Array<T & RankedByMeasure> {
  return [...placesOf(items, field, options).values()];
}

type RankOptions = { readonly ascending: boolean; readonly dense: boolean };

/** Each item with a value of `field` → the item placed in the ranking, in ranking order. */
function placesOf<T extends object>(items: readonly T[], field: string, options: RankOptions): Map<T, T & RankedByMeasure> {
  const entries = items.filter((item) => statAt(item, field) !== null).map((item) => ({ item }));
  const signed = (sign: bigint) => (entry: { item: T }) => {
    const { value } = statAt(entry.item, field)!;
    return { num: sign * value.num, den: value.den };
  };
  const highestFirst = options.ascending ? -1n : 1n;
  const fromBottom = new Map(ranked({ items: entries, valueOf: signed(-highestFirst), dense: options.dense }).map((entry) => [entry.item, entry.rank]));
  // the same ranking a quarter before, made when a template first asks for it: of the same
  // list then when the list knows it (every group or unit then, not only those listed now), else
  // of the listed items' own earlier quarters
  let earlierPlaces: Map<T, T & RankedByMeasure> | undefined;
  const earlierPlace = (item: T) => {
    const before = earlierOf(item);
    const earlierList = earlierOf(items) ?? items.map(earlierOf).filter((value): value is T => value !== null);
    earlierPlaces ??= placesOf(earlierList, field, options);
    return before ? (earlierPlaces.get(before) ?? null) : null;
  };
  const places = new Map<T, T & RankedByMeasure>();
  for (const { item, rank, tied } of ranked({ items: entries, valueOf: signed(highestFirst), dense: options.dense })) {
    const placed = withFields(item, { rank, tied, lastRank: fromBottom.get(item)! });
    places.set(item, 'previous' in item ? defineLazy(placed, { previous: () => earlierPlace(item) }, { hidden: true }) : placed);
  }
  return places;
}

/** The items holding the most (or least) of `field`, every one of them when tied. */
export function extremeBy<T>(items: readonly T[], field: string, most: boolean): Extreme<T> | null {
  return extremeOf(items, (item) => statAt(item, field), most);
}

/** The sum of `field` over the items: a count for counts, a statistic of the same kind for statistics. */
export function totalOf(items: readonly unknown[], field: string): number | Stat | null {
  const given = items.map((item) => fieldValue(item, field)).filter((value) => value !== null && value !== undefined);
  if (given.length === 0) return null;
  if (given.every((value) => typeof value === 'number')) return (given as number[]).reduce((a, b) => a + b, 0);
  // settings hold points as the digits typed (30, 27.5): they add up as amounts
  const values = given.map((value) => (typeof value === 'string' && isDecimalText(value) ? ({ kind: 'amount', value: fromDecimal(value) } satisfies Stat) : value));
  const stats = values.filter(isStat);
  if (stats.length !== values.length) throw new QueryError(`“${field}”不是数字或统计项，不能求和`);
  if (stats.some((stat) => isPercentKind(stat.kind))) throw new QueryError(`“${field}”是比率，比率相加没有意义；请对个数求和后再看比率`);
  return { kind: stats[0]!.kind, value: stats.map((stat) => stat.value).reduce(add) };
}

/** A count or an amount (a statistic of kind amount) as an exact number; undefined for anything else. */
function quantityOf(value: unknown): Exact | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return fromInteger(value);
  return isStat(value) && value.kind === 'amount' ? value.value : undefined;
}

/** part ÷ whole as a share (占比, 满意率): counts or amounts; null when the whole is zero, as every ratio. */
export function shareOf(part: unknown, whole: unknown): Stat | null {
  const [numerator, denominator] = [quantityOf(part), quantityOf(whole)];
  if (!numerator || !denominator) throw new QueryError('占比的两个值要是个数或自己的统计数（不是比率或得分）');
  return denominator.num === 0n ? null : { kind: 'share', value: div(numerator, denominator) };
}
