// computeFigures over random record sets: the breakdowns must reconcile with the totals
// and the printed rates must never claim "all" or "none" falsely.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONE, ZERO, compare, fromDecimal, sum } from '../../../src/compute/exact.js';
import { computeFigures } from '../../../src/compute/index.js';
import { printStat } from '../../../src/format/number.js';
import type { Exact, NamedCount, SliceFigures } from '../../../src/model/figures.js';
import type { AccountRecord, PrecisionConfig, UnitStatus, WebsiteRecord } from '../../../src/model/records.js';
import { ACCOUNT_VETO_ITEMS, WEBSITE_VETO_ITEMS, account, quarter, website } from './build-records.js';

const REGIONS = ['甲区', '乙区', '丙区', '市本级'];
const PLATFORMS = ['微信公众号', '新浪微博', '澎湃号', '抖音'];
const STATUSES: UnitStatus[] = ['运行', '运行', '运行', '关停', '建设中'];

/** A group score with up to one decimal, within its points. */
const groupScore = (points: number) =>
  fc.tuple(fc.integer({ min: 0, max: points - 1 }), fc.integer({ min: 0, max: 9 })).map(([whole, tenth]) => `${whole}.${tenth}`);

const scoresArbitrary = fc.record({ 发布解读: groupScore(30), 办事服务: groupScore(25), 互动交流: groupScore(20), 功能设计: groupScore(25) });

const unitFields = {
  region: fc.constantFrom(...REGIONS),
  status: fc.constantFrom(...STATUSES),
  checked: fc.boolean(),
};

const sitesArbitrary = fc.array(
  fc.record({
    ...unitFields,
    kind: fc.constantFrom('门户网站', '部门网站', '专项网站'),
    level: fc.constantFrom('市级', '区县级'),
    veto: fc.oneof(fc.constant([]), fc.subarray(WEBSITE_VETO_ITEMS, { maxLength: 2 })),
    scores: fc.option(scoresArbitrary, { nil: undefined }),
  }),
  { maxLength: 60, size: 'medium' },
).map((fields) => fields.map((f, i) => website({ id: `w${i}`, ...f })));

const accountsArbitrary = fc.array(
  fc.record({ ...unitFields, platform: fc.constantFrom(...PLATFORMS), veto: fc.subarray(ACCOUNT_VETO_ITEMS, { maxLength: 2 }) }),
  { maxLength: 60, size: 'medium' },
).map((fields) => fields.map((f, i) => account({ id: `a${i}`, ...f })));

const recordsArbitrary = fc.record({ websites: sitesArbitrary, accounts: accountsArbitrary }).map((units) => quarter(units));

const precisionArbitrary: fc.Arbitrary<PrecisionConfig> = fc.record({
  passRate: fc.integer({ min: 0, max: 2 }),
  samplingRatio: fc.integer({ min: 0, max: 2 }),
  share: fc.constant(1),
  completionRate: fc.constant(1),
  growth: fc.constant(1),
  score: fc.constant(2),
  scoreChange: fc.constant(2),
  index: fc.constant(2),
  amount: fc.constant(2),
});

const total = (parts: readonly { readonly count: number }[]): number => parts.reduce((n, part) => n + part.count, 0);

function expectPartsSumToWhole(parts: readonly SliceFigures[], whole: SliceFigures): void {
  for (const field of ['running', 'checked', 'failing', 'passing'] as const) {
    expect(parts.reduce((n, part) => n + part[field]!, 0), field).toBe(whole[field]);
  }
}

function expectWithinUnitInterval(value: Exact): void {
  expect(compare(value, ZERO)).toBeGreaterThanOrEqual(0);
  expect(compare(value, ONE)).toBeLessThanOrEqual(0);
}

/** A rate with nothing to divide by does not apply: null exactly then, never a 0%. */
function expectSummaryConsistent(summary: SliceFigures): void {
  // slices from records know every count
  const { running, checked, passing, failing } = summary as { [K in 'running' | 'checked' | 'passing' | 'failing']: number };
  expect(checked).toBeLessThanOrEqual(running);
  expect(passing + failing).toBe(checked);
  expect(summary.passRate === null).toBe(summary.checked === 0);
  expect(summary.samplingRatio === null).toBe(summary.running === 0);
  if (summary.passRate) expectWithinUnitInterval(summary.passRate.value);
  if (summary.samplingRatio) expectWithinUnitInterval(summary.samplingRatio.value);
}

