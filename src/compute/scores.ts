// Score statistics over a set of scored units (国办秘函〔2019〕19号, or an issuer's own scale
// for accounts): each part of the score — the 扣分 score, the counted 加分, the final score,
// the points lost, every deduction group and second-level item — with its mean, total,
// extremes (ties kept), full marks and index (mean ÷ points); the group and item indices;
// and which groups and items no unit lost a point on.

import type { Exact, Extreme, GroupIndex, ItemIndex, PartFigures, Stat, UnitFigures } from '../model/figures.js';
import type { ScoringRules } from '../model/records.js';
import { ZERO, compare, div, equals, fromDecimal, fromInteger, sub, sum } from './exact.js';
import { decimalValue, roundHalfUp } from '../format/decimal.js';
import { defineLazy, withFields } from './lazy.js';
import { fullMarks } from './rules.js';

const scoreStat = (value: Exact): Stat => ({ kind: 'score', value });

export function mean(values: readonly Exact[]): Exact | null {
  return values.length === 0 ? null : div(sum(values), fromInteger(values.length));
}

/** The items holding the most (or least) value, every one of them when tied; null when none has a value. */
export function extremeOf<T>(items: readonly T[], valueOf: (item: T) => Stat | null, most: boolean): Extreme<T> | null {
  let best: { value: Stat; items: T[] } | null = null;
  for (const item of items) {
    const value = valueOf(item);
    if (!value) continue;
    const order = best ? compare(value.value, best.value.value) : most ? 1 : -1;
    if (!best || (most ? order > 0 : order < 0)) best = { value, items: [item] };
    else if (order === 0) best.items.push(item);
  }
  return best;
}

/** What a part is called, where it sits on a unit, its full points and which way counts. */
interface PartDefinition {
  readonly name: string;
  readonly valueOf: (unit: UnitFigures) => Stat | null;
  readonly points: Exact | null;
  /** a deduction part counts units below its points; the bonus counts units above 0 */
  readonly counts: 'belowPoints' | 'aboveZero' | 'none';
}

function partDefinitions(rules: ScoringRules): PartDefinition[] {
  const whole: PartDefinition[] = [
    { name: 'score', valueOf: (unit) => unit.score, points: fullMarks(rules), counts: 'belowPoints' },
    { name: 'bonus', valueOf: (unit) => unit.bonus, points: fromDecimal(rules.bonusPoints), counts: 'aboveZero' },
    { name: 'finalScore', valueOf: (unit) => unit.finalScore, points: null, counts: 'none' },
    { name: 'deduction', valueOf: (unit) => unit.deduction, points: null, counts: 'aboveZero' },
  ];
  const groups = rules.deductionGroups.flatMap((group): PartDefinition[] => [
    { name: group.name, valueOf: (unit) => unit.parts[group.name] ?? null, points: fromDecimal(group.points), counts: 'belowPoints' },
    ...(group.items ?? []).map((item): PartDefinition => {
      const name = `${group.name}.${item.name}`;
      return { name, valueOf: (unit) => unit.parts[name] ?? null, points: fromDecimal(item.points), counts: 'belowPoints' };
    }),
  ]);
  return [...whole, ...groups];
}

/**
 * The figures of one part over the units that have it: the sum and the mean at once (every
 * index and average a notice prints needs them); the extremes, full marks and counts, each
 * another pass over a country's 13,000 scored sites, when a template reads them.
 */
