// Score statistics of websites (国办秘函〔2019〕19号): per site the 扣分 score, the 加分
// points that count and the final score; over the scored sites their means, the extremes,
// the ranking, and each group's and second-level indicator's index (mean ÷ points).

import type { Exact, GroupIndex, ItemIndex, ScoredSite, Stat, WebsiteFigures } from '../model/figures.js';
import type { IndicatorGroup, IndicatorRules, WebsiteRecord } from '../model/records.js';
import { ZERO, compare, div, fromDecimal, fromInteger, sum } from './exact.js';
import { countedBonus, deductionScore, finalScore, groupScore } from './rules.js';
import { ranked } from './ranking.js';

const scoreStat = (value: Exact): Stat => ({ kind: 'score', value });

/** A scored site (see isScored) as the statistics see it. */
export function scoredSiteOf(site: WebsiteRecord, rules: IndicatorRules): ScoredSite {
  return {
    id: site.id,
    name: site.name,
    owner: site.owner,
    kind: site.kind,
    level: site.level,
    region: site.region,
    score: scoreStat(deductionScore(site) ?? ZERO),
    bonus: scoreStat(countedBonus(site, rules)),
    finalScore: scoreStat(finalScore(site, rules) ?? ZERO),
  };
}

function mean(values: readonly Exact[]): Exact {
  return div(sum(values), fromInteger(values.length));
}

/** The first site holding the most extreme score: ties go to the earlier record. */
function extreme(sites: readonly ScoredSite[], better: (a: Exact, b: Exact) => boolean): ScoredSite | null {
  return sites.reduce<ScoredSite | null>((best, site) => (best && !better(site.score.value, best.score.value) ? best : site), null);
}

function indexOf(values: readonly Exact[], points: Exact): Pick<GroupIndex, 'points' | 'average' | 'index'> {
  const average = mean(values);
  return { points: scoreStat(points), average: scoreStat(average), index: { kind: 'index', value: div(average, points) } };
}

/**
 * First-level indices over scored sites, in the rules' order; `previous` is null here and
 * filled in by the comparison with last quarter. The check stage requires every group of a
 * scored site.
 */
export function groupIndices(options: { sites: readonly WebsiteRecord[]; groups: readonly IndicatorGroup[] }): GroupIndex[] {
  const { sites, groups } = options;
  if (sites.length === 0) return [];
  return groups.map((group) => ({
    group: group.name,
    ...indexOf(
      sites.map((site) => groupScore(site.scores?.[group.name])),
      fromDecimal(group.points),
    ),
    previous: null,
  }));
}

/** Second-level indices over the sites whose group score was given item by item. */
function itemIndices(options: { sites: readonly WebsiteRecord[]; groups: readonly IndicatorGroup[] }): ItemIndex[] {
  return options.groups.flatMap((group) =>
    (group.items ?? []).flatMap((item) => {
      const values = options.sites.flatMap((site) => {
        const score = site.scores?.[group.name];
        const points = typeof score === 'object' ? score[item.name] : undefined;
        return points === undefined ? [] : [fromDecimal(points)];
      });
      if (values.length === 0) return [];
      return [{ group: group.name, item: item.name, ...indexOf(values, fromDecimal(item.points)), sites: values.length }];
    }),
  );
}

export type ScoreFigures = Pick<
  WebsiteFigures,
  | 'scored'
  | 'averageScore'
  | 'averageFinalScore'
  | 'highest'
  | 'lowest'
  | 'ranking'
  | 'groupIndices'
  | 'itemIndices'
  | 'lowestItemIndices'
>;

/** Score statistics over the scored sites, in record order. */
export function scoreFigures(options: { scoredSites: readonly WebsiteRecord[]; rules: IndicatorRules; denseRanking: boolean }): ScoreFigures {
  const { scoredSites, rules, denseRanking } = options;
  const sites = scoredSites.map((site) => scoredSiteOf(site, rules));
  const items = itemIndices({ sites: scoredSites, groups: rules.deductionGroups });
  const any = sites.length > 0;
  return {
    scored: sites.length,
    averageScore: any ? scoreStat(mean(sites.map((site) => site.score.value))) : null,
    averageFinalScore: any ? scoreStat(mean(sites.map((site) => site.finalScore.value))) : null,
    highest: extreme(sites, (a, b) => compare(a, b) > 0),
    lowest: extreme(sites, (a, b) => compare(a, b) < 0),
    ranking: ranked({ items: sites, valueOf: (site) => site.finalScore.value, dense: denseRanking }),
    groupIndices: groupIndices({ sites: scoredSites, groups: rules.deductionGroups }),
    itemIndices: items,
    // sort is stable: equal indices keep the rules' order
    lowestItemIndices: [...items].sort((a, b) => compare(a.index.value, b.index.value)),
  };
}
