// The checked model of one quarter: what `check` hands to `compute`.
// Everything here is a raw fact typed by the office; no count, ratio or rate lives here.
// Every field that came from a YAML file keeps where it came from, so later stages
// (cross-record checks, template errors) can still point at file:line:column.

/**
 * A place in a source file, 1-based line and column. In a sheet (CSV or XLSX) the line is the
 * row number and the column the column number, and the place also names the sheet, the cell
 * and its column's header, which is how the office finds it.
 */
export interface SourcePlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** the worksheet of a workbook (absent for CSV) */
  readonly sheet?: string;
  /** the cell as a spreadsheet names it, e.g. C12 */
  readonly cell?: string;
  /** the header of the cell's column, as the sheet writes it */
  readonly header?: string;
}

/** An exact decimal typed in the data (a score), kept as text so no binary float touches it. */
export type DecimalText = string;

/** A calendar date as typed, ISO form `2025-10-15`. */
export type IsoDate = string;

export type UnitStatus = '运行' | '关停' | '建设中';

/** The result of checking a failing unit again after it was told to rectify (复检). */
export type RecheckResult = '合格' | '不合格';

/**
 * The 扣分 points a site kept in one first-level group: the group's points as one number,
 * or its second-level indicators' points (indicator name → points kept), which add up to it.
 */
export type GroupScore = DecimalText | Readonly<Record<string, DecimalText>>;

export interface WebsiteRecord {
  readonly id: string;
  /** 网站标识码, as the national reporting system assigns it */
  readonly code?: string;
  readonly name: string;
  /** 主办单位 */
  readonly owner: string;
  /** 门户 | 部门 | 专项 … as the issuer counts them */
  readonly kind: string;
  /** 市级 | 区县级 … */
  readonly level: string;
  /** 区/部门 column; the region the site belongs to (市本级 for city departments) */
  readonly region: string;
  readonly status: UnitStatus;
  readonly checked: boolean;
  /** 单项否决 items hit, by their names in the indicator rules */
  readonly veto: readonly string[];
  /** 扣分指标 points per first-level group (group name → points kept), when scored */
  readonly scores?: Readonly<Record<string, GroupScore>>;
  /** 加分指标 points, only counted above the bonus threshold */
  readonly bonus?: DecimalText;
  /** 问题 as printed in the attachment table; defaults to the veto items */
  readonly problem?: string;
  /** 复检: for a failing site, whether it passed when checked again after rectification */
  readonly recheck?: RecheckResult;
  /** 开设日期: a unit opened within the quarter is new (新增) even when last quarter has no records */
  readonly opened?: IsoDate;
  /** the office's own facts about the unit, by the names the issuer declared (see FactConfig) */
  readonly facts?: Readonly<Record<string, DecimalText>>;
  readonly place: SourcePlace;
}

export interface AccountRecord {
  readonly id: string;
  readonly name: string;
  /** 平台 as configured in the issuer's platform list (微信公众号, 新浪微博 …) */
  readonly platform: string;
  readonly owner: string;
  readonly region: string;
  readonly status: UnitStatus;
  readonly checked: boolean;
  readonly veto: readonly string[];
  /** points per deduction group, when the issuer scores accounts on a scale of its own (rules.accountScoring) */
  readonly scores?: Readonly<Record<string, GroupScore>>;
  readonly bonus?: DecimalText;
  readonly problem?: string;
  readonly recheck?: RecheckResult;
  readonly opened?: IsoDate;
  readonly facts?: Readonly<Record<string, DecimalText>>;
  readonly place: SourcePlace;
}

/** One new-media platform: the name printed in sentences and the short name for tables. */
export interface PlatformConfig {
  readonly name: string;
  readonly short: string;
}

/** Decimal places per kind of statistic: the issuer's setting (0, 1 or 2). */
export interface PrecisionConfig {
  readonly passRate: number;
  readonly samplingRatio: number;
  readonly share: number;
  /** 办结率, 整改完成率 */
  readonly completionRate: number;
  /** growth of a count over the earlier quarter (增长72.7%) */
  readonly growth: number;
  readonly score: number;
  readonly scoreChange: number;
  readonly index: number;
  /** sums and averages of the office's own facts (发布信息1234条, 平均每个账号12.3条) */
  readonly amount: number;
}

/** The kinds of statistic a change is printed for (较上季度…), each with its own 基本持平 threshold. */
export type ChangeKind = 'passRate' | 'samplingRatio' | 'share' | 'completionRate' | 'score' | 'index';

