// The 国办秘函〔2019〕19号 rules, with groups, points and thresholds from the issuer's
// configuration: any 单项否决 item fails a unit; a 扣分 score below the pass score fails it;
// above the bonus threshold its 加分 points count, so the final score reaches 扣分 + 加分
// (130 by default). Websites are scored so; new media nationally are not (no veto item,
// pass), unless the issuer scores accounts on a scale of its own (rules.accountScoring).

import type { Exact } from '../model/figures.js';
import type { Channel } from '../model/figures.js';
import type { AccountRecord, GroupScore, IndicatorRules, IssuerProfile, QuarterRecords, ScoringRules, WebsiteRecord } from '../model/records.js';
import { ZERO, add, compare, fromDecimal, sum } from './exact.js';

/** What the rules read of a unit record, whichever its channel. */
export type UnitRecord = WebsiteRecord | AccountRecord;

/** The rules of one channel: its veto items, and how it is scored (undefined: not scored). */
export interface ChannelRules {
  readonly vetoItems: readonly string[];
  readonly scoring: ScoringRules | undefined;
}

export function channelRules(rules: IndicatorRules, channel: Channel): ChannelRules {
  return channel === 'websites'
    ? { vetoItems: rules.websiteVetoItems, scoring: rules }
    : { vetoItems: rules.accountVetoItems, scoring: rules.accountScoring };
}

/** The rules of a channel as an issuer set them. */
export function issuerChannelRules(issuer: IssuerProfile, channel: Channel): ChannelRules {
  return channelRules(issuer.rules, channel);
}

/** A group's points kept: the number given, or the sum of its second-level points. */
export function groupScore(score: GroupScore | undefined): Exact {
  if (score === undefined) return ZERO;
  return typeof score === 'string' ? fromDecimal(score) : sum(Object.values(score).map(fromDecimal));
}

/** The 扣分 score of a unit; undefined when the unit was not scored. */
export function deductionScore(unit: UnitRecord): Exact | undefined {
  return unit.scores && sum(Object.values(unit.scores).map(groupScore));
}

/** The 加分 points that count: only above the bonus threshold (strictly, "80分以上" of 19号). */
export function countedBonus(unit: UnitRecord, rules: ScoringRules, score: Exact | undefined = deductionScore(unit)): Exact {
  if (score === undefined || unit.bonus === undefined) return ZERO;
  return compare(score, fromDecimal(rules.bonusThreshold)) > 0 ? fromDecimal(unit.bonus) : ZERO;
}

/** 扣分 + counted 加分; undefined when the unit was not scored. */
export function finalScore(unit: UnitRecord, rules: ScoringRules): Exact | undefined {
  const score = deductionScore(unit);
  return score && add(score, countedBonus(unit, rules));
}

/** Full marks of the 扣分 part: the deduction groups' points (100 by default). */
export function fullMarks(rules: ScoringRules): Exact {
  return sum(rules.deductionGroups.map((group) => fromDecimal(group.points)));
}

function isBelowPassScore(unit: UnitRecord, scoring: ScoringRules | undefined): boolean {
  const score = scoring && deductionScore(unit);
  return score !== undefined && scoring !== undefined && compare(score, fromDecimal(scoring.passScore)) < 0;
}

export function isCheckedRunning(unit: UnitRecord): boolean {
  return unit.status === '运行' && unit.checked;
}

/** A checked unit fails on any veto item, else (when its channel is scored) on a 扣分 score below the pass score. */
export function unitFails(unit: UnitRecord, rules: ChannelRules): boolean {
  return isCheckedRunning(unit) && (unit.veto.length > 0 || isBelowPassScore(unit, rules.scoring));
}

/** A checked site fails on any veto item, else on a 扣分 score below the pass score. */
export function siteFails(site: WebsiteRecord, rules: IndicatorRules): boolean {
  return unitFails(site, channelRules(rules, 'websites'));
}

/** A checked account fails on any veto item, else, where the issuer scores accounts, on a score below its pass score. */
export function accountFails(account: AccountRecord, rules?: IndicatorRules): boolean {
  return unitFails(account, { vetoItems: [], scoring: rules?.accountScoring });
}

/** A unit the score statistics count: checked, no veto item (a veto is not scored), scores given, its channel scored. */
export function isScored(unit: UnitRecord, rules: ChannelRules): boolean {
  return rules.scoring !== undefined && isCheckedRunning(unit) && unit.veto.length === 0 && unit.scores !== undefined;
}

/** The ids of a quarter's failing units, websites first, each in record order. */
export function failingUnitIds(records: QuarterRecords): string[] {
  const { rules } = records.issuer;
  return [...records.websites.filter((site) => siteFails(site, rules)), ...records.accounts.filter((account) => accountFails(account, rules))].map(
    (unit) => unit.id,
  );
}
