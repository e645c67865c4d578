// 上季度通报问题整改情况 (004: 经复查，…14个不合格…已按要求完成整改): last quarter's failing
// units of one channel, each in the list of this quarter's re-check that names it. The check
// stage makes sure every one of them is named exactly once.

import type { RectificationFigures, UnitFigures } from '../model/figures.js';
import type { RectificationRecord } from '../model/records.js';
import { ratio } from './exact.js';

export function rectificationFigures(options: {
  record: RectificationRecord | undefined;
  failingLastQuarter: readonly UnitFigures[];
}): RectificationFigures | null {
  const { record, failingLastQuarter } = options;
  if (!record || failingLastQuarter.length === 0) return null;
  const listed = (ids: readonly string[]) => {
    // a set: thousands of failing units are each looked up once, not searched for in the list
    const named = new Set(ids);
    return failingLastQuarter.filter((unit) => named.has(unit.id));
  };
  const fixedUnits = listed(record.fixed);
  const stillFailingUnits = listed(record.stillFailing);
  const notReportedUnits = listed(record.notReported);
  return {
    issued: failingLastQuarter.length,
    fixed: fixedUnits.length,
    stillFailing: stillFailingUnits.length,
    notReported: notReportedUnits.length,
    fixedUnits,
    stillFailingUnits,
    notReportedUnits,
    completionRate: { kind: 'completionRate', value: ratio(fixedUnits.length, failingLastQuarter.length) },
  };
}
