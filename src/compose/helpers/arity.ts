// What each helper takes, so that {{stat}} without its statistic or {{change a}} with one of
// its two says which arguments are missing, instead of failing somewhere inside the helper.

import type { HelperOptions } from 'handlebars';
import { countNumeral } from '../../format/chinese.js';
import { TemplateUsageError } from './usage-error.js';

interface Signature {
  /** the arguments, as office staff would name them */
  readonly takes: readonly string[];
  /** arguments that may follow them */
  readonly optional?: readonly string[];
  /** any number of further arguments like the last one */
  readonly more?: true;
  readonly example: string;
}

const COMPARISON = { takes: ['本期的统计项', '上期的统计项'], example: '{{change websites.passRate previous.websites.passRate}}' };
const TWO_VALUES = (name: string) => ({ takes: ['第一个值', '第二个值'], example: `{{#if (${name} websites.failing 0)}}` });
const CONDITION = (name: string) => ({ takes: ['列表或统计项', '项的名称', '比较方式', '值'], example: `(${name} websites.by.region "passRate" "<" 95)` });
const OF_LIST = (name: string, field: string) => ({ takes: ['列表', '项的名称'], example: `(${name} websites.by.region "${field}")` });

export const SIGNATURES: Readonly<Record<string, Signature>> = {
  stat: { takes: ['统计项'], example: '{{stat websites.passRate}}' },
  change: COMPARISON,
  direction: { ...COMPARISON, example: '{{direction websites.passRate previous.websites.passRate}}' },
  growth: { takes: ['本期的个数', '上期的个数'], example: '{{growth line.count line.previous.count}}' },
  countChange: { takes: ['本期的个数', '上期的个数'], optional: ['量词'], example: '{{countChange websites.running previous.websites.running "家"}}' },
  countNumeral: { takes: ['个数'], example: '{{countNumeral streak.quarters}}' },
  rank: { takes: ['排名里的一项'], example: '{{rank this}}' },
  date: { takes: ['日期'], example: '{{date date}}' },
  dateRange: { takes: ['开始日期', '结束日期'], example: '{{dateRange window.start window.end}}' },
  period: { takes: ['季度'], example: '{{period period}}' },
  quarter: { takes: ['季度'], example: '{{quarter period}}' },
  numeral: { takes: ['数'], example: '{{numeral 4}}' },
  join: { takes: ['列表'], optional: ['字段名'], example: '{{join websites.failingUnits "name"}}' },
  quoted: { takes: ['列表'], optional: ['字段名'], example: '{{quoted accounts.failingUnits "name"}}' },
  cls: { takes: ['单位类别（website、account 或 message）'], example: '{{cls "website"}}' },
  inc: { takes: ['序号'], example: '{{inc @index}}' },
  markdown: { takes: ['人工撰写的段落'], example: '{{markdown narrative.problems}}' },
  chart: { takes: ['统计项'], example: '{{#chart websites.groupIndices kind="bar"}}图的标题{{/chart}}' },
  table: { takes: ['列表'], example: '{{#table websites.failingUnits}}{{#column "网站名称"}}{{name}}{{/column}}{{/table}}' },
  column: { takes: ['表头'], example: '{{#column "网站名称"}}{{name}}{{/column}}' },
  first: { takes: ['列表', '个数'], example: '{{#each (first websites.lowestItemIndices 6)}}' },
  where: CONDITION('where'),
  streak: { ...CONDITION('streak'), example: '{{streak this "passRate" "=" 100}}' },
  groupBy: { takes: ['列表', '分组依据的名称'], example: '(groupBy accounts.failingUnits "platform")' },
  rankBy: OF_LIST('rankBy', 'passRate'),
  highest: OF_LIST('highest', 'averageScore'),
  lowest: OF_LIST('lowest', 'averageScore'),
  sum: OF_LIST('sum', 'running'),
  share: { takes: ['部分', '整体'], example: '{{stat (share accounts.failing accounts.checked)}}' },
  eq: TWO_VALUES('eq'),
  ne: TWO_VALUES('ne'),
  gt: TWO_VALUES('gt'),
  gte: TWO_VALUES('gte'),
  lt: TWO_VALUES('lt'),
  lte: TWO_VALUES('lte'),
  and: { takes: ['第一个条件', '第二个条件'], optional: ['更多条件'], more: true, example: '{{#if (and previous websites.averageScore)}}' },
  or: { takes: ['第一个条件', '第二个条件'], optional: ['更多条件'], more: true, example: '{{#if (or websites.rectification accounts.rectification)}}' },
  not: { takes: ['条件'], example: '{{#if (not websites.fullCoverage)}}' },
};

/** 两个参数; a template never passes ten */
const count = (n: number) => countNumeral(n, 10);

/** The helper, refusing a call with too few or too many arguments before it runs. */
export function checkingArity(name: string, helper: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const signature = SIGNATURES[name];
  if (!signature) return helper;
  const most = signature.more ? Infinity : signature.takes.length + (signature.optional?.length ?? 0);
  return function (this: unknown, ...args: unknown[]) {
    // Handlebars passes its options last, after the arguments the template wrote
    const options = args.at(-1) as HelperOptions | undefined;
    const given = args.length - 1;
    if (given < signature.takes.length || given > most) {
      const wanted = `${count(signature.takes.length)}个参数（${signature.takes.join('、')}）${signature.optional ? `，可再加${signature.optional.join('、')}` : ''}`;
      throw new TemplateUsageError(`{{${name}}} 需要${wanted}，这里写了${count(given)}个`, options, `写成 ${signature.example}`);
    }
    return helper.apply(this, args);
  };
}
