// Computed statistics: what `compute` hands to `compose`.
//
// The figures of a notice are measures × groups × quarters: any measure (counts, rates,
// averages, extremes, the office's own facts) over any set of units of a channel (all of
// them, or a group by any record field or issuer category, nested), in this quarter or any
// earlier one of the chain. No fixed list could hold them all, so the tree is lazy: every
// figure is defined by compute/ and computed the first time a template reads it, then kept.
// To a template it is an ordinary read-only tree (`websites.by.kind.门户网站.averageScore`,
// `websites.previous.passRate`); walking `by`, `previous` or `earlier` only steps into it.
//
// Values are exact rationals; printing (rounding, precision, 个百分点) is the job of the
// formatting helpers, which read the issuer's precision per statistic kind.
// A part the data does not support (no scores, no earlier quarter, a figure a published
// quarter did not give) is null, never left out, so templates can test it with {{#if}}
// while a misspelt name still fails the build. So is a ratio with nothing to divide by (a
// pass rate when nothing was checked): it does not apply, it is not 0%.

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
export type StatKind = 'passRate' | 'samplingRatio' | 'share' | 'completionRate' | 'score' | 'scoreChange' | 'index' | 'amount';

export const PERCENT_KINDS: readonly StatKind[] = ['passRate', 'samplingRatio', 'share', 'completionRate'];

/** One statistic: an exact value and the kind that decides how it is printed. */
export interface Stat {
  readonly kind: StatKind;
  readonly value: Exact;
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

export type Channel = 'websites' | 'accounts';

/** One unit (a website or an account) in one quarter, as the statistics and the tables see it. */
export interface UnitFigures {
  readonly channel: Channel;
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly region: string;
  /** site kind (门户网站 …); '' for accounts */
  readonly kind: string;
  /** site level (市级 …); '' for accounts */
  readonly level: string;
  /** platform's full name; '' for websites */
  readonly platform: string;
  /** site kind or the platform's full name, as sentences name the unit's type */
  readonly type: string;
  /** platform short name for tables (微信, 微博 …); the site kind for websites */
  readonly typeShort: string;
  readonly status: string;
  readonly running: boolean;
  /** running and checked */
  readonly checked: boolean;
  readonly failing: boolean;
  readonly passing: boolean;
  readonly veto: readonly string[];
  /** 问题 column: the record's problem text, else its veto items, else the score rule it broke; '' when passing */
  readonly problem: string;
  /** 复检 result of a failing unit; null when it was not re-checked */
  readonly recheck: string | null;
  /** checked, no veto item and scores given */
  readonly scored: boolean;
  /** 扣分 score; null when not scored */
  readonly score: Stat | null;
  /** 加分 points that count (0 below the bonus threshold); null when not scored */
  readonly bonus: Stat | null;
  /** score + counted bonus */
  readonly finalScore: Stat | null;
  /** points lost: full marks of the deduction part − score */
  readonly deduction: Stat | null;
  /** score per deduction group (and per second-level item as `组.项`), when scored */
  readonly parts: Readonly<Record<string, Stat>>;
  /** the office's own facts about the unit, by name */
  readonly facts: Readonly<Record<string, Stat>>;
  /** the same unit (by id) a quarter before: null when that quarter has no record of it or no records at all */
  readonly previous: UnitFigures | null;
  /** the same unit a year before, when the chain reaches that quarter */
  readonly yearAgo: UnitFigures | null;
  /** listed now but not in the previous quarter's records; null when there are none to compare with */
  readonly isNew: boolean | null;
  /** earlier quarters of the chain in which the unit failed, nearest first */
  readonly failedEarlier: readonly Period[];
}

/** A unit with its place in a ranking. */
export type RankedUnit = UnitFigures & Ranked;

/** The most or least of a measure: its value and every unit or group holding it (ties). */
export interface Extreme<T = UnitFigures> {
  readonly value: Stat;
  readonly items: readonly T[];
}

/** One part of a score over the scored units: a deduction group, an item, or the score, bonus, final score, deduction. */
export interface PartFigures {
  readonly name: string;
  /** the part's full points; null for the deduction and the final score */
  readonly points: Stat | null;
  readonly average: Stat | null;
  readonly total: Stat | null;
  readonly highest: Extreme | null;
  readonly lowest: Extreme | null;
  /** average ÷ points (平均得分指数) */
  readonly index: Stat | null;
  /** units given the part's full points */
  readonly fullMarks: readonly UnitFigures[];
  /** units that lost points on the part (below full points), or for a bonus: that gained any */
  readonly counted: number;
  /** the mean over the units counted (平均加分 among sites given a bonus) */
  readonly averageCounted: Stat | null;
}

/** A fact of the office's own over a set of units: its sum, mean and extremes. */
export interface FactFigures {
  readonly name: string;
  /** classifier (条, 次) */
  readonly unit: string;
  /** units with the fact given */
  readonly count: number;
  readonly sum: Stat | null;
  readonly average: Stat | null;
  readonly highest: Extreme | null;
  readonly lowest: Extreme | null;
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
  readonly passedUnits: readonly UnitFigures[];
  readonly stillFailingUnits: readonly UnitFigures[];
  /** (checked − still failing) ÷ checked: 经督促整改复检后，整体合格率达… */
  readonly passRate: Stat;
}

/** 上季度通报问题整改情况: last quarter's failing units of this set, re-checked this quarter. */
export interface RectificationFigures {
  /** failing units of last quarter */
  readonly issued: number;
  readonly fixed: number;
  readonly stillFailing: number;
  readonly notReported: number;
  readonly fixedUnits: readonly UnitFigures[];
  readonly stillFailingUnits: readonly UnitFigures[];
  readonly notReportedUnits: readonly UnitFigures[];
  /** fixed ÷ issued: 整改完成率 */
  readonly completionRate: Stat;
}

/** Sites of one kind or level within a list. */
export interface NamedSites {
  readonly name: string;
  readonly count: number;
  readonly sites: readonly UnitFigures[];
}

export interface GroupIndex {
  readonly group: string;
  readonly points: Stat;
  /** group mean over scored units */
  readonly average: Stat;
  /** average ÷ points */
  readonly index: Stat;
  /** the same group's index last quarter; null without scored records then */
  readonly previous: Stat | null;
}

/** A second-level indicator's index, over the units scored item by item in its group. */
export interface ItemIndex {
  readonly group: string;
  readonly item: string;
  readonly points: Stat;
  readonly average: Stat;
  readonly index: Stat;
  /** how many units the average is over */
  readonly sites: number;
}

/** Units reaching a score line in each of the last `quarters` quarters (连续四个季度得分高于80分). */
export interface StreakFigures {
  readonly quarters: number;
  readonly count: number;
  readonly sites: readonly UnitFigures[];
  readonly byKind: readonly NamedSites[];
  readonly byLevel: readonly NamedSites[];
}

export interface ScoreLineFigures {
  /** the line itself, printed as a score */
  readonly score: Stat;
  readonly inclusive: boolean;
  readonly includesBonus: boolean;
  /** scored units reaching the line */
  readonly count: number;
  /** count ÷ scored units; null when none was scored */
  readonly share: Stat | null;
  /** in record order */
  readonly sites: readonly UnitFigures[];
  readonly byKind: readonly NamedSites[];
  readonly byLevel: readonly NamedSites[];
  /** last quarter at the same line; share is null when its scored count is unknown */
  readonly previous: { readonly count: number; readonly share: Stat | null } | null;
  /** null when the line sets no streak or the chain of quarters with records is too short */
  readonly streak: StreakFigures | null;
}

/**
 * Groups of a set of units by one field (or issuer category): a list in the configured or
 * first-seen order, each group a slice of its own; a group is also reachable by its name
 * (`websites.by.region.南湖区`).
 */
export type GroupList = readonly SliceFigures[] & { readonly [name: string]: SliceFigures | undefined };

/**
 * Every measure over one set of units of one channel in one quarter: the whole channel
 * (`websites`) or a group of it (`websites.by.kind.门户网站`). From records every measure is
 * computed; from a published quarter only what it printed is known, the rest is null.
 */
export interface SliceFigures {
  /** the group's name; the channel's name for a whole channel (websites / accounts) */
  readonly name: string;
  readonly channel: Channel;
  readonly period: Period;
  /** records: computed from unit records; published: the figures a notice printed */
  readonly source: 'records' | 'published';