/** A second-level 扣分 indicator (二级指标) and its points. */
export interface IndicatorItem {
  readonly name: string;
  readonly points: DecimalText;
}

export interface IndicatorGroup {
  readonly name: string;
  readonly points: DecimalText;
  /** second-level indicators, whose points add up to the group's; needed only to score them one by one */
  readonly items?: readonly IndicatorItem[];
}

/**
 * A score line the issuer reports on (高于80分 / 90分以上（含）): sites reaching it are counted,
 * named and compared with earlier quarters.
 */
export interface ScoreLineConfig {
  readonly score: DecimalText;
  /** true: a score equal to the line counts (90分以上（含）); false: only above it (高于80分) */
  readonly inclusive: boolean;
  /** true: the final score (扣分 + counted 加分); false: the 扣分 score alone */
  readonly includesBonus: boolean;
  /** report sites reaching the line in this many consecutive quarters (连续四个季度) */
  readonly streak?: number;
}

/** How a channel's units are scored: deduction groups (扣分), a bonus part (加分) and two lines. */
export interface ScoringRules {
  readonly deductionGroups: readonly IndicatorGroup[];
  readonly bonusPoints: DecimalText;
  /** below this 扣分 score a unit fails */
  readonly passScore: DecimalText;
  /** above this 扣分 score the 加分 part counts */
  readonly bonusThreshold: DecimalText;
}

/** 国办秘函〔2019〕19号 rules as configuration: issuers re-scale groups and thresholds. */
export interface IndicatorRules extends ScoringRules {
  readonly websiteVetoItems: readonly string[];
  readonly accountVetoItems: readonly string[];
  /** accounts scored on the issuer's own scale (veto + deductions + bonus); absent: not scored, as nationally */
  readonly accountScoring?: ScoringRules;
}

/**
 * A fact the office records itself (posts published, reminders sent, typos found): a number
 * on each unit of a channel or on the quarter, summed, averaged, ranked and compared.
 */
export interface FactConfig {
  /** the name records and templates use, e.g. 发布信息 */
  readonly name: string;
  /** where it is written: on each website, on each account, or once for the quarter */
  readonly of: 'websites' | 'accounts' | 'quarter';
  /** the classifier printed after it (条, 次, 个) */
  readonly unit: string;
}

/**
 * Groups the issuer defines over a field's values, e.g. owners as 区县 / 功能区 / 市直部门:
 * each category lists the values it takes in; values no category lists stay out.
 */
export interface CategoryConfig {
  /** the name templates group by: websites.by.单位类别 */
  readonly name: string;
  /** the record field whose values are grouped */
  readonly field: 'owner' | 'region' | 'kind' | 'level' | 'platform';
  readonly groups: readonly { readonly name: string; readonly values: readonly string[] }[];
}

export interface SealConfig {
  /** absolute path of a transparent PNG */
  readonly image: string;
  readonly diameterMm: number;
}

/**
 * A digital signature over the PDF: the office's certificate and private key in a PKCS#12 file,
 * whose password comes from the environment at build time, never from the data.
 */
export interface SigningConfig {
  /** the .p12/.pfx file's absolute path, with where the settings name it (a wrong password is reported there) */
  readonly certificate: { readonly value: string; readonly place: SourcePlace; readonly field?: string };
  /** 签名原因, shown by PDF readers */
  readonly reason?: string;
  /** 签名地点 */
  readonly location?: string;
}

export interface ContactConfig {
  /** who receives the rectification report, e.g. 市政府办公室 */
  readonly recipient: string;
  readonly person?: string;
  readonly phone?: string;
  readonly email?: string;
}

/**
 * 版头: 文件格式 or 信函格式 with the organ's name as printed in red (GB/T 9704 7.2, 10.1), or
 * `preprinted`: paper whose 版头 (organ mark and red rule) is already printed, so the text keeps
 * the 文件格式 places and nothing is printed in the 版头 but the 文号.
 */
export type LetterheadConfig = { readonly format: 'file' | 'letter'; readonly organ: string } | { readonly format: 'preprinted' };

/** 版记: 抄送 organs and the 印发机关 (GB/T 9704 7.4). */
export interface ColophonConfig {
  readonly copyTo?: readonly string[];
  readonly printedBy: string;
}

