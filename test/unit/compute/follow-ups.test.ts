// The follow-up figures a notice reports beside the counts: 复检, last quarter's rectification,
// 找错 messages, checks × rounds, owners and regions, second-level indices — worked from seeds.

import { describe, expect, it } from 'vitest';
import { fromDecimal, ratio } from '../../../src/compute/exact.js';
import { computeFigures } from '../../../src/compute/index.js';
import { printStat } from '../../../src/format/number.js';
import { DEFAULT_RULES } from '../../../src/config/defaults.js';
import type { AccountRecord, IndicatorRules } from '../../../src/model/records.js';
import { ISSUER, account, chainOf, issuerWith, quarter, scores, website } from './build-records.js';

const TWO_PLACES = { ...ISSUER.precision, passRate: 2 };

/** `total` checked accounts, the first `failing` of them failing, the first `passedRecheck` of those passing the re-check. */
function accounts(options: { total: number; failing: number; passedRecheck: number }): AccountRecord[] {
  return Array.from({ length: options.total }, (_, i) =>
    account({
      id: `a${i}`,
      ...(i < options.failing ? { veto: ['内容不更新'], recheck: i < options.passedRecheck ? '合格' : '不合格' } : {}),
    }),
  );
}

describe('复检: the rate after re-inspection', () => {
  it('keeps the checked units as its base (003: 30 of 339 failing, 14 passing the re-check → 95.28%)', () => {
    const figures = computeFigures(quarter({ accounts: accounts({ total: 339, failing: 30, passedRecheck: 14 }) })).accounts;
    expect(printStat(figures.passRate!, TWO_PLACES)).toBe('91.15%');
    expect(figures.recheck).toMatchObject({ rechecked: 30, passed: 14, stillFailing: 16, notRechecked: 0 });
    expect(figures.recheck!.passRate.value).toEqual(ratio(323, 339));
    expect(printStat(figures.recheck!.passRate, TWO_PLACES)).toBe('95.28%');
  });

  it('counts a failing unit without a re-check result as still failing, and says nothing when none was re-checked', () => {
    const units = [account({ id: 'x', veto: ['内容不更新'], recheck: '合格' }), account({ id: 'y', veto: ['互动回应差'] }), account({ id: 'z' })];
    const recheck = computeFigures(quarter({ accounts: units })).accounts.recheck!;
    expect([recheck.passed, recheck.stillFailing, recheck.notRechecked]).toEqual([1, 1, 1]);
    expect(recheck.stillFailingUnits.map((unit) => unit.id)).toEqual(['y']);
    expect(recheck.passRate.value).toEqual(ratio(2, 3));
    expect(computeFigures(quarter({ accounts: [account({ id: 'y', veto: ['互动回应差'] })] })).accounts.recheck).toBeNull();
  });

  it('ignores a re-check result on a unit that did not fail (the check stage reports it)', () => {
    expect(computeFigures(quarter({ websites: [website({ id: 'w', recheck: '合格' })] })).websites.recheck).toBeNull();
  });
});

describe('rectification of last quarter’s failing units', () => {
  const lastQuarter = {
    websites: [website({ id: 'w1', veto: ['首页不更新'] }), website({ id: 'w2' }), website({ id: 'w3', scores: scores('10', '10', '10', '10') })],
    accounts: Array.from({ length: 14 }, (_, i) => account({ id: `a${i}`, veto: ['内容不更新'] })),
  };

  it('counts what was fixed per channel (004: 14 failing accounts, all fixed)', () => {
    const ids = Array.from({ length: 14 }, (_, i) => `a${i}`);
    const records = chainOf([lastQuarter, { rectification: { fixed: ['w1', 'w3', ...ids], stillFailing: [], notReported: [] } }]);
    const { websites, accounts: accountFigures } = computeFigures(records);
    expect(accountFigures.rectification).toMatchObject({ issued: 14, fixed: 14, stillFailing: 0, notReported: 0 });
    expect(printStat(accountFigures.rectification!.completionRate, ISSUER.precision)).toBe('100%');
    // w3 failed on its score alone (40 < 60): it was on last quarter's list too
    expect(websites.rectification!.fixedUnits.map((unit) => unit.id)).toEqual(['w1', 'w3']);
  });

  it('names the units still failing and those that did not report', () => {
    const records = chainOf([lastQuarter, { rectification: { fixed: ['w1', 'a0'], stillFailing: ['w3', 'a1'], notReported: ['a2', 'a3'] } }]);
    const { websites, accounts: accountFigures } = computeFigures(records);
    expect(websites.rectification).toMatchObject({ issued: 2, fixed: 1, stillFailing: 1, notReported: 0 });
    expect(accountFigures.rectification!.notReportedUnits.map((unit) => unit.name)).toEqual(['a2发布', 'a3发布']);
    expect(accountFigures.rectification!.completionRate.value).toEqual(ratio(1, 14));
  });

  it('is null without a rectification record, or for a channel with no failing unit last quarter', () => {
    expect(computeFigures(chainOf([lastQuarter, {}])).accounts.rectification).toBeNull();
    const noFailures = chainOf([{ websites: [website({ id: 'w' })] }, { rectification: { fixed: [], stillFailing: [], notReported: [] } }]);
    expect(computeFigures(noFailures).websites.rectification).toBeNull();
  });
});

