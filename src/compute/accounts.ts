// New-media account figures. Nationally accounts are not scored: a checked account fails
// on any 单项否决 item and passes otherwise.

import type { AccountFigures, FailingUnit } from '../model/figures.js';
import type { AccountRecord, PlatformConfig, QuarterRecords } from '../model/records.js';
import { channelFigures, groupSummaries, type UnitOutcome } from './channel.js';
import { configuredOrder } from './grouping.js';
import type { EarlierQuarter } from './history.js';
import { accountFails } from './rules.js';

interface AccountOutcome extends UnitOutcome {
  readonly platform: string;
}

function failureOf(account: AccountRecord, platforms: readonly PlatformConfig[]): FailingUnit {
  const platform = platforms.find((candidate) => candidate.name === account.platform);
  return {
    id: account.id,
    name: account.name,
    owner: account.owner,
    region: account.region,
    type: account.platform,
    typeShort: platform?.short ?? account.platform,
    veto: account.veto,
    problem: account.problem || account.veto.join('、'),
  };
}

function outcomeOf(account: AccountRecord, platforms: readonly PlatformConfig[]): AccountOutcome {
  const running = account.status === '运行';
  return {
    region: account.region,
    owner: account.owner,
    platform: account.platform,
    running,
    checked: running && account.checked,
    ...(accountFails(account) ? { failure: failureOf(account, platforms), recheck: account.recheck } : {}),
  };
}

/** The failing accounts of a quarter, in record order. */
export function failingAccounts(records: QuarterRecords): FailingUnit[] {
  const { platforms } = records.issuer;
  return records.accounts.filter(accountFails).map((account) => failureOf(account, platforms));
}

/** `earlier`: the quarters before, nearest first (empty when the notice compares with none). */
export function computeAccounts(options: { records: QuarterRecords; earlier: readonly EarlierQuarter[] }): AccountFigures {
  const { records, earlier } = options;
  const { issuer } = records;
  const units = records.accounts.map((account) => outcomeOf(account, issuer.platforms));
  const configuredNames = issuer.platforms.map((platform) => platform.name);
  return {
    ...channelFigures({ records, earlier, channel: 'accounts', units, failuresOf: failingAccounts }),
    // the issuer's platform order; a platform missing from its list still counts, at the end
    byPlatform: groupSummaries({ units, keyOf: (unit) => unit.platform, order: (seen) => configuredOrder(configuredNames, seen) }),
  };
}
