// A slice of a quarter known only from its published notice: the figures it printed, at
// whatever grain (counts, a rate alone, averages, per-group figures), and null for every
// measure it did not print, so a comparison that needs one fails with that measure named.
// Rates come from counts when the counts were given, else as printed.

import type { Channel, GroupList, SliceFigures, Stat } from '../model/figures.js';
import type { DecimalText, PublishedChannel } from '../model/records.js';
import { ONE, div, fromDecimal, fromInteger, sub } from './exact.js';
import { defineLazy, namedList } from './lazy.js';
import type { QuarterNode } from './quarter.js';
import { ratioStat } from './ratio-stat.js';
import { registerOrigin, type GroupStep } from './slice.js';

const HUNDRED = fromInteger(100);

/** A percent as printed (95 for 95%) as the fraction a rate holds. */
function printedPercent(kind: Stat['kind'], text: DecimalText | undefined): Stat | null {
  return text === undefined ? null : { kind, value: div(fromDecimal(text), HUNDRED) };
}

function printedScore(text: DecimalText | undefined): Stat | null {
  return text === undefined ? null : { kind: 'score', value: fromDecimal(text) };
}

/** Both counts, when the notice printed both. */
function both(a: number | undefined, b: number | undefined): [number, number] | undefined {
  return a === undefined || b === undefined ? undefined : [a, b];
}

export function publishedSlice(options: { node: QuarterNode; channel: Channel; figures: PublishedChannel; name: string; path: readonly GroupStep[] }): SliceFigures {
  const { node, channel, figures, name, path } = options;
  const { running, checked, failing } = figures;
  const checkedFailing = both(checked, failing);
  const runningChecked = both(running, checked);
  const passing = checkedFailing ? checkedFailing[0] - checkedFailing[1] : null;
  const passRate = checkedFailing ? ratioStat('passRate', checkedFailing[0] - checkedFailing[1], checkedFailing[0]) : printedPercent('passRate', figures.passRate);
  const groups = (dimension: string): GroupList =>
    namedList(
      Object.entries(figures.by?.[dimension] ?? {}).map(([group, given]) =>
        publishedSlice({ node, channel, figures: given, name: group, path: [...path, { dimension, group }] }),
      ),
    ) as GroupList;
  const slice = {
    name,
    channel,
    period: node.period,
    source: 'published',
    // a published notice counts the units it reports on as running: those are the ones it registered
    registered: running ?? null,
    running: running ?? null,
    closed: null,
    building: null,
    added: null,
    removed: null,
    checked: checked ?? null,
    unchecked: runningChecked ? runningChecked[0] - runningChecked[1] : null,
    failing: failing ?? null,
    passing,
    samplingRatio: runningChecked ? ratioStat('samplingRatio', runningChecked[1], runningChecked[0]) : printedPercent('samplingRatio', figures.samplingRatio),
    passRate,
    failRate: passRate && { kind: 'share', value: sub(ONE, passRate.value) },
    fullCoverage: runningChecked ? runningChecked[0] > 0 && runningChecked[1] === runningChecked[0] : null,
    checks: null,
    owners: null,
    checkedUnchanged: null,
    units: [],
    runningUnits: [],
    checkedUnits: [],
    failingUnits: [],
    passingUnits: [],
    closedUnits: [],
    addedUnits: [],
    vetoBreakdown: [],
    scored: figures.scored ?? null,
    scoredUnits: [],
    averageScore: printedScore(figures.averageScore),
    averageFinalScore: printedScore(figures.averageFinalScore),
    averageDeduction: null,
    averageBonus: null,
    highest: null,
    lowest: null,
    ranking: [],
    scores: {},
    groupsWithoutDeduction: [],
    itemsWithoutDeduction: [],
    groupIndices: [],
    itemIndices: [],
    lowestItemIndices: [],
    scoreLines: [],
    facts: {},
    recheck: null,
    rectification: null,
    regionsAllPassed: [],
  } as unknown as SliceFigures;
  defineLazy(
    slice,
    {
      unit: () => ({}),
      by: () => Object.fromEntries(Object.keys(figures.by ?? {}).map((dimension) => [dimension, groups(dimension)])),
      byRegion: () => groups('region'),
      byOwner: () => groups('owner'),
      byKind: () => groups('kind'),
      byLevel: () => groups('level'),
      byPlatform: () => groups('platform'),
      regionRanking: () => [],
      // a published quarter links to nothing earlier
      previous: () => null,
      yearAgo: () => null,
      earlier: () => [],
    },
    { hidden: true },
  );
  registerOrigin(slice, { node, channel, path, published: figures, group: (step) => slice.by[step.dimension]?.[step.group] ?? null });
  return slice;
}
