// The 国办秘函〔2019〕19号 rules, with groups, points and thresholds from the issuer's
// configuration: any 单项否决 item fails a unit; a website's 扣分 score below the pass score
// fails it; above the bonus threshold its 加分 points count, so the final score reaches
// 扣分 + 加分 (130 by default). New media are not scored: no veto item, pass.

import type { Exact } from '../model/figures.js';
import type { AccountRecord, GroupScore, IndicatorRules, WebsiteRecord } from '../model/records.js';
import { ZERO, add, compare, fromDecimal, sum } from './exact.js';

/** A group's points kept: the number given, or the sum of its second-level points. */
export function groupScore(score: GroupScore | undefined): Exact {
  if (score === undefined) return ZERO;
  return typeof score === 'string' ? fromDecimal(score) : sum(Object.values(score).map(fromDecimal));
}

/** The 扣分 score of a site; undefined when the site was not scored. */
export function deductionScore(site: WebsiteRecord): Exact | undefined {
  return site.scores && sum(Object.values(site.scores).map(groupScore));
}

/** The 加分 points that count: only above the bonus threshold (strictly, "80分以上" of 19号). */
export function countedBonus(site: WebsiteRecord, rules: IndicatorRules): Exact {
  const score = deductionScore(site);
  if (score === undefined || site.bonus === undefined) return ZERO;
  return compare(score, fromDecimal(rules.bonusThreshold)) > 0 ? fromDecimal(site.bonus) : ZERO;
}

/** 扣分 + counted 加分; undefined when the site was not scored. */
export function finalScore(site: WebsiteRecord, rules: IndicatorRules): Exact | undefined {
  const score = deductionScore(site);
  return score && add(score, countedBonus(site, rules));
}

function isBelowPassScore(site: WebsiteRecord, rules: IndicatorRules): boolean {
  const score = deductionScore(site);
  return score !== undefined && compare(score, fromDecimal(rules.passScore)) < 0;
}

function isCheckedRunning(unit: WebsiteRecord | AccountRecord): boolean {
  return unit.status === '运行' && unit.checked;
}

/** A checked site fails on any veto item, else on a 扣分 score below the pass score. */
export function siteFails(site: WebsiteRecord, rules: IndicatorRules): boolean {
  return isCheckedRunning(site) && (site.veto.length > 0 || isBelowPassScore(site, rules));
}

/** A checked account fails on any veto item and passes otherwise. */
export function accountFails(account: AccountRecord): boolean {
  return isCheckedRunning(account) && account.veto.length > 0;
}

/** A site the score statistics count: checked, no veto item (a veto is not scored), scores given. */
export function isScored(site: WebsiteRecord): boolean {
  return isCheckedRunning(site) && site.veto.length === 0 && site.scores !== undefined;
}