/**
 * The government website the notice is published on, for the page's <meta> (政府网站网页设计规范,
 * annex to 国办发〔2017〕47号) and the 政府信息公开 form. Any field may be missing: the build warns.
 */
export interface SiteConfig {
  /** SiteName: the website's name */
  readonly name?: string;
  /** SiteDomain: its domain, as www.example.gov.cn */
  readonly domain?: string;
  /** SiteIDCode: the website's 网站标识码 */
  readonly idCode?: string;
  /** ColumnName: the column the notice is published in */
  readonly column?: string;
  /** 索引号, with {年} for the year of the notice's date and {文号序号} for its 文号's serial number */
  readonly indexNumber?: string;
  /** 主题分类 */
  readonly topic?: string;
  /** 公开属性: 主动公开, 依申请公开… */
  readonly openness?: string;
  /** Keywords of the page and the PDF */
  readonly keywords?: readonly string[];
  /**
   * Whether the CMS fragment keeps the title and the 文号 (default: yes). Editors that print the
   * article's title and 文号 from their own form fields would show them twice.
   */
  readonly fragmentTitle?: boolean;
}

export interface IssuerProfile {
  /** full name, used in the title and the signature */
  readonly name: string;
  /** how the issuer calls itself in the text, e.g. 市政府办公室 */
  readonly shortName: string;
  /** 全省 / 全市 / 全区 / 全县 */
  readonly scope: string;
  /** 主送, ending with the full-width colon; absent for a notice sent to no one in particular */
  readonly addressees?: string;
  /** basis documents cited in the 导语, each as printed, e.g. 《…》（国办秘函〔2019〕19号）; absent when it cites none */
  readonly basis?: readonly string[];
  readonly contact: ContactConfig;
  /** 附注, e.g. （此件公开发布） */
  readonly annotation?: string;
  readonly seal?: SealConfig;
  readonly signing?: SigningConfig;
  readonly precision: PrecisionConfig;
  /** 量词: websites 家/个, accounts 个/家, messages 条/封 */
  readonly classifiers: { readonly website: string; readonly account: string; readonly message: string };
  readonly platforms: readonly PlatformConfig[];
  readonly rules: IndicatorRules;
  readonly scoreLines: readonly ScoreLineConfig[];
  /** per kind, a non-zero change below this (in the printed unit) is 基本持平 */
  readonly flatThresholds: Readonly<Partial<Record<ChangeKind, DecimalText>>>;
  /** counts from this number up print in Arabic digits (连续12个季度), below it in Chinese (连续四个季度) */
  readonly arabicNumeralsFrom: number;
  /** true: ties do not skip ranks (1, 1, 2); false: they do (1, 1, 3), as notices usually rank */
  readonly denseRanking: boolean;
  /** the order regions are listed in (合格率达100%的地区); regions not named follow in record order */
  readonly regions?: readonly string[];
  /** absolute path of a folder whose .hbs files override the bundled templates */
  readonly templates?: string;
  /** the office's own facts, by name */
  readonly facts?: readonly FactConfig[];
  /** groupings of field values the issuer defines */
  readonly categories?: readonly CategoryConfig[];
  /** the names a quarter's narrative may hold sections under (overview, problems, 典型做法 …) */
  readonly narrativeSections: readonly string[];
  /** 版头; absent for notices printed on pre-printed letterhead paper */
  readonly letterhead?: LetterheadConfig;
  /** 版记; absent when the notice carries none */
  readonly colophon?: ColophonConfig;
  /** where the notice is published online */
  readonly site?: SiteConfig;
  /** official font names used instead of the defaults, by role (仿宋 instead of 仿宋_GB2312 …) */
  readonly fonts?: Readonly<Partial<Record<'fangsong' | 'heiti' | 'kaiti' | 'songti' | 'xiaobiaosong', string>>>;
  /** the office's own sheet headers: per kind of sheet, record field → headers (see load/sheets/columns.ts) */
  readonly columns?: SheetHeaderSettings;
}

/** `columns:` in the issuer settings: per kind of sheet, record field (name, owner …) → the office's headers for it. */
export type SheetHeaderSettings = Readonly<Partial<Record<'websites' | 'accounts', Readonly<Partial<Record<string, readonly string[]>>>>>>;

