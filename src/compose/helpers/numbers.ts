// Helpers that print statistics. They format; they never compute a figure.

import type { HelperOptions } from 'handlebars';
import type { Stat } from '../../model/figures.js';
import type { PrecisionConfig } from '../../model/records.js';
import { printChange, printStat } from '../../format/number.js';
import { TemplateUsageError } from './usage-error.js';

function isStat(value: unknown): value is Stat {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

function requireStat(value: unknown, helper: string, options: HelperOptions): Stat {
  if (isStat(value)) return value;
  throw new TemplateUsageError(`{{${helper}}} 需要一个统计项，得到的是 ${value === undefined ? '不存在的数据' : JSON.stringify(value)}`, options);
}

const DIRECTION_WORDS = { up: '提高', down: '下降' } as const;

export function numberHelpers(precision: PrecisionConfig) {
  return {
    /** {{stat websites.passRate}} → 91.7% */
    stat(value: unknown, options: HelperOptions): string {
      return printStat(requireStat(value, 'stat', options), precision);
    },
    /** {{change websites.passRate previous.websites.passRate}} → 下降4.1个百分点 / 持平 */
    change(current: unknown, previous: unknown, options: HelperOptions): string {
      const change = printChange(requireStat(current, 'change', options), requireStat(previous, 'change', options), precision);
      if (change.direction === 'same') return '持平';
      if (change.direction === 'about-same') return '基本持平';
      return `${DIRECTION_WORDS[change.direction]}${change.amount}${change.unit}`;
    },
  };
}
