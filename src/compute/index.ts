// compute: checked records in, every figure the notice prints out, as exact values.
// Only this stage produces figures; compose and the writers only print them.

import type { Figures } from '../model/figures.js';
import type { QuarterRecords } from '../model/records.js';
import { computeAccounts } from './accounts.js';
import { previousFigures } from './previous.js';
import { computeWebsites } from './websites.js';

export function computeFigures(records: QuarterRecords): Figures {
  const { issuer } = records;
  return {
    period: records.period,
    websites: computeWebsites({ sites: records.websites, rules: issuer.rules }),
    accounts: computeAccounts({ accounts: records.accounts, platforms: issuer.platforms, rules: issuer.rules }),
    ...(records.previous ? { previous: previousFigures(records.previous) } : {}),
  };
}