describe('messages, rounds, owners, regions', () => {
  it('divides the message counts (003: 129 received, 129 finished → 100%)', () => {
    const place = { file: 'q.yaml', line: 1, column: 1 };
    const [message, other] = computeFigures(
      quarter({
        messages: [
          { name: '我为政府网站找错', window: { start: '2022-03-21', end: '2022-06-20' }, received: 129, finished: 129, place },
          { name: '市长信箱', received: 40, finished: 39, finishedOnTime: 36, place },
        ],
      }),
    ).messages;
    expect(message).toMatchObject({ received: 129, finished: 129, finishedOnTime: null, onTimeRate: null, window: { start: '2022-03-21' } });
    expect(printStat(message!.completionRate!, ISSUER.precision)).toBe('100%');
    expect(other).toMatchObject({ window: null, completionRate: { value: ratio(39, 40) }, onTimeRate: { value: ratio(9, 10) } });
  });

  it('multiplies the checked units by the rounds (002: 67 sites checked twice → 134)', () => {
    const sites = Array.from({ length: 67 }, (_, i) => website({ id: `w${i}` }));
    expect(computeFigures(quarter({ websites: sites, rounds: { websites: 2 } })).websites.checks).toBe(134);
    expect(computeFigures(quarter({ websites: sites })).websites.checks).toBeNull();
  });

  it('breaks down by owner, orders regions as configured and ranks them by pass rate with ties', () => {
    const units = [
      account({ id: 'a1', owner: '甲局', region: '乙区' }),
      account({ id: 'a2', owner: '甲局', region: '甲区', veto: ['内容不更新'] }),
      account({ id: 'a3', owner: '乙局', region: '甲区' }),
      account({ id: 'a4', owner: '乙局', region: '丙区' }),
      account({ id: 'a5', owner: '乙局', region: '丁区', checked: false }),
    ];
    const figures = computeFigures(quarter({ issuer: issuerWith({ regions: ['甲区', '乙区', '丙区'] }), accounts: units })).accounts;
    expect(figures.byOwner.map(({ name, running, failing }) => [name, running, failing])).toEqual([
      ['甲局', 2, 1],
      ['乙局', 3, 0],
    ]);
    expect(figures.byRegion.map((region) => region.name)).toEqual(['甲区', '乙区', '丙区', '丁区']);
    expect(figures.regionsAllPassed).toEqual(['乙区', '丙区']);
    expect(figures.regionRanking.map(({ name, rank, tied }) => [name, rank, tied])).toEqual([
      ['乙区', 1, true],
      ['丙区', 1, true],
      ['甲区', 3, false],
    ]);
  });
});

describe('second-level indices (001 图2: the lowest second-level indices)', () => {
  const rules: IndicatorRules = {
    ...DEFAULT_RULES,
    deductionGroups: DEFAULT_RULES.deductionGroups.map((group) =>
      group.name === '办事服务'
        ? { ...group, items: [{ name: '事项公开', points: '5' }, { name: '办事统计', points: '5' }, { name: '统一登录', points: '5' }, { name: '在线办理', points: '10' }] }
        : group,
    ),
  };
  const items = (事项公开: string, 办事统计: string, 统一登录: string, 在线办理: string) => ({ 事项公开, 办事统计, 统一登录, 在线办理 });

  it('averages each item over the sites scored item by item, lowest first, zero printed as 0', () => {
    const sites = [
      website({ id: 'a', scores: { ...scores('25', '0', '15', '20'), 办事服务: items('4', '1', '0', '8') } }),
      website({ id: 'b', scores: { ...scores('25', '0', '15', '20'), 办事服务: items('5', '1.6', '0', '9') } }),
      // scored on the group as a whole: counts for the group index, not for the items
      website({ id: 'c', scores: scores('25', '20', '15', '20') }),
    ];
    const figures = computeFigures(quarter({ issuer: issuerWith({ rules }), websites: sites })).websites;
    expect(figures.itemIndices.map((item) => [item.item, item.sites, printStat(item.index, ISSUER.precision)])).toEqual([
      ['事项公开', 2, '0.90'],
      ['办事统计', 2, '0.26'],
      ['统一登录', 2, '0'],
      ['在线办理', 2, '0.85'],
    ]);
    expect(figures.lowestItemIndices.map((item) => item.item)).toEqual(['统一登录', '办事统计', '在线办理', '事项公开']);
    // the group: (13 + 15.6 + 20) / 3 = 16.2 of 25
    expect(figures.groupIndices[1]).toMatchObject({ group: '办事服务', average: { kind: 'score', value: fromDecimal('16.2') } });
  });
});