function expectHonestRate(summary: SliceFigures, precision: PrecisionConfig): void {
  if (!summary.passRate) return;
  const printed = printStat(summary.passRate, precision);
  if (printed === '100%') expect(summary.failing).toBe(0);
  if (printed === '0%') expect(summary.passing).toBe(0);
}

function isSortedByCountDescending(counts: readonly NamedCount[]): boolean {
  return counts.every((entry, i) => i === 0 || counts[i - 1]!.count >= entry.count);
}

/** An independent reading of the pass rule, straight from the records. */
function expectedFailingSites(sites: readonly WebsiteRecord[]): string[] {
  return sites
    .filter((site) => site.status === '运行' && site.checked)
    .filter((site) => site.veto.length > 0 || (site.scores && compare(sum(Object.values(site.scores).map((score) => fromDecimal(String(score)))), fromDecimal('60')) < 0))
    .map((site) => site.id);
}

function expectedFailingAccounts(accounts: readonly AccountRecord[]): string[] {
  return accounts.filter((a) => a.status === '运行' && a.checked && a.veto.length > 0).map((a) => a.id);
}

describe('computeFigures over random records', () => {
  it('reconciles every breakdown with its channel', () => {
    fc.assert(
      fc.property(recordsArbitrary, (records) => {
        const { websites, accounts } = computeFigures(records);
        for (const channel of [websites, accounts]) {
          expectSummaryConsistent(channel);
          channel.byRegion.forEach(expectSummaryConsistent);
          expectPartsSumToWhole(channel.byRegion, channel);
          expectPartsSumToWhole(channel.byOwner, channel);
          expect(channel.failingUnits).toHaveLength(channel.failing!);
          expect(isSortedByCountDescending(channel.vetoBreakdown)).toBe(true);
          const regionsWithoutFailure = channel.byRegion.filter((r) => r.checked! > 0 && r.failing === 0).map((r) => r.name);
          expect(channel.regionsAllPassed).toEqual(regionsWithoutFailure);
        }
        expectPartsSumToWhole(accounts.byPlatform, accounts);
        expectPartsSumToWhole(websites.byKind, websites);
        expectPartsSumToWhole(websites.byLevel, websites);
        expect(websites.failingUnits.map((unit) => unit.id)).toEqual(expectedFailingSites(records.websites));
        expect(accounts.failingUnits.map((unit) => unit.id)).toEqual(expectedFailingAccounts(records.accounts));
        expect(total(accounts.vetoBreakdown)).toBe(accounts.failingUnits.reduce((n, unit) => n + new Set(unit.veto).size, 0));
      }),
    );
  });

  it('keeps the average score between the lowest and the highest', () => {
    fc.assert(
      fc.property(recordsArbitrary, (records) => {
        const { websites } = computeFigures(records);
        if (websites.scored === 0) {
          expect(websites.averageScore).toBeNull();
          return;
        }
        const { averageScore, highest, lowest } = websites;
        expect(compare(lowest!.score!.value, averageScore!.value)).toBeLessThanOrEqual(0);
        expect(compare(averageScore!.value, highest!.score!.value)).toBeLessThanOrEqual(0);
        websites.groupIndices.forEach((group) => expectWithinUnitInterval(group.index.value));
      }),
    );
  });

  it('prints no 100% unless nothing failed and no 0% unless nothing passed', () => {
    fc.assert(
      fc.property(recordsArbitrary, precisionArbitrary, (records, precision) => {
        const { websites, accounts } = computeFigures(records);
        for (const summary of [websites, accounts, ...websites.byRegion, ...accounts.byRegion, ...accounts.byPlatform]) {
          expectHonestRate(summary, precision);
        }
      }),
    );
  });

  it('keeps rates honest on large channels where rounding reaches 0% or 100%', () => {
    // hundreds of accounts with a handful failing, or a handful passing
    const channelArbitrary = fc.integer({ min: 200, max: 3000 }).chain((checked) =>
      fc.record({
        checked: fc.constant(checked),
        failing: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: checked - 3, max: checked })),
      }),
    );
    fc.assert(
      fc.property(channelArbitrary, precisionArbitrary, ({ checked, failing }, precision) => {
        const accounts = Array.from({ length: checked }, (_, i) => account({ id: `a${i}`, veto: i < failing ? ['内容不更新'] : [] }));
        const figures = computeFigures(quarter({ accounts })).accounts;
        expect(figures.failing).toBe(failing);
        expectHonestRate(figures, precision);
      }),
      { numRuns: 50 },
    );
  });
});
