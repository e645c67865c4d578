// 扣分 scores of websites (国办秘函〔2019〕19号): a site's score is the sum of its
// first-level group scores; the notice cites their mean, the extremes and each group's
// index (group mean ÷ group points). 加分 is not part of any of these.

import type { Exact, GroupIndex, ScoredSite, WebsiteFigures } from '../model/figures.js';
import type { IndicatorGroup, WebsiteRecord } from '../model/records.js';
import { ZERO, compare, div, fromDecimal, fromInteger, sum } from './exact.js';

/** The 扣分 score of a site; undefined when the site was not scored. */
export function deductionScore(site: WebsiteRecord): Exact | undefined {
  if (!site.scores) return undefined;
  return sum(Object.values(site.scores).map(fromDecimal));
}

function mean(values: readonly Exact[]): Exact {
  return div(sum(values), fromInteger(values.length));
}

/** The first site holding the most extreme score: ties go to the earlier record. */
function extreme(sites: readonly ScoredSite[], better: (a: Exact, b: Exact) => boolean): ScoredSite | undefined {
  return sites.reduce<ScoredSite | undefined>((best, site) => (best && !better(site.score.value, best.score.value) ? best : site), undefined);
}

export type ScoreFigures = Pick<WebsiteFigures, 'scored' | 'averageScore' | 'highest' | 'lowest' | 'groupIndices'>;

/**
 * Score statistics over the scored sites (checked, no veto item, scores given), in record
 * order. A group a site has no score for counts as 0 points: the check stage requires
 * every group of a scored site.
 */
export function scoreFigures(options: { scoredSites: readonly WebsiteRecord[]; groups: readonly IndicatorGroup[] }): ScoreFigures {
  const { scoredSites, groups } = options;
  if (scoredSites.length === 0) return { scored: 0, groupIndices: [] };
  const sites: ScoredSite[] = scoredSites.map((site) => ({
    name: site.name,
    score: { kind: 'score', value: deductionScore(site) ?? ZERO },
  }));
  const groupIndices: GroupIndex[] = groups.map((group) => {
    const groupMean = mean(scoredSites.map((site) => fromDecimal(site.scores?.[group.name] ?? '0')));
    return { group: group.name, index: { kind: 'index', value: div(groupMean, fromDecimal(group.points)) } };
  });
  return {
    scored: sites.length,
    averageScore: { kind: 'score', value: mean(sites.map((site) => site.score.value)) },
    highest: extreme(sites, (a, b) => compare(a, b) > 0),
    lowest: extreme(sites, (a, b) => compare(a, b) < 0),
    groupIndices,
  };
}
