// Computed statistics of one quarter: what `compute` hands to `compose`.
// Values are exact rationals; printing (rounding, precision, 个百分点) is the job of
// the formatting helpers, which read the issuer's precision per statistic kind.

import type { Period } from './records.js';

/** An exact rational number. bigint so sums of scaled scores never lose a digit. */
export interface Exact {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * The kinds of statistic whose printed precision the issuer sets.
 * Percent kinds hold a fraction in [0, 1] and print ×100 with "%".
 */
export type StatKind = 'passRate' | 'samplingRatio' | 'share' | 'score' | 'scoreChange' | 'index';

export const PERCENT_KINDS: readonly StatKind[] = ['passRate', 'samplingRatio', 'share'];

/** One statistic: an exact value and the kind that decides how it is printed. */
export interface Stat {
  readonly kind: StatKind;
  readonly value: Exact;
}

/** Counts and rates of one channel (websites or accounts), for this or an earlier quarter. */
export interface ChannelSummary {
  /** 在运行 */
  readonly running: number;
  /** 检查 / 抽查 */
  readonly checked: number;
  /** 不合格 */
  readonly failing: number;
  readonly passing: number;
  /** checked ÷ running */
  readonly samplingRatio: Stat;
  /** passing ÷ checked */
  readonly passRate: Stat;
  /** every running unit was checked */
  readonly fullCoverage: boolean;
}

/** A named part of a channel: a region, a platform, a kind of site. */
export interface GroupFigures extends ChannelSummary {
  readonly name: string;
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

export interface ChannelFigures extends ChannelSummary {
  readonly byRegion: readonly GroupFigures[];
  /** regions with checked units and none failing, in the records' order */
  readonly regionsAllPassed: readonly string[];
  readonly failingUnits: readonly FailingUnit[];
  /** veto items with how many units hit each, most first */
  readonly vetoBreakdown: readonly NamedCount[];
}

export interface ScoredSite {
  readonly name: string;
  readonly score: Stat;
}

export interface GroupIndex {
  readonly group: string;
  /** group average ÷ group points */
  readonly index: Stat;
}

export interface WebsiteFigures extends ChannelFigures {
  /** counts by kind (门户, 部门 …) among running sites, in first-seen order */
  readonly byKind: readonly NamedCount[];
  readonly byLevel: readonly NamedCount[];
  /** checked sites with no veto item and 扣分 scores given */
  readonly scored: number;
  /** mean 扣分 score of scored sites; absent when none was scored */
  readonly averageScore?: Stat;
  readonly highest?: ScoredSite;
  readonly lowest?: ScoredSite;
  /** first-level group score indices over scored sites */
  readonly groupIndices: readonly GroupIndex[];
}

export interface AccountFigures extends ChannelFigures {
  readonly byPlatform: readonly GroupFigures[];
}

export interface PreviousFigures {
  readonly period: Period;
  readonly websites?: ChannelSummary;
  readonly accounts?: ChannelSummary;
  readonly averageScore?: Stat;
}

export interface Figures {
  readonly period: Period;
  readonly websites: WebsiteFigures;
  readonly accounts: AccountFigures;
  readonly previous?: PreviousFigures;
}
