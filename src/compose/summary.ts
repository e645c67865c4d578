// composeSummary: a summary's records and figures → its document tree, through the same
// engine, helpers and 公文 blocks as a notice, starting at templates/summary.hbs.

import { DEFAULT_ARABIC_NUMERALS_FROM, DEFAULT_CLASSIFIERS } from '../config/defaults.js';
import { sourceLocator } from '../lint/sources.js';
import type { SummaryFigures, SummaryRecords } from '../model/summary.js';
import { BUNDLED_TEMPLATES, composeDocument } from './index.js';
import type { ComposeResult } from './index.js';

const CHANNELS = ['websites', 'accounts'] as const;

/** What summary.hbs can name. Optional parts are null, so `{{#if}}` works in strict mode. */
function summaryContext(summary: SummaryRecords, figures: SummaryFigures) {
  return {
    title: summary.title,
    issuer: summary.issuer,
    date: summary.date,
    period: summary.period,
    basis: summary.basis,
    narrative: { problems: summary.narrative.problems ?? null, recommendations: summary.narrative.recommendations ?? null },
    rows: figures.rows.map((row, index) => {
      const decimals = summary.sources[index]?.passRateDecimals ?? {};
      return {
        ...row,
        // null: the summary's own precision
        passRateDecimals: { websites: decimals.websites ?? null, accounts: decimals.accounts ?? null },
        // the channels sampled rather than checked in full, which the table names: 30.7%（新媒体）
        sampledInPart: CHANNELS.flatMap((channel) => {
          const counts = row[channel];
          return counts && !counts.fullCoverage ? [{ channel, samplingRatio: counts.samplingRatio }] : [];
        }),
      };
    }),
  };
}

export function composeSummary(options: { summary: SummaryRecords; figures: SummaryFigures }): ComposeResult {
  const { summary, figures } = options;
  return composeDocument({
    render: {
      templates: { bundled: BUNDLED_TEMPLATES },
      main: 'summary',
      context: summaryContext(summary, figures),
      settings: { precision: summary.precision, flatThresholds: {}, arabicNumeralsFrom: DEFAULT_ARABIC_NUMERALS_FROM, classifiers: DEFAULT_CLASSIFIERS, denseRanking: false },
    },
    metadata: { date: summary.date, author: summary.issuer, fonts: {} },
    locate: sourceLocator(summary),
  });
}
