// Helpers that print statistics. They format; they never compute a figure: changes and
// growth come from the printed values and exact ratios of format/number.ts.

import type { HelperOptions } from 'handlebars';
import type { Stat, StatKind } from '../../model/figures.js';
import type { DecimalText, PrecisionConfig } from '../../model/records.js';
import { countNumeral, rankLabel } from '../../format/chinese.js';
import { printChange, printGrowth, printStat, type ChangeDirection } from '../../format/number.js';
import { TemplateUsageError } from './usage-error.js';

export interface NumberSettings {
  readonly precision: PrecisionConfig;
  /** per kind, a non-zero change below this is 基本持平 */
  readonly flatThresholds: Readonly<Partial<Record<StatKind, DecimalText>>>;
  readonly arabicNumeralsFrom: number;
}

function describe(value: unknown): string {
  if (value === undefined) return '不存在的数据';
  if (value === null) return '空值（这一季度没有这项数据，先用 {{#if}} 判断）';
  return typeof value === 'object' ? '一组数据' : JSON.stringify(value);
}

function isStat(value: unknown): value is Stat {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

function requireStat(value: unknown, helper: string, options: HelperOptions): Stat {
  if (isStat(value)) return value;
  throw new TemplateUsageError(`{{${helper}}} 需要一个统计项，得到的是${describe(value)}`, options);
}

function requireCount(value: unknown, helper: string, options: HelperOptions): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new TemplateUsageError(`{{${helper}}} 需要一个个数，得到的是${describe(value)}`, options);
}

/** A count, or an amount of the office's own (a fact's sum): what a growth is taken of. */
function requireQuantity(value: unknown, helper: string, options: HelperOptions): number | Stat['value'] {
  if (isStat(value) && value.kind === 'amount') return value.value;
  if (isStat(value)) throw new TemplateUsageError(`{{${helper}}} 比较的是个数或数量；比率、得分的变化用 {{change}}`, options);
  return requireCount(value, helper, options);
}

function requireRanked(value: unknown, options: HelperOptions): { rank: number; tied: boolean } {
  if (typeof value === 'object' && value !== null && 'rank' in value && 'tied' in value) return value as { rank: number; tied: boolean };
  throw new TemplateUsageError(`{{rank}} 需要排名里的一项（如 {{#each websites.ranking}} 里的 this），得到的是${describe(value)}`, options);
}

/**
 * The words for each direction; a template may change them by name, as notices vary:
 * {{change a b up="提升"}} · {{growth a b up="增加"}}.
 */
function wordsFor(direction: ChangeDirection, defaults: { up: string; down: string }, options: HelperOptions): string {
  const hash = (options.hash ?? {}) as Record<string, unknown>;
  const word = (key: string, fallback: string): string => (typeof hash[key] === 'string' ? (hash[key] as string) : fallback);
  if (direction === 'same') return word('same', '持平');
  if (direction === 'about-same') return word('aboutSame', '基本持平');
  return word(direction, defaults[direction]);
}

/**
 * The decimal places a helper prints with: the issuer's, or `places=` for this one figure —
 * a table quoting other issuers' figures with the decimals each of them printed.
 */
function precisionFor(stat: Stat, precision: PrecisionConfig, helper: string, options: HelperOptions): PrecisionConfig {
  const places: unknown = options.hash?.places;
  if (places === undefined || places === null) return precision;
  if (places !== 0 && places !== 1 && places !== 2) throw new TemplateUsageError(`{{${helper}}} 的 places 只能是 0、1、2，得到的是${describe(places)}`, options);
  return { ...precision, [stat.kind]: places };
}

export function numberHelpers(settings: NumberSettings) {
  const { precision, flatThresholds, arabicNumeralsFrom } = settings;
  /** A change is the difference of the two values as printed, so `places=` prints both with the same places. */
  const changeOf = (current: unknown, previous: unknown, helper: string, options: HelperOptions) => {
    const now = requireStat(current, helper, options);
    const flatThreshold = flatThresholds[now.kind];
    const places = precisionFor(now, precision, helper, options);
    return printChange(now, requireStat(previous, helper, options), places, flatThreshold === undefined ? {} : { flatThreshold });
  };
  return {
    /** {{stat websites.passRate}} → 91.7%; {{stat websites.passRate places=2}} → 91.67% */
    stat(value: unknown, options: HelperOptions): string {
      const stat = requireStat(value, 'stat', options);
      return printStat(stat, precisionFor(stat, precision, 'stat', options));
    },
    /**
     * {{change websites.passRate previous.websites.passRate}} → 下降4.1个百分点 / 持平 / 基本持平;
     * places= prints both values, and so the change, with those places
     */
    change(current: unknown, previous: unknown, options: HelperOptions): string {
      const change = changeOf(current, previous, 'change', options);
      const words = wordsFor(change.direction, { up: '提高', down: '下降' }, options);
      return change.direction === 'up' || change.direction === 'down' ? `${words}${change.amount}${change.unit}` : words;
    },
    /** {{direction a b}} → up / down / same / about-same, for sentences built differently (与上季度相同) */
    direction(current: unknown, previous: unknown, options: HelperOptions): ChangeDirection {
      return changeOf(current, previous, 'direction', options).direction;
    },
    /** {{growth line.count line.previous.count}} → 增长72.7% / 下降12.5% / 持平: over the EARLIER count (or amount) */
    growth(current: unknown, previous: unknown, options: HelperOptions): string {
      const earlier = requireQuantity(previous, 'growth', options);
      const growth = printGrowth(requireQuantity(current, 'growth', options), earlier, precision.growth);
      if (!growth) throw new TemplateUsageError('{{growth}} 的上一期为 0，增长率无从计算；先用 {{#if (gt 上一期 0)}} 判断', options);
      const words = wordsFor(growth.direction, { up: '增长', down: '下降' }, options);
      return growth.direction === 'same' ? words : `${words}${growth.amount}${growth.unit}`;
    },
    /** {{countChange a b "个"}} → 增加32个 / 减少3个 / 持平 */
    countChange(current: unknown, previous: unknown, ...rest: unknown[]): string {
      const options = rest.pop() as HelperOptions;
      const difference = requireCount(current, 'countChange', options) - requireCount(previous, 'countChange', options);
      const direction: ChangeDirection = difference === 0 ? 'same' : difference > 0 ? 'up' : 'down';
      const words = wordsFor(direction, { up: '增加', down: '减少' }, options);
      const classifier = typeof rest[0] === 'string' ? rest[0] : '';
      return difference === 0 ? words : `${words}${Math.abs(difference)}${classifier}`;
    },
    /** {{countNumeral 4}} → 四, {{countNumeral 2}} → 两, 12 → 12 (from the issuer's arabicNumeralsFrom) */
    countNumeral(value: unknown, options: HelperOptions): string {
      return countNumeral(requireCount(value, 'countNumeral', options), arabicNumeralsFrom);
    },
    /** {{rank this}} in a ranking → 第三 / 并列第三 */
    rank(value: unknown, options: HelperOptions): string {
      return rankLabel(requireRanked(value, options), arabicNumeralsFrom);
    },
  };
}
