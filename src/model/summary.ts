// A summary report (汇总/调研报告): one quarter compared across several regions, each region
// given by its own quarter records or by the figures its notice published. It is a second
// document kind next to the notice and goes through the same stages: load → compute → compose.

import type { SliceFigures } from './figures.js';
import type { IsoDate, Period, PrecisionConfig, PublishedFigures, QuarterRecords } from './records.js';

/** Decimal places of a region's two pass rates, as that region's notice printed them. */
export interface PassRateDecimals {
  readonly websites?: number;
  readonly accounts?: number;
}

export interface SummarySource {
  /** the region as the table prints it, e.g. 浙江省 */
  readonly region: string;
  /** its quarter: records tongbao computes from, or the figures its notice published */
  readonly quarter: QuarterRecords | PublishedFigures;
  readonly passRateDecimals: PassRateDecimals;
}

export interface SummaryRecords {
  /** the summary file */
  readonly source: string;
  readonly title: string;
  /** 署名 */
  readonly issuer: string;
  /** 成文日期 */
  readonly date: IsoDate;
  /** the quarter every source reports */
  readonly period: Period;
  /** documents the checks followed, quoted in the opening paragraph */
  readonly basis: readonly string[];
  /** Markdown written by the author, not computed */
  readonly narrative: { readonly problems?: string; readonly recommendations?: string };
  readonly precision: PrecisionConfig;
  readonly sources: readonly SummarySource[];
}

/** One row of the comparison table; a channel the region did not report is null. */
export interface SummaryRow {
  readonly region: string;
  readonly websites: SliceFigures | null;
  readonly accounts: SliceFigures | null;
}

export interface SummaryFigures {
  readonly period: Period;
  readonly rows: readonly SummaryRow[];
}
