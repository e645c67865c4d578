// An earlier quarter as the notice compares with it: from its records when tongbao has
// them, else from the figures the office published then.

import type { ChannelSummary, PreviousFigures } from '../model/figures.js';
import type { PublishedCounts, PublishedFigures, QuarterRecords } from '../model/records.js';
import { isPublishedFigures } from '../model/records.js';
import { summaryFromCounts, summaryOf } from './channel.js';
import { computeAccounts } from './accounts.js';
import { fromDecimal } from './exact.js';
import { computeWebsites } from './websites.js';

function fromRecords(records: QuarterRecords): PreviousFigures {
  const websites = computeWebsites({ records, earlier: [] });
  const accounts = computeAccounts({ records, earlier: [] });
  // a channel with no records was not part of that quarter's notice: nothing to compare with
  return {
    period: records.period,
    websites: records.websites.length > 0 ? summaryOf(websites) : null,
    accounts: records.accounts.length > 0 ? summaryOf(accounts) : null,
    scored: websites.scored > 0 ? websites.scored : null,
    averageScore: websites.averageScore,
    averageFinalScore: websites.averageFinalScore,
    groupIndices: websites.groupIndices,
  };
}

function fromPublished(published: PublishedFigures): PreviousFigures {
  // a published notice counts the units it reports on as running: those are the ones it registered
  const summary = (counts: PublishedCounts | undefined): ChannelSummary | null => (counts ? summaryFromCounts({ registered: counts.running, ...counts }) : null);
  const { websites } = published;
  return {
    period: published.period,
    websites: summary(websites),
    accounts: summary(published.accounts),
    scored: websites?.scored ?? null,
    averageScore: websites?.averageScore === undefined ? null : { kind: 'score', value: fromDecimal(websites.averageScore) },
    averageFinalScore: null,
    groupIndices: [],
  };
}

export function previousFigures(previous: QuarterRecords | PublishedFigures): PreviousFigures {
  return isPublishedFigures(previous) ? fromPublished(previous) : fromRecords(previous);
}