export interface Period {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** Narrative sections, by the names the issuer declares: Markdown written by the office, not computed. */
export type Narrative = Readonly<Record<string, string>>;

/**
 * Figures a quarter was published with, for a quarter that has no records in tongbao
 * (an office adopting the tool gives last quarter's printed figures instead). Any figure
 * may be left out: a notice often printed only a rate or an average.
 */
export interface PublishedFigures {
  readonly period: Period;
  readonly websites?: PublishedChannel;
  readonly accounts?: PublishedChannel;
  /** the quarter's own facts as published (see FactConfig), by name */
  readonly facts?: Readonly<Record<string, DecimalText>>;
}

export interface PublishedCounts {
  readonly running: number;
  readonly checked: number;
  readonly failing: number;
}

/** What a published notice may say about one channel, or about one group of it. */
export interface PublishedChannel extends Partial<PublishedCounts> {
  /** a pass rate printed without its counts, in percent as printed (95 for 95%) */
  readonly passRate?: DecimalText;
  /** a sampling ratio printed without its counts, in percent */
  readonly samplingRatio?: DecimalText;
  /** units given a score, the base of the shares above a score line */
  readonly scored?: number;
  /** 扣分 mean as printed */
  readonly averageScore?: DecimalText;
  /** mean of the final score (扣分 + 加分) as printed */
  readonly averageFinalScore?: DecimalText;
  /** units reaching a score line, matched to the issuer's lines by their score */
  readonly scoreLines?: readonly { readonly score: DecimalText; readonly count: number }[];
  /** figures per group, by dimension and group name: { kind: { 门户网站: { averageScore: 85.2 } } } */
  readonly by?: Readonly<Record<string, Readonly<Record<string, PublishedChannel>>>>;
}

/** 找错 / 信箱 messages handled in the quarter: counts reported by that system, not computed. */
export interface MessageRecord {
  /** the channel as printed, e.g. 我为政府网站找错 */
  readonly name: string;
  /** the period the counts cover, when it is not the checking window */
  readonly window?: { readonly start: IsoDate; readonly end: IsoDate };
  readonly received: number;
  /** 办结 */
  readonly finished: number;
  /** 按时办结, when the system reports it */
  readonly finishedOnTime?: number;
  /** received by category (咨询, 投诉, 建议 …), when the system reports it */
  readonly categories?: readonly MessageCount[];
  /** received and finished per unit (区县, 部门 …) the messages were passed to */
  readonly units?: readonly MessageCount[];
  readonly place: SourcePlace;
}

/** Messages of one category or one unit: received, and finished when the system says. */
export interface MessageCount {
  readonly name: string;
  readonly received: number;
  readonly finished?: number;
}

/**
 * The re-check of last quarter's failing units (经复查…已按要求完成整改): each of them by id,
 * in exactly one list.
 */
export interface RectificationRecord {
  readonly fixed: readonly string[];
  readonly stillFailing: readonly string[];
  /** units that did not report their rectification in time */
  readonly notReported: readonly string[];
}

export interface QuarterRecords {
  readonly source: string;
  readonly issuer: IssuerProfile;
  readonly period: Period;
  /** 成文日期 */
  readonly date: IsoDate;
  /** 发文字号, optional: never invented */
  readonly docNumber?: string;
  /** 检查时间; absent when the notice gives none */
  readonly window?: { readonly start: IsoDate; readonly end: IsoDate };
  /** 监测时间点 printed in the attachment 注 line */
  readonly monitoringPoint?: IsoDate;
  /** 整改报送截止日期; absent when the notice sets none */
  readonly deadline?: IsoDate;
  /** 印发日期 in the 版记; the 成文日期 when not given */
  readonly printDate?: IsoDate;
  readonly websites: readonly WebsiteRecord[];
  readonly accounts: readonly AccountRecord[];
  readonly narrative: Narrative;
  /** 找错 / 信箱 message handling */
  readonly messages: readonly MessageRecord[];
  /** how many times each checked unit was checked in the quarter (检查共计134次 = 67家 × 2) */
  readonly rounds?: { readonly websites?: number; readonly accounts?: number };
  readonly rectification?: RectificationRecord;
  /** the office's own facts about the quarter (see FactConfig), by name */
  readonly facts?: Readonly<Record<string, DecimalText>>;
  /** the quarter before: its records, or its published figures */
  readonly previous?: QuarterRecords | PublishedFigures;
  /** the same quarter a year before as published, when the chain of previous quarters does not reach it */
  readonly yearAgo?: PublishedFigures;
}

export function isPublishedFigures(q: QuarterRecords | PublishedFigures): q is PublishedFigures {
  return !('issuer' in q);
}