  // counts — null only where a published quarter did not give them
  /** units listed, whatever their status */
  readonly registered: number | null;
  /** 在运行 */
  readonly running: number | null;
  /** 关停 */
  readonly closed: number | null;
  /** 建设中 */
  readonly building: number | null;
  /** listed now and not in the previous quarter's records (新增); null without records to compare */
  readonly added: number | null;
  /** in the previous quarter's records and no longer listed or running (减少) */
  readonly removed: number | null;
  /** 检查 / 抽查 */
  readonly checked: number | null;
  /** running and not checked */
  readonly unchecked: number | null;
  /** 不合格 */
  readonly failing: number | null;
  readonly passing: number | null;
  /** checked ÷ running; null when nothing runs */
  readonly samplingRatio: Stat | null;
  /** passing ÷ checked; null when nothing was checked */
  readonly passRate: Stat | null;
  /** failing ÷ checked */
  readonly failRate: Stat | null;
  /** every running unit was checked */
  readonly fullCoverage: boolean | null;
  /** checked units × checking rounds (检查共计134次); null when the rounds were not given */
  readonly checks: number | null;
  /** distinct owners (主办单位) among running units */
  readonly owners: number | null;
  /** the same units were checked as the quarter before (检查范围与上季度一致); null without its records */
  readonly checkedUnchanged: boolean | null;

  // units
  readonly units: readonly UnitFigures[];
  /** by id */
  readonly unit: Readonly<Record<string, UnitFigures>>;
  readonly runningUnits: readonly UnitFigures[];
  readonly checkedUnits: readonly UnitFigures[];
  readonly failingUnits: readonly UnitFigures[];
  readonly passingUnits: readonly UnitFigures[];
  readonly closedUnits: readonly UnitFigures[];
  readonly addedUnits: readonly UnitFigures[];
  /** veto items with how many units hit each, most first */
  readonly vetoBreakdown: readonly NamedCount[];

