// computeSummary: one row per region of a summary. A region's quarter is read the way a
// notice reads an earlier quarter: from its records by the same slices as its own notice,
// or from its published counts — so sampling ratios and pass rates are exact and computed one way.

import type { SummaryFigures, SummaryRecords } from '../model/summary.js';
import { standaloneQuarter } from './quarter.js';

export function computeSummary(summary: SummaryRecords): SummaryFigures {
  return {
    period: summary.period,
    rows: summary.sources.map(({ region, quarter }) => {
      const { websites, accounts } = standaloneQuarter(quarter);
      return { region, websites, accounts };
    }),
  };
}
