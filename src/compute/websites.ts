// Website figures. A checked site fails on any 单项否决 item, or when its 扣分 score is below
// the issuer's pass score (国办秘函〔2019〕19号: below 60 of 100 fails).

import type { FailingUnit, WebsiteFigures } from '../model/figures.js';
import type { IndicatorRules, WebsiteRecord } from '../model/records.js';
import { channelFigures, type UnitOutcome } from './channel.js';
import { compare, fromDecimal } from './exact.js';
import { countInFirstSeenOrder } from './grouping.js';
import { deductionScore, scoreFigures } from './scores.js';

function isBelowPassScore(site: WebsiteRecord, rules: IndicatorRules): boolean {
  const score = deductionScore(site);
  return score !== undefined && compare(score, fromDecimal(rules.passScore)) < 0;
}

/**
 * The 问题 column: the office's text, else the veto items; a site failing on its score alone
 * and given no text gets the rule it broke.
 */
function problemOf(site: WebsiteRecord, rules: IndicatorRules): string {
  if (site.problem) return site.problem;
  if (site.veto.length > 0) return site.veto.join('、');
  return `扣分指标得分低于${rules.passScore}分`;
}

function failureOf(site: WebsiteRecord, rules: IndicatorRules): FailingUnit {
  return {
    id: site.id,
    name: site.name,
    owner: site.owner,
    region: site.region,
    type: site.kind,
    typeShort: site.kind,
    veto: site.veto,
    problem: problemOf(site, rules),
  };
}

function outcomeOf(site: WebsiteRecord, rules: IndicatorRules): UnitOutcome {
  const running = site.status === '运行';
  const checked = running && site.checked;
  const failing = checked && (site.veto.length > 0 || isBelowPassScore(site, rules));
  return { region: site.region, running, checked, ...(failing ? { failure: failureOf(site, rules) } : {}) };
}

export function computeWebsites(options: { sites: readonly WebsiteRecord[]; rules: IndicatorRules }): WebsiteFigures {
  const { sites, rules } = options;
  const running = sites.filter((site) => site.status === '运行');
  const scoredSites = running.filter((site) => site.checked && site.veto.length === 0 && site.scores !== undefined);
  return {
    ...channelFigures({ units: sites.map((site) => outcomeOf(site, rules)), vetoItems: rules.websiteVetoItems }),
    byKind: countInFirstSeenOrder(running, (site) => site.kind),
    byLevel: countInFirstSeenOrder(running, (site) => site.level),
    ...scoreFigures({ scoredSites, groups: rules.deductionGroups }),
  };
}
