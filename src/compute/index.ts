// compute: checked records in, every figure the notice prints out, as exact values.
// Only this stage produces figures; compose and the writers only print them.

import type { Figures } from '../model/figures.js';
import type { QuarterRecords } from '../model/records.js';
import { computeAccounts } from './accounts.js';
import { earlierQuarters, sameQuarterLastYear } from './history.js';
import { messageFigures } from './messages.js';
import { previousFigures } from './previous.js';
import { computeWebsites } from './websites.js';

export function computeFigures(records: QuarterRecords): Figures {
  const earlier = earlierQuarters(records);
  const [previous] = earlier;
  const yearAgo = sameQuarterLastYear(records.period, earlier);
  return {
    period: records.period,
    websites: computeWebsites({ records, earlier }),
    accounts: computeAccounts({ records, earlier }),
    messages: messageFigures(records.messages),
    previous: previous ? previousFigures(previous) : null,
    yearAgo: yearAgo ? previousFigures(yearAgo) : null,
  };
}
