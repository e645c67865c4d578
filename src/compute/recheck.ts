// 复检: failing units checked again after they were told to rectify. The rate after the
// re-check keeps the quarter's checked units as its base (003: 经督促整改复检后，整体合格率达99%);
// a failing unit with no re-check result still counts as failing.

import type { RecheckFigures, UnitFigures } from '../model/figures.js';
import { ratio } from './exact.js';

/** Null when no failing unit has a re-check result: the notice then says nothing about one. */
export function recheckFigures(options: { failing: readonly UnitFigures[]; checked: number }): RecheckFigures | null {
  const { failing, checked } = options;
  if (!failing.some((unit) => unit.recheck)) return null;
  const passedUnits = failing.filter((unit) => unit.recheck === '合格');
  const stillFailingUnits = failing.filter((unit) => unit.recheck !== '合格');
  return {
    rechecked: failing.filter((unit) => unit.recheck).length,
    passed: passedUnits.length,
    stillFailing: stillFailingUnits.length,
    notRechecked: failing.filter((unit) => !unit.recheck).length,
    passedUnits,
    stillFailingUnits,
    // a unit with a failure was checked, so checked > 0 here
    passRate: { kind: 'passRate', value: ratio(checked - stillFailingUnits.length, checked) },
  };
}
