// Chinese guidance written next to a field the office must fill in, where the file has none
// of its own: a file written without comments still says what each blank is for.

import { isCollection, isScalar } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';

const GUIDANCE: Readonly<Record<string, string>> = {
  date: '成文日期（通报落款日期），写成 年-月-日',
  docNumber: '发文字号；没有就删去这一行，tongbao 不会自行编号',
  window: '检查时间段：开始和结束日期，写成 年-月-日',
  monitoringPoint: '监测时间点，在检查时间段之内；没有就删去这一行',
  deadline: '整改情况报送截止日期，须晚于成文日期；不设期限就删去这一行',
  printDate: '印发日期；与成文日期相同就删去这一行',
  received: '收到数',
  finished: '办结数',
  facts: '本季度的统计事项，按名称填数',
};

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  // a key set by the program is a plain string, one read from the file a scalar node
  return map.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);
}

/**
 * Explains `key` of `map`, unless the office's own comment already stands above it or after
 * its value: after a plain value on its line, above a table or list.
 */
export function explainBlank(map: YAMLMap, key: string): void {
  const pair = pairOf(map, key);
  const text = GUIDANCE[key];
  if (!pair || !text || (isScalar(pair.key) && pair.key.commentBefore)) return;
  const value = pair.value;
  if (isScalar(value) && !value.comment) value.comment = ` ${text}`;
  else if (isCollection(value) && !value.comment && isScalar(pair.key)) pair.key.commentBefore = ` ${text}`;
}
