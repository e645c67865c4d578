// A slice: every measure over one set of units of one channel in one quarter — the whole
// channel, or a group of it reached through `by` (model/figures.ts SliceFigures). A slice
// knows where it sits (its quarter, channel and the path of groups leading to it), so the
// same set of units in any earlier quarter is one step away: `previous` applies the same
// path to the quarter before. Everything is computed on first read (lazy.ts).

import type { Channel, GroupList, NamedCount, SliceFigures, Stat, UnitFigures } from '../model/figures.js';
import type { IssuerProfile, PublishedChannel } from '../model/records.js';
import type { ChannelTable } from './channel-table.js';
import { dimensionsOf } from './dimensions.js';
import { compare } from './exact.js';
import { factsOf } from './facts.js';
import { configuredOrder, groupInFirstSeenOrder } from './grouping.js';
import { defineLazy, namedList, withEarlierList } from './lazy.js';
import type { QuarterNode } from './quarter.js';
import { ranked } from './ranking.js';
import { ratioStat } from './ratio-stat.js';
import { recheckFigures } from './recheck.js';
import { rectificationFigures } from './rectification.js';
import { issuerChannelRules, type UnitRecord } from './rules.js';
import { scoreLineFigures, type ScoredQuarter } from './score-lines.js';
import { extremeOf, groupIndices, itemIndices, partsWithoutDeduction, scoreParts } from './scores.js';

/** One step from a set of units to one of its groups: `by.<dimension>.<group>`. */
export interface GroupStep {
  readonly dimension: string;
  readonly group: string;
}

/** Where a slice sits, kept beside it for the steps to other quarters and groups. */
export interface SliceOrigin {
  readonly node: QuarterNode;
  readonly channel: Channel;
  readonly path: readonly GroupStep[];
  /** the group of this slice named `group` along `dimension`; an empty one when records list none (null when published) */
  readonly group: (step: GroupStep) => SliceFigures | null;
  /** what a published notice printed for this set; undefined for records */
  readonly published?: PublishedChannel;
}

const origins = new WeakMap<SliceFigures, SliceOrigin>();

/** Records where a slice sits; every kind of slice registers itself when made. */
export function registerOrigin(slice: SliceFigures, origin: SliceOrigin): void {
  origins.set(slice, origin);
}

/** The same set of units (the same path of groups) in another quarter: null when that quarter does not give it. */
export function sliceAt(node: QuarterNode | null, channel: Channel, path: readonly GroupStep[]): SliceFigures | null {
  let slice = node?.slice(channel) ?? null;
  for (const step of path) slice = slice ? (origins.get(slice)?.group(step) ?? null) : null;
  return slice;
}

/** How a score line reads a slice of some quarter: its scored units, or what was published. */
function scoredQuarterOf(slice: SliceFigures): ScoredQuarter {
  return slice.source === 'published' ? { kind: 'published', channel: origins.get(slice)?.published } : { kind: 'records', sites: slice.scoredUnits };
}

