// Scores for a set of sites in two tiers — those above a score line and those below it —
// whose per-indicator sums are exact, so the averages and indices the seed publishes follow.

import { spread } from './yaml.js';

export interface IndicatorTarget {
  readonly group: string;
  /** the second-level indicator; absent when the group is scored as one number */
  readonly item?: string;
  /** hundredths */
  readonly points: number;
  /** hundredths, the intended average over all sites */
  readonly average: number;
}

export interface TieredScores {
  /** per site of the high tier, hundredths per indicator in the targets' order */
  readonly high: number[][];
  readonly low: number[][];
}

/**
 * Each high site keeps `lift` × the average of every indicator (capped at its points); the
 * low sites share the rest evenly. Throws when the targets cannot be met that way, so a
 * generator never writes data that misses its figures.
 */
export function tieredScores(options: { targets: readonly IndicatorTarget[]; high: number; low: number; lift: number }): TieredScores {
  const { targets, high, low, lift } = options;
  const highSite = targets.map((target) => Math.min(target.points, Math.round(target.average * lift)));
  const lowColumns = targets.map((target, index) => {
    const values = spread(target.average * (high + low) - (highSite[index] ?? 0) * high, low);
    if (values.some((value) => value < 0 || value > target.points)) throw new Error(`${target.group}${target.item ?? ''}: 低分档得分超出分值`);
    return values;
  });
  return {
    high: Array.from({ length: high }, () => [...highSite]),
    low: Array.from({ length: low }, (_, site) => lowColumns.map((column) => column[site] ?? 0)),
  };
}

/** Sum of a site's indicator scores, hundredths. */
export function total(site: readonly number[]): number {
  return site.reduce((sum, value) => sum + value, 0);
}

/** The `scores:` mapping of a site: groups as numbers, or items grouped under their group. */
export function scoresOf(targets: readonly IndicatorTarget[], site: readonly number[], format: (value: number) => string): Record<string, string | Record<string, string>> {
  const scores: Record<string, string | Record<string, string>> = {};
  targets.forEach((target, index) => {
    const value = format(site[index] ?? 0);
    if (target.item === undefined) scores[target.group] = value;
    else scores[target.group] = { ...(scores[target.group] as Record<string, string> | undefined), [target.item]: value };
  });
  return scores;
}
