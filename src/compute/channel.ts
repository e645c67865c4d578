// What websites and accounts have in common: counts, sampling ratio, pass rate, regions,
// failing units and veto reasons, computed from one outcome per unit.
//
// Only running units count. A unit is "checked" when it runs and was checked, so every
// checked unit is also counted as running and checked ≤ running holds by construction.
// With nothing to divide by, a ratio is 0 (0 checked of 0 running, 0 passing of 0 checked):
// the types keep ratios required, and a template prints a channel's rate only when it
// checked something.

import type { ChannelFigures, ChannelSummary, FailingUnit, GroupFigures, NamedCount, Stat } from '../model/figures.js';
import { ZERO, ratio } from './exact.js';
import { configuredOrder, groupInFirstSeenOrder } from './grouping.js';

/** One unit as the statistics see it. */
export interface UnitOutcome {
  readonly region: string;
  readonly running: boolean;
  /** running and checked */
  readonly checked: boolean;
  /** present when the unit was checked and failed */
  readonly failure?: FailingUnit;
}

export interface ChannelCounts {
  readonly running: number;
  readonly checked: number;
  readonly failing: number;
}

function ratioStat(kind: Stat['kind'], part: number, whole: number): Stat {
  return { kind, value: whole === 0 ? ZERO : ratio(part, whole) };
}

export function summaryFromCounts({ running, checked, failing }: ChannelCounts): ChannelSummary {
  const passing = checked - failing;
  return {
    running,
    checked,
    failing,
    passing,
    samplingRatio: ratioStat('samplingRatio', checked, running),
    passRate: ratioStat('passRate', passing, checked),
    fullCoverage: running > 0 && checked === running,
  };
}

export function summarize(units: readonly UnitOutcome[]): ChannelSummary {
  return summaryFromCounts({
    running: units.filter((unit) => unit.running).length,
    checked: units.filter((unit) => unit.checked).length,
    failing: units.filter((unit) => unit.failure).length,
  });
}

/** Only the summary fields, for a previous quarter whose details the notice does not cite. */
export function summaryOf(figures: ChannelSummary): ChannelSummary {
  const { running, checked, failing, passing, samplingRatio, passRate, fullCoverage } = figures;
  return { running, checked, failing, passing, samplingRatio, passRate, fullCoverage };
}

/**
 * One summary per group of running units: `keyOf` names a unit's group; groups come in
 * first-seen order unless `order` rearranges the names seen.
 */
export function groupSummaries<Unit extends UnitOutcome>(options: {
  units: readonly Unit[];
  keyOf: (unit: Unit) => string;
  order?: (seen: readonly string[]) => readonly string[];
}): GroupFigures[] {
  const { units, keyOf, order = (seen) => seen } = options;
  const groups = groupInFirstSeenOrder(
    units.filter((unit) => unit.running),
    keyOf,
  );
  return order([...groups.keys()]).map((name) => ({ name, ...summarize(groups.get(name) ?? []) }));
}

/** Units hit per veto item (each unit once per item); most first, ties in rule order. */
export function vetoBreakdown(options: { failingUnits: readonly FailingUnit[]; vetoItems: readonly string[] }): NamedCount[] {
  const hits = options.failingUnits.flatMap((unit) => [...new Set(unit.veto)]);
  // sort is stable, so equal counts keep the rule order
  return configuredOrder(options.vetoItems, hits)
    .map((name) => ({ name, count: hits.filter((hit) => hit === name).length }))
    .sort((a, b) => b.count - a.count);
}

/** The figures both channels share. `vetoItems` is the issuer's list, which orders ties. */
export function channelFigures(options: { units: readonly UnitOutcome[]; vetoItems: readonly string[] }): ChannelFigures {
  const { units, vetoItems } = options;
  const byRegion = groupSummaries({ units, keyOf: (unit) => unit.region });
  const failingUnits = units.flatMap((unit) => (unit.failure ? [unit.failure] : []));
  return {
    ...summarize(units),
    byRegion,
    regionsAllPassed: byRegion.filter((region) => region.checked > 0 && region.failing === 0).map((region) => region.name),
    failingUnits,
    vetoBreakdown: vetoBreakdown({ failingUnits, vetoItems }),
  };
}