/** Units hit per veto item (each unit once per item); most first, ties in rule order. */
function vetoBreakdown(failing: readonly UnitFigures[], vetoItems: readonly string[]): NamedCount[] {
  // counted in one pass, in the order first hit: a country's failing accounts hit tens of thousands of times
  const counts = new Map<string, number>();
  for (const unit of failing) for (const hit of new Set(unit.veto)) counts.set(hit, (counts.get(hit) ?? 0) + 1);
  // sort is stable, so equal counts keep the rule order
  return configuredOrder(vetoItems, [...counts.keys()])
    .map((name) => ({ name, count: counts.get(name) ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/** The groups along one dimension; `onlyRunning` keeps the earlier lists' sense: groups with running units. */
function groupList(options: { slice: SliceFigures; dimension: string; onlyRunning: boolean }): GroupList {
  const { slice, dimension, onlyRunning } = options;
  const all = slice.by[dimension];
  return (onlyRunning ? namedList((all ?? []).filter((group) => (group.running ?? 0) > 0)) : (all ?? namedList([]))) as GroupList;
}

/**
 * A slice computed from unit records: `members` are the indices of its records in the
 * channel's table. Counts are counted off the table's columns; units are made for the lists
 * a template reads.
 */
export function recordsSlice(options: {
  node: QuarterNode;
  issuer: IssuerProfile;
  channel: Channel;
  table: ChannelTable;
  members: readonly number[];
  name: string;
  path: readonly GroupStep[];
}): SliceFigures {
  const { node, issuer, channel, table, members, name, path } = options;
  const rules = issuerChannelRules(issuer, channel);
  const scoring = rules.scoring;
  const records = node.records;
  const slice = { name, channel, period: node.period, source: 'records' as const } as unknown as SliceFigures;
  const { running, checked, failing, scored } = table;
  const isRunning = (index: number) => running[index] === 1;
  const isChecked = (index: number) => checked[index] === 1;
  const isFailing = (index: number) => failing[index] === 1;
  const isPassing = (index: number) => checked[index] === 1 && failing[index] === 0;
  const isScored = (index: number) => scored[index] === 1;
  const hasStatus = (status: string) => (index: number) => table.records[index]?.status === status;
  const isAdded = (index: number) => running[index] === 1 && table.isNew(index) === true;
  const count = (select: (index: number) => boolean) => {
    let counted = 0;
    for (const index of members) if (select(index)) counted += 1;
    return counted;
  };
  const unitsWhere = (select: (index: number) => boolean) => members.filter(select).map((index) => table.unitAt(index));
  const dimensions = dimensionsOf(issuer, channel);
  const groupsCache = new Map<string, Map<string, SliceFigures>>();
  const groupsOf = (dimension: string): Map<string, SliceFigures> => {
    const cached = groupsCache.get(dimension);
    if (cached) return cached;
    const definition = dimensions.get(dimension);
    const groupOf = (index: number) => definition?.groupOf(table.records[index] as UnitRecord);
    const grouped = groupInFirstSeenOrder(
      members.filter((index) => groupOf(index) !== undefined),
      (index) => groupOf(index) ?? '',
    );
    const groups = new Map<string, SliceFigures>();
    for (const group of definition?.order([...grouped.keys()]) ?? []) {
      const step = { dimension, group };
      groups.set(group, recordsSlice({ node, issuer, channel, table, members: grouped.get(group) ?? [], name: group, path: [...path, step] }));
    }
    groupsCache.set(dimension, groups);
    return groups;
  };
  registerOrigin(slice, {
    node,
    channel,
    path,
    group: (step) =>
      groupsOf(step.dimension).get(step.group) ??
      (dimensions.has(step.dimension) ? recordsSlice({ node, issuer, channel, table, members: [], name: step.group, path: [...path, step] }) : null),
  });

  const stat = (kind: Stat['kind'], part: number, whole: number) => ratioStat(kind, part, whole);
  type UnitList = 'units' | 'runningUnits' | 'checkedUnits' | 'failingUnits' | 'passingUnits' | 'closedUnits' | 'addedUnits' | 'scoredUnits';
  /** A list of this slice's units that knows the same list of the same slice a quarter before. */
  const listed = (name: UnitList, list: readonly UnitFigures[]) => withEarlierList(list, () => slice.previous?.[name] ?? null);
  defineLazy(slice, {
    registered: () => members.length,
    running: () => count(isRunning),
    closed: () => count(hasStatus('关停')),
    building: () => count(hasStatus('建设中')),
    // unknown when any running unit's novelty is (last quarter only published, no 开设日期 given)
    added: () => (members.some((index) => isRunning(index) && table.isNew(index) === null) ? null : count(isAdded)),
    removed: () => {
      const before = slice.previous;
      if (before?.source !== 'records') return null;
      const runningNow = new Set(slice.runningUnits.map((unit) => unit.id));
      return before.runningUnits.filter((unit) => !runningNow.has(unit.id)).length;
    },
    checked: () => count(isChecked),
    unchecked: () => count((index) => isRunning(index) && !isChecked(index)),
    failing: () => count(isFailing),
    passing: () => count(isPassing),
    samplingRatio: () => stat('samplingRatio', slice.checked ?? 0, slice.running ?? 0),
    passRate: () => stat('passRate', slice.passing ?? 0, slice.checked ?? 0),
    failRate: () => stat('share', slice.failing ?? 0, slice.checked ?? 0),
    fullCoverage: () => (slice.running ?? 0) > 0 && slice.checked === slice.running,
    checks: () => {
      const rounds = records?.rounds?.[channel];
      return rounds === undefined ? null : (slice.checked ?? 0) * rounds;
    },
    owners: () => new Set(members.filter(isRunning).map((index) => table.records[index]?.owner)).size,
    checkedUnchanged: () => {
      const before = slice.previous;
      if (before?.source !== 'records') return null;
      const idsOf = (checked: readonly UnitFigures[]) => checked.map((unit) => unit.id).sort().join('\u0000');
      return idsOf(slice.checkedUnits) === idsOf(before.checkedUnits);
    },
    units: () => listed('units', unitsWhere(() => true)),
    runningUnits: () => listed('runningUnits', unitsWhere(isRunning)),
    checkedUnits: () => listed('checkedUnits', unitsWhere(isChecked)),
    failingUnits: () => listed('failingUnits', unitsWhere(isFailing)),
    passingUnits: () => listed('passingUnits', unitsWhere(isPassing)),
    closedUnits: () => listed('closedUnits', unitsWhere(hasStatus('关停'))),
    addedUnits: () => listed('addedUnits', unitsWhere(isAdded)),
    vetoBreakdown: () => vetoBreakdown(slice.failingUnits, rules.vetoItems),

    scored: () => count(isScored),
    scoredUnits: () => listed('scoredUnits', unitsWhere(isScored)),
    scores: () => (scoring ? scoreParts(slice.scoredUnits, scoring, issuer.precision.score) : {}),
    averageScore: () => slice.scores.score?.average ?? null,
    averageFinalScore: () => slice.scores.finalScore?.average ?? null,
    averageDeduction: () => slice.scores.deduction?.average ?? null,
    averageBonus: () => slice.scores.bonus?.average ?? null,
    // ties go to the earlier record
    highest: () => extremeOf(slice.scoredUnits, (unit) => unit.score, true)?.items[0] ?? null,
    lowest: () => extremeOf(slice.scoredUnits, (unit) => unit.score, false)?.items[0] ?? null,
    ranking: () => ranked({ items: slice.scoredUnits, valueOf: (unit) => unit.finalScore!.value, dense: issuer.denseRanking }),
    groupsWithoutDeduction: () => partsWithoutDeduction(slice.scores, scoring?.deductionGroups.map((group) => group.name) ?? []),
    itemsWithoutDeduction: () =>
      (scoring?.deductionGroups ?? []).flatMap((group) =>
        partsWithoutDeduction(slice.scores, (group.items ?? []).map((item) => `${group.name}.${item.name}`)).map((part) => part.slice(group.name.length + 1)),
      ),
    groupIndices: () => (scoring && slice.scored ? groupIndices({ parts: slice.scores, rules: scoring, previous: slice.previous?.source === 'records' ? slice.previous.groupIndices : [] }) : []),
    itemIndices: () => (scoring ? itemIndices({ parts: slice.scores, rules: scoring, units: slice.scoredUnits }) : []),
    // sort is stable: equal indices keep the rules' order
    lowestItemIndices: () => [...slice.itemIndices].sort((a, b) => compare(a.index.value, b.index.value)),
    scoreLines: () =>
      scoring && channel === 'websites'
        ? scoreLineFigures({ lines: issuer.scoreLines, quarters: [slice, ...slice.earlier].map(scoredQuarterOf) })
        : [],

    facts: () => factsOf(issuer.facts ?? [], channel, slice.units),

    recheck: () => recheckFigures({ failing: slice.failingUnits, checked: slice.checked ?? 0 }),
    rectification: () =>
      rectificationFigures({
        record: records?.rectification,
        failingLastQuarter: slice.previous?.source === 'records' ? slice.previous.failingUnits : [],
      }),
    regionsAllPassed: () => slice.byRegion.filter((region) => (region.checked ?? 0) > 0 && region.failing === 0).map((region) => region.name),
  });
  defineLazy(
    slice,
    {
      unit: () => Object.fromEntries(slice.units.map((unit) => [unit.id, unit])),
      // each dimension's groups on first read: a country's thousands of owners are not made for its regions
      by: () =>
        defineLazy(
          {},
          Object.fromEntries(
            [...dimensions.keys()].map((dimension) => [dimension, () => withEarlierList(namedList([...groupsOf(dimension).values()]), () => slice.previous?.by[dimension] ?? null)]),
          ),
        ),
      byRegion: () => groupList({ slice, dimension: 'region', onlyRunning: true }),
      byOwner: () => groupList({ slice, dimension: 'owner', onlyRunning: true }),
      byKind: () => groupList({ slice, dimension: 'kind', onlyRunning: true }),
      byLevel: () => groupList({ slice, dimension: 'level', onlyRunning: true }),
      byPlatform: () => groupList({ slice, dimension: 'platform', onlyRunning: true }),
      regionRanking: () =>
        ranked({
          items: slice.byRegion.filter((region): region is SliceFigures & { passRate: Stat } => region.passRate !== null),
          valueOf: (region) => region.passRate.value,
          dense: issuer.denseRanking,
        }),
      previous: () => sliceAt(node.previous, channel, path),
      yearAgo: () => sliceAt(node.yearAgo, channel, path),
      earlier: () => node.earlier.map((earlier) => sliceAt(earlier, channel, path)).filter((earlier): earlier is SliceFigures => earlier !== null),
    },
    { hidden: true },
  );
  return slice;
}
