// The quarter before, as the notice compares with it: from its records when tongbao has
// them, else from the counts the office published then.

import type { ChannelSummary, PreviousFigures } from '../model/figures.js';
import type { PublishedFigures, QuarterRecords } from '../model/records.js';
import { isPublishedFigures } from '../model/records.js';
import { summaryFromCounts, summaryOf } from './channel.js';
import { computeAccounts } from './accounts.js';
import { computeWebsites } from './websites.js';

function fromRecords(records: QuarterRecords): PreviousFigures {
  const { issuer } = records;
  const websites = computeWebsites({ sites: records.websites, rules: issuer.rules });
  const accounts = computeAccounts({ accounts: records.accounts, platforms: issuer.platforms, rules: issuer.rules });
  // a channel with no records was not part of that quarter's notice: nothing to compare with
  return {
    period: records.period,
    ...(records.websites.length > 0 ? { websites: summaryOf(websites) } : {}),
    ...(records.accounts.length > 0 ? { accounts: summaryOf(accounts) } : {}),
    ...(websites.averageScore ? { averageScore: websites.averageScore } : {}),
  };
}

function fromPublished(published: PublishedFigures): PreviousFigures {
  const summary = (counts: PublishedFigures['websites']): ChannelSummary | undefined => counts && summaryFromCounts(counts);
  const websites = summary(published.websites);
  const accounts = summary(published.accounts);
  return {
    period: published.period,
    ...(websites ? { websites } : {}),
    ...(accounts ? { accounts } : {}),
  };
}

export function previousFigures(previous: QuarterRecords | PublishedFigures): PreviousFigures {
  return isPublishedFigures(previous) ? fromPublished(previous) : fromRecords(previous);
}
