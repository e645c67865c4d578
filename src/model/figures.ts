// Computed statistics of one quarter: what `compute` hands to `compose`.
// Values are exact rationals; printing (rounding, precision, 个百分点) is the job of
// the formatting helpers, which read the issuer's precision per statistic kind.
// A part the data does not support (no scores, no earlier quarter) is null, never left out,
// so templates can test it with {{#if}} while a misspelt name still fails the build. So is a
// ratio with nothing to divide by (a pass rate when nothing was checked): it is not 0%, it
// does not apply, and a template printing it without {{#if}} fails with a Chinese message.

import type { IsoDate, Period } from './records.js';

/** An exact rational number. bigint so sums of scaled scores never lose a digit. */
export interface Exact {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * The kinds of statistic whose printed precision the issuer sets.
 * Percent kinds hold a fraction (a rate in [0, 1]) and print ×100 with "%".
 */
export type StatKind = 'passRate' | 'samplingRatio' | 'share' | 'completionRate' | 'score' | 'scoreChange' | 'index';

export const PERCENT_KINDS: readonly StatKind[] = ['passRate', 'samplingRatio', 'share', 'completionRate'];

/** One statistic: an exact value and the kind that decides how it is printed. */
export interface Stat {
  readonly kind: StatKind;
  readonly value: Exact;
}

/** Counts and rates of one channel (websites or accounts), for this or an earlier quarter. */
export interface ChannelSummary {
  /** units the records list, whatever their status; 0 when the channel is not part of the notice */
  readonly registered: number;
  /** 在运行 */
  readonly running: number;
  /** 检查 / 抽查 */
  readonly checked: number;
  /** 不合格 */
  readonly failing: number;
  readonly passing: number;
  /** checked ÷ running; null when nothing runs */
  readonly samplingRatio: Stat | null;
  /** passing ÷ checked; null when nothing was checked */
  readonly passRate: Stat | null;
  /** every running unit was checked */
  readonly fullCoverage: boolean;
}

/** A named part of a channel: a region, a platform, a kind of site, an owner. */
export interface GroupFigures extends ChannelSummary {
  readonly name: string;
}

/** A place in a ranking: equal values share a rank (并列第3). */
export interface Ranked {
  readonly rank: number;
  /** another entry has the same rank */
  readonly tied: boolean;
}

export interface NamedCount {
  readonly name: string;
  readonly count: number;
}

/** A failing unit as the body names it and the attachment table lists it. */
export interface FailingUnit {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly region: string;
  /** site kind (门户网站 …) or the platform's full name */
  readonly type: string;
  /** platform short name for tables (微信, 微博 …); the site kind for websites */
  readonly typeShort: string;
  readonly veto: readonly string[];
  /** 问题 column: the record's problem text, else its veto items joined with 、 */
  readonly problem: string;
}

/** 复检: the failing units checked again after rectification. */
export interface RecheckFigures {
  /** failing units with a re-check result */
  readonly rechecked: number;
  /** failing units that passed the re-check */
  readonly passed: number;
  /** failing units that did not pass it or were not re-checked */
  readonly stillFailing: number;
  /** failing units with no re-check result */
  readonly notRechecked: number;
  readonly passedUnits: readonly FailingUnit[];
  readonly stillFailingUnits: readonly FailingUnit[];
  /** (checked − still failing) ÷ checked: 经督促整改复检后，整体合格率达… */
  readonly passRate: Stat;
}

/** 上季度通报问题整改情况: last quarter's failing units of this channel, re-checked this quarter. */
export interface RectificationFigures {
  /** failing units of last quarter */
  readonly issued: number;
  readonly fixed: number;
  readonly stillFailing: number;
  readonly notReported: number;
  readonly fixedUnits: readonly FailingUnit[];
  readonly stillFailingUnits: readonly FailingUnit[];
  readonly notReportedUnits: readonly FailingUnit[];
  /** fixed ÷ issued: 整改完成率 */
  readonly completionRate: Stat;
}

export interface ChannelFigures extends ChannelSummary {
  /** in the issuer's region order, then first-seen order */
  readonly byRegion: readonly GroupFigures[];
  readonly byOwner: readonly GroupFigures[];
  /** regions with checked units and none failing, in byRegion's order */
  readonly regionsAllPassed: readonly string[];
  /** regions with checked units by pass rate, highest first */
  readonly regionRanking: readonly (GroupFigures & Ranked)[];
  readonly failingUnits: readonly FailingUnit[];
  /** veto items with how many units hit each, most first */
  readonly vetoBreakdown: readonly NamedCount[];
  /** checked units × checking rounds (检查共计134次); null when the rounds were not given */
  readonly checks: number | null;
  /** null when no failing unit has a re-check result */
  readonly recheck: RecheckFigures | null;
  /** null when the records give no rectification, or the channel had no failing unit last quarter */
  readonly rectification: RectificationFigures | null;
}

/** A checked site with 扣分 scores and no veto item. */
export interface ScoredSite {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly kind: string;
  readonly level: string;
  readonly region: string;
  /** 扣分 score (of 100 by default) */
  readonly score: Stat;
  /** 加分 points counted: the bonus when the 扣分 score is above the bonus threshold, else 0 */
  readonly bonus: Stat;
  /** score + bonus (up to 130 by default) */
  readonly finalScore: Stat;
}

/** Sites of one kind or level within a list. */
export interface NamedSites {
  readonly name: string;
  readonly count: number;
  readonly sites: readonly ScoredSite[];
}

export interface GroupIndex {
  readonly group: string;
  readonly points: Stat;
  /** group mean over scored sites */
  readonly average: Stat;
  /** average ÷ points */
  readonly index: Stat;
  /** the same group's index last quarter; null without scored records then */
  readonly previous: Stat | null;
}

/** A second-level indicator's index, over the sites scored item by item in its group. */
export interface ItemIndex {
  readonly group: string;
  readonly item: string;
  readonly points: Stat;
  readonly average: Stat;
  readonly index: Stat;
  /** how many sites the average is over */
  readonly sites: number;
}

/** Sites reaching a score line in each of the last `quarters` quarters (连续四个季度得分高于80分). */
export interface StreakFigures {
  readonly quarters: number;
  readonly count: number;
  readonly sites: readonly ScoredSite[];
  readonly byKind: readonly NamedSites[];
  readonly byLevel: readonly NamedSites[];
}

export interface ScoreLineFigures {
  /** the line itself, printed as a score */
  readonly score: Stat;
  readonly inclusive: boolean;
  readonly includesBonus: boolean;
  /** scored sites reaching the line */
  readonly count: number;
  /** count ÷ scored sites; null when no site was scored */
  readonly share: Stat | null;
  /** in record order */
  readonly sites: readonly ScoredSite[];
  readonly byKind: readonly NamedSites[];
  readonly byLevel: readonly NamedSites[];
  /** last quarter at the same line; share is null when its scored count is unknown */
  readonly previous: { readonly count: number; readonly share: Stat | null } | null;
  /** null when the line sets no streak or the chain of quarters with records is too short */
  readonly streak: StreakFigures | null;
}

export interface WebsiteFigures extends ChannelFigures {
  /** by kind (门户, 部门 …) and by level, in first-seen order */
  readonly byKind: readonly GroupFigures[];
  readonly byLevel: readonly GroupFigures[];
  /** checked sites with no veto item and 扣分 scores given */
  readonly scored: number;
  /** mean 扣分 score of scored sites */
  readonly averageScore: Stat | null;
  /** mean final score (扣分 + counted 加分) */
  readonly averageFinalScore: Stat | null;
  /** by 扣分 score; ties go to the earlier record */
  readonly highest: ScoredSite | null;
  readonly lowest: ScoredSite | null;
  /** scored sites by final score, highest first */
  readonly ranking: readonly (ScoredSite & Ranked)[];
  /** first-level group score indices over scored sites, in the rules' order */
  readonly groupIndices: readonly GroupIndex[];
  /** second-level indices in the rules' order; only items some site was scored on */
  readonly itemIndices: readonly ItemIndex[];
  /** the same, lowest index first (ties in the rules' order) */
  readonly lowestItemIndices: readonly ItemIndex[];
  /** one per score line the issuer set, in its order */
  readonly scoreLines: readonly ScoreLineFigures[];
}

export interface AccountFigures extends ChannelFigures {
  readonly byPlatform: readonly GroupFigures[];
}

export interface MessageFigures {
  readonly name: string;
  /** the period the counts cover; null when it is the checking window */
  readonly window: { readonly start: IsoDate; readonly end: IsoDate } | null;
  readonly received: number;
  readonly finished: number;
  readonly finishedOnTime: number | null;
  /** finished ÷ received: 办结率; null when nothing was received */
  readonly completionRate: Stat | null;
  /** finished on time ÷ received; null when not reported or nothing was received */
  readonly onTimeRate: Stat | null;
}

/** An earlier quarter as the notice compares with it. */
export interface PreviousFigures {
  readonly period: Period;
  readonly websites: ChannelSummary | null;
  readonly accounts: ChannelSummary | null;
  readonly scored: number | null;
  readonly averageScore: Stat | null;
  readonly averageFinalScore: Stat | null;
  /** first-level group score indices; empty unless that quarter has scored records (a published notice gives none) */
  readonly groupIndices: readonly GroupIndex[];
}

export interface Figures {
  readonly period: Period;
  readonly websites: WebsiteFigures;
  readonly accounts: AccountFigures;
  readonly messages: readonly MessageFigures[];
  /** the quarter before */
  readonly previous: PreviousFigures | null;
  /** the same quarter a year before (较去年同期), when the chain of quarters reaches it */
  readonly yearAgo: PreviousFigures | null;
}
