// Last quarter's failing units, as the compute stage finds them (the very units the check of
// `rectification` asks about), written under the next quarter's `rectification` with empty
// lists: the office moves each id into the list its re-check put it in.

import { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Document } from 'yaml';
import { computeFigures } from '../compute/index.js';
import { periodLabel } from '../format/chinese.js';
import type { QuarterRecords } from '../model/records.js';
import { setInOrder } from './field-order.js';

export interface FailingUnit {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  /** 问题 as the notice printed it */
  readonly problem: string;
}

/** The lists a re-check puts a unit in (RectificationRecord), in the README's order. */
const RECTIFICATION_LISTS = ['fixed', 'stillFailing', 'notReported'] as const;

const WHAT_THE_LISTS_MEAN = ' 上季度通报的不合格网站和账号本季度复查的结果，按编号填写，每个不合格单位写进其中一项：\n   fixed 已按要求完成整改；stillFailing 复查仍不合格；notReported 逾期未报送整改情况。';

/** The websites, then the accounts, that failed in the quarter of `records`. */
export function failingUnitsOf(records: QuarterRecords): FailingUnit[] {
  const figures = computeFigures(records);
  return [...figures.websites.failingUnits, ...figures.accounts.failingUnits].map(({ id, name, owner, problem }) => ({ id, name, owner, problem }));
}

/**
 * An id as it can be copied into a YAML list: plain, or in double quotes when it holds what
 * a list would split or misread (an id made from a sheet's name and owner may hold a comma).
 */
export function listableId(id: string): string {
  return /^[^\s,[\]{}#&*!|>'"%@`:?-][^,[\]{}#]*$/.test(id) && !/:\s|\s$/.test(id) ? id : JSON.stringify(id);
}

/** One failing unit as the comment and the printed summary list it. */
export function failingUnitLine(unit: FailingUnit): string {
  return `${listableId(unit.id)}  ${unit.name}（${unit.owner}）：${unit.problem}`;
}

function unitLines(units: readonly FailingUnit[], latest: QuarterRecords): string {
  const heading = ` ${periodLabel(latest.period)}检查不合格的 ${units.length} 个单位（由 tongbao new 列出），复查后把编号移进下面的列表：`;
  return [heading, ...units.map((unit) => `   ${failingUnitLine(unit)}`)].join('\n');
}

/** The next quarter's `rectification`: empty lists under the failing units' list; none when nothing failed. */
export function writeRectification(options: { document: Document; units: readonly FailingUnit[]; latest: QuarterRecords }): void {
  const { document, units, latest } = options;
  if (units.length === 0) {
    document.delete('rectification');
    return;
  }
  const lists = new YAMLMap();
  for (const name of RECTIFICATION_LISTS) {
    const key = new Scalar(name);
    const ids = new YAMLSeq();
    ids.flow = true;
    lists.items.push(document.createPair(key, ids));
  }
  (lists.items[0]!.key as Scalar).commentBefore = unitLines(units, latest);
  setInOrder({ document, key: 'rectification', value: lists, comment: WHAT_THE_LISTS_MEAN });
}
