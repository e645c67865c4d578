// New-media account figures. Nationally accounts are not scored: a checked account fails
// on any 单项否决 item and passes otherwise.

import type { AccountFigures, FailingUnit } from '../model/figures.js';
import type { AccountRecord, IndicatorRules, PlatformConfig } from '../model/records.js';
import { channelFigures, groupSummaries, type UnitOutcome } from './channel.js';
import { configuredOrder } from './grouping.js';

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
  const checked = running && account.checked;
  const failing = checked && account.veto.length > 0;
  return {
    region: account.region,
    platform: account.platform,
    running,
    checked,
    ...(failing ? { failure: failureOf(account, platforms) } : {}),
  };
}

export function computeAccounts(options: {
  accounts: readonly AccountRecord[];
  platforms: readonly PlatformConfig[];
  rules: IndicatorRules;
}): AccountFigures {
  const { accounts, platforms, rules } = options;
  const units = accounts.map((account) => outcomeOf(account, platforms));
  const configuredNames = platforms.map((platform) => platform.name);
  return {
    ...channelFigures({ units, vetoItems: rules.accountVetoItems }),
    // the issuer's platform order; a platform missing from its list still counts, at the end
    byPlatform: groupSummaries({ units, keyOf: (unit) => unit.platform, order: (seen) => configuredOrder(configuredNames, seen) }),
  };
}
