// Score lines the issuer reports on (高于80分, 90分以上（含）): the scored units reaching each line,
// their share of the scored sites, the same line last quarter, and the sites that reached it
// in each of several consecutive quarters, matched by id (连续四个季度得分高于80分).

import type { NamedSites, ScoreLineFigures, StreakFigures, UnitFigures } from '../model/figures.js';
import type { PublishedChannel, ScoreLineConfig } from '../model/records.js';
import { compare, equals, fromDecimal } from './exact.js';
import { groupInFirstSeenOrder } from './grouping.js';
import { ratioStat } from './ratio-stat.js';

/** A quarter as the score lines see it: its scored sites, or what its notice published. */
export type ScoredQuarter =
  | { readonly kind: 'records'; readonly sites: readonly UnitFigures[] }
  | { readonly kind: 'published'; readonly channel: PublishedChannel | undefined };

function meets(site: UnitFigures, line: ScoreLineConfig): boolean {
  const score = line.includesBonus ? site.finalScore : site.score;
  if (!score) return false;
  const order = compare(score.value, fromDecimal(line.score));
  return line.inclusive ? order >= 0 : order > 0;
}

function namedSites(sites: readonly UnitFigures[], keyOf: (site: UnitFigures) => string): NamedSites[] {
  return [...groupInFirstSeenOrder(sites, keyOf)].map(([name, group]) => ({ name, count: group.length, sites: group }));
}

/** Sites with nothing scored say nothing about a line: a quarter without scores is not a 0. */
function hasScores(quarter: ScoredQuarter | undefined): quarter is ScoredQuarter & { kind: 'records' } {
  return quarter?.kind === 'records' && quarter.sites.length > 0;
}

function previousAtLine(line: ScoreLineConfig, quarter: ScoredQuarter | undefined): ScoreLineFigures['previous'] {
  if (hasScores(quarter)) {
    const count = quarter.sites.filter((site) => meets(site, line)).length;
    return { count, share: ratioStat('share', count, quarter.sites.length) };
  }
  if (quarter?.kind !== 'published') return null;
  const published = quarter.channel?.scoreLines?.find((entry) => equals(fromDecimal(entry.score), fromDecimal(line.score)));
  if (!published) return null;
  const scored = quarter.channel?.scored;
  return { count: published.count, share: scored === undefined ? null : ratioStat('share', published.count, scored) };
}

/** Null unless the line asks for a streak and each of those quarters has scored records. */
function streakAtLine(line: ScoreLineConfig, quarters: readonly ScoredQuarter[]): StreakFigures | null {
  if (line.streak === undefined) return null;
  const span = quarters.slice(0, line.streak);
  if (span.length < line.streak || !span.every(hasScores)) return null;
  const [current, ...earlier] = span as Array<ScoredQuarter & { kind: 'records' }>;
  // by id, once per quarter: a country's sites are matched in linear time, not each against each
  const metEarlier = earlier.map((quarter) => new Set(quarter.sites.filter((then) => meets(then, line)).map((then) => then.id)));
  const sites = (current?.sites ?? []).filter((site) => meets(site, line) && metEarlier.every((ids) => ids.has(site.id)));
  return {
    quarters: line.streak,
    count: sites.length,
    sites,
    byKind: namedSites(sites, (site) => site.kind),
    byLevel: namedSites(sites, (site) => site.level),
  };
}

/** One entry per configured line; `quarters` starts with this quarter, then the earlier ones nearest first. */
export function scoreLineFigures(options: { lines: readonly ScoreLineConfig[]; quarters: readonly ScoredQuarter[] }): ScoreLineFigures[] {
  const { lines, quarters } = options;
  const current = quarters[0]?.kind === 'records' ? quarters[0].sites : [];
  return lines.map((line) => {
    const sites = current.filter((site) => meets(site, line));
    return {
      score: { kind: 'score', value: fromDecimal(line.score) },
      inclusive: line.inclusive,
      includesBonus: line.includesBonus,
      count: sites.length,
      share: ratioStat('share', sites.length, current.length),
      sites,
      byKind: namedSites(sites, (site) => site.kind),
      byLevel: namedSites(sites, (site) => site.level),
      previous: previousAtLine(line, quarters[1]),
      streak: streakAtLine(line, quarters),
    };
  });
}
