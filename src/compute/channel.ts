// What websites and accounts have in common: counts, sampling ratio, pass rate, regions and
// owners, failing units and veto reasons, checks, the re-check and last quarter's
// rectification, computed from one outcome per unit.
//
// Only running units count. A unit is "checked" when it runs and was checked, so every
// checked unit is also counted as running and checked ≤ running holds by construction.
// With nothing to divide by (0 checked of 0 running, 0 passing of 0 checked) a ratio is
// null: not applicable, never 0% (see ratio-stat.ts).

import type { ChannelFigures, ChannelSummary, FailingUnit, GroupFigures, NamedCount, Stat } from '../model/figures.js';
import type { QuarterRecords, RecheckResult } from '../model/records.js';
import { isPublishedFigures } from '../model/records.js';
import { configuredOrder, groupInFirstSeenOrder } from './grouping.js';
import type { EarlierQuarter } from './history.js';
import { ranked } from './ranking.js';
import { ratioStat } from './ratio-stat.js';
import { recheckFigures } from './recheck.js';
import { rectificationFigures } from './rectification.js';

/** One unit as the statistics see it. */
export interface UnitOutcome {
  readonly region: string;
  readonly owner: string;
  readonly running: boolean;
  /** running and checked */
  readonly checked: boolean;
  /** present when the unit was checked and failed */
  readonly failure?: FailingUnit;
  readonly recheck?: RecheckResult;
}

export interface ChannelCounts {
  readonly registered: number;
  readonly running: number;
  readonly checked: number;
  readonly failing: number;
}

export function summaryFromCounts({ registered, running, checked, failing }: ChannelCounts): ChannelSummary {
  const passing = checked - failing;
  return {
    registered,
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
    registered: units.length,
    running: units.filter((unit) => unit.running).length,
    checked: units.filter((unit) => unit.checked).length,
    failing: units.filter((unit) => unit.failure).length,
  });
}

/** Only the summary fields, for a previous quarter whose details the notice does not cite. */
export function summaryOf(figures: ChannelSummary): ChannelSummary {
  const { registered, running, checked, failing, passing, samplingRatio, passRate, fullCoverage } = figures;
  return { registered, running, checked, failing, passing, samplingRatio, passRate, fullCoverage };
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

const VETO_ITEMS = { websites: 'websiteVetoItems', accounts: 'accountVetoItems' } as const;

/**
 * The figures both channels share, from one outcome per unit of `channel` and the issuer's
 * settings; `failuresOf` lists a quarter's failing units, for last quarter's rectification.
 */
export function channelFigures(options: {
  records: QuarterRecords;
  /** the quarters before, nearest first */
  earlier: readonly EarlierQuarter[];
  channel: 'websites' | 'accounts';
  units: readonly UnitOutcome[];
  failuresOf: (quarter: QuarterRecords) => FailingUnit[];
}): ChannelFigures {
  const { records, earlier, channel, units, failuresOf } = options;
  const { issuer } = records;
  const summary = summarize(units);
  const byRegion = groupSummaries({ units, keyOf: (unit) => unit.region, order: (seen) => configuredOrder(issuer.regions ?? [], seen) });
  const checkedRegions = byRegion.filter((region): region is GroupFigures & { passRate: Stat } => region.passRate !== null);
  const failing = units.flatMap((unit) => (unit.failure ? [{ failure: unit.failure, recheck: unit.recheck }] : []));
  const failingUnits = failing.map((unit) => unit.failure);
  const rounds = records.rounds?.[channel];
  const [previous] = earlier;
  return {
    ...summary,
    byRegion,
    byOwner: groupSummaries({ units, keyOf: (unit) => unit.owner }),
    regionsAllPassed: checkedRegions.filter((region) => region.failing === 0).map((region) => region.name),
    regionRanking: ranked({ items: checkedRegions, valueOf: (region) => region.passRate.value, dense: issuer.denseRanking }),
    failingUnits,
    // the issuer's list orders ties
    vetoBreakdown: vetoBreakdown({ failingUnits, vetoItems: issuer.rules[VETO_ITEMS[channel]] }),
    checks: rounds === undefined ? null : summary.checked * rounds,
    recheck: recheckFigures({ failing, checked: summary.checked }),
    rectification: rectificationFigures({
      record: records.rectification,
      failingLastQuarter: previous && !isPublishedFigures(previous) ? failuresOf(previous) : [],
    }),
  };
}