function partFigures(definition: PartDefinition, units: readonly UnitFigures[]): PartFigures {
  const { name, valueOf, points, counts } = definition;
  const valued = units.filter((unit) => valueOf(unit) !== null);
  const values = valued.map((unit) => valueOf(unit)!.value);
  // summed once for the total and the mean: a country's 13,000 scored sites
  const total = values.length === 0 ? null : sum(values);
  const average = total && div(total, fromInteger(values.length));
  const isCounted = (value: Exact): boolean =>
    counts === 'belowPoints' ? points !== null && compare(value, points) < 0 : counts === 'aboveZero' ? compare(value, ZERO) > 0 : false;
  let countedValues: Exact[] | undefined;
  const counted = () => (countedValues ??= values.filter(isCounted));
  const figures = { name, points: points && scoreStat(points), average: average && scoreStat(average), total: total && scoreStat(total) } as PartFigures;
  return defineLazy(figures, {
    highest: () => extremeOf(valued, valueOf, true),
    lowest: () => extremeOf(valued, valueOf, false),
    index: () => (average && points && !equals(points, ZERO) ? { kind: 'index', value: div(average, points) } : null),
    fullMarks: () => (points ? valued.filter((unit) => equals(valueOf(unit)!.value, points)) : []),
    counted: () => counted().length,
    averageCounted: () => {
      const averageCounted = mean(counted());
      return averageCounted && scoreStat(averageCounted);
    },
  });
}

/**
 * Every part of the score over the scored units, by name (score, bonus, finalScore, deduction,
 * 组, 组.项), each computed on first read: a notice prints a few of a country's parts, and each
 * is exact arithmetic over every scored site. The mean deduction is full marks less the mean
 * score *as printed* (`scorePlaces`): notices print 平均得分 and 平均扣分 side by side, and
 * the two must add up to full marks (80.13 and 19.87, not 19.88).
 */
export function scoreParts(units: readonly UnitFigures[], rules: ScoringRules, scorePlaces: number): Record<string, PartFigures> {
  const parts: Record<string, PartFigures> = {};
  const figuresOf = (definition: PartDefinition) => (): PartFigures => {
    const figures = partFigures(definition, units);
    const scoreAverage = definition.name === 'deduction' ? parts.score?.average : undefined;
    if (!scoreAverage) return figures;
    const printedScore = decimalValue(roundHalfUp(scoreAverage.value, scorePlaces));
    return withFields(figures, { average: scoreStat(sub(fullMarks(rules), printedScore)) });
  };
  return defineLazy(parts, Object.fromEntries(partDefinitions(rules).map((definition) => [definition.name, figuresOf(definition)])));
}

/** First-level indices over scored units, in the rules' order; `previous` from the same groups a quarter before. */
export function groupIndices(options: {
  parts: Readonly<Record<string, PartFigures>>;
  rules: ScoringRules;
  previous: readonly GroupIndex[];
}): GroupIndex[] {
  const { parts, rules, previous } = options;
  return rules.deductionGroups.flatMap((group) => {
    const part = parts[group.name];
    if (!part?.average || !part.index || !part.points) return [];
    const before = previous.find((then) => then.group === group.name)?.index ?? null;
    return [{ group: group.name, points: part.points, average: part.average, index: part.index, previous: before }];
  });
}

/** Second-level indices over the units scored item by item, in the rules' order. */
export function itemIndices(options: { parts: Readonly<Record<string, PartFigures>>; rules: ScoringRules; units: readonly UnitFigures[] }): ItemIndex[] {
  const { parts, rules, units } = options;
  return rules.deductionGroups.flatMap((group) =>
    (group.items ?? []).flatMap((item) => {
      const part = parts[`${group.name}.${item.name}`];
      if (!part?.average || !part.index || !part.points) return [];
      const sites = units.filter((unit) => unit.parts[`${group.name}.${item.name}`]).length;
      return [{ group: group.name, item: item.name, points: part.points, average: part.average, index: part.index, sites }];
    }),
  );
}

/** Names of the parts (groups, or `组.项` items) on which some unit was scored and none lost a point. */
export function partsWithoutDeduction(parts: Readonly<Record<string, PartFigures>>, names: readonly string[]): string[] {
  return names.filter((name) => {
    const part = parts[name];
    return part !== undefined && part.average !== null && part.counted === 0;
  });
}