  // scores
  /** checked units with no veto item and scores given */
  readonly scored: number | null;
  readonly scoredUnits: readonly UnitFigures[];
  /** mean 扣分 score */
  readonly averageScore: Stat | null;
  /** mean final score (扣分 + counted 加分) */
  readonly averageFinalScore: Stat | null;
  /** mean points lost (full marks − 扣分 score) */
  readonly averageDeduction: Stat | null;
  /** mean counted 加分 over the scored units */
  readonly averageBonus: Stat | null;
  /** by 扣分 score; ties go to the earlier record */
  readonly highest: UnitFigures | null;
  readonly lowest: UnitFigures | null;
  /** scored units by final score, highest first */
  readonly ranking: readonly RankedUnit[];
  /** every part of the score: score, bonus, finalScore, deduction, each deduction group and `组.项` item */
  readonly scores: Readonly<Record<string, PartFigures>>;
  /** deduction groups on which no scored unit lost a point */
  readonly groupsWithoutDeduction: readonly string[];
  /** second-level items on which no unit scored item by item lost a point */
  readonly itemsWithoutDeduction: readonly string[];
  /** first-level group score indices, in the rules' order */
  readonly groupIndices: readonly GroupIndex[];
  /** second-level indices in the rules' order; only items some unit was scored on */
  readonly itemIndices: readonly ItemIndex[];
  /** the same, lowest index first (ties in the rules' order) */
  readonly lowestItemIndices: readonly ItemIndex[];
  /** one per score line the issuer set, in its order */
  readonly scoreLines: readonly ScoreLineFigures[];

  // facts of the office's own, by name
  readonly facts: Readonly<Record<string, FactFigures>>;

  // follow-ups
  /** null when no failing unit has a re-check result */
  readonly recheck: RecheckFigures | null;
  /** null when the records give no rectification, or the set had no failing unit last quarter */
  readonly rectification: RectificationFigures | null;

  // groups
  /** groups by record field or issuer category: kind, level, region, owner, platform, status, … */
  readonly by: Readonly<Record<string, GroupList>>;
  /** regions in the issuer's order, then first-seen: groups with running units (as before `by`) */
  readonly byRegion: GroupList;
  readonly byOwner: GroupList;
  readonly byKind: GroupList;
  readonly byLevel: GroupList;
  readonly byPlatform: GroupList;
  /** regions with checked units and none failing, in byRegion's order */
  readonly regionsAllPassed: readonly string[];
  /** regions with checked units by pass rate, highest first */
  readonly regionRanking: readonly (SliceFigures & Ranked)[];

  // history
  /** the same set of units a quarter before; null when there is no earlier quarter, or a published one did not give it */
  readonly previous: SliceFigures | null;
  /** the same set a year before */
  readonly yearAgo: SliceFigures | null;
  /** the same set in each earlier quarter of the chain, nearest first */
  readonly earlier: readonly SliceFigures[];
}

/** Message counts of one category or unit. */
export interface MessageCountFigures {
  readonly name: string;
  readonly received: number;
  readonly finished: number | null;
  /** received ÷ the channel's received */
  readonly share: Stat | null;
  readonly completionRate: Stat | null;
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
  /** by category, most first */
  readonly categories: readonly MessageCountFigures[];
  /** by unit, most received first */
  readonly units: readonly (MessageCountFigures & Ranked)[];
}

/** Messages of every channel together (合计). */
export interface MessageTotals {
  readonly received: number;
  readonly finished: number;
  readonly completionRate: Stat | null;
  /** categories summed over the channels, most first */
  readonly categories: readonly MessageCountFigures[];
  /** units summed over the channels, most received first */
  readonly units: readonly (MessageCountFigures & Ranked)[];
}

/** One quarter as a notice reads it: this one, or an earlier one of the chain. */
export interface QuarterFigures {
  readonly period: Period;
  readonly source: 'records' | 'published';
  /** null when that quarter had no website (or account) records, or a published notice gave none */
  readonly websites: SliceFigures | null;
  readonly accounts: SliceFigures | null;
  readonly messages: readonly MessageFigures[];
  readonly messageTotals: MessageTotals;
  /** the quarter's own facts (see FactConfig), by name; null where not given */
  readonly facts: Readonly<Record<string, Stat | null>>;
  /** websites' scored count and averages, as earlier versions named them */
  readonly scored: number | null;
  readonly averageScore: Stat | null;
  readonly averageFinalScore: Stat | null;
  /** first-level group score indices; empty unless that quarter has scored records */
  readonly groupIndices: readonly GroupIndex[];
}

export interface Figures extends QuarterFigures {
  readonly websites: SliceFigures;
  readonly accounts: SliceFigures;
  /** the quarter before */
  readonly previous: QuarterFigures | null;
  /** the same quarter a year before (较去年同期), when the chain reaches it or the data gives it */
  readonly yearAgo: QuarterFigures | null;
  /** every earlier quarter of the chain, nearest first */
  readonly earlier: readonly QuarterFigures[];
}
