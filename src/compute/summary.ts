// computeSummary: one row per region of a summary. A region's quarter is summarised the way a
// notice summarises the quarter it compares with (previousFigures): from its records by the
// same channel computation as its own notice, or from its published counts through
// summaryFromCounts — so sampling ratios and pass rates are exact and computed one way.

import type { SummaryFigures, SummaryRecords } from '../model/summary.js';
import { previousFigures } from './previous.js';

export function computeSummary(summary: SummaryRecords): SummaryFigures {
  return {
    period: summary.period,
    rows: summary.sources.map(({ region, quarter }) => {
      const { websites, accounts } = previousFigures(quarter);
      return { region, websites, accounts };
    }),
  };
}
