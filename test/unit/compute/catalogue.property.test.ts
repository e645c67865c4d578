// The statistics catalogue over random chains of quarters: every rate a fraction, printed as
// the half-up rounding of its exact ratio, never a false 100%; parts that add up to their
// totals; the 19号 final score; score lines, streaks, rankings and comparisons that agree
// with an independent reading of the records.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONE, ZERO, compare, equals, fromDecimal, mul, ratio, sub } from '../../../src/compute/exact.js';
import { computeFigures } from '../../../src/compute/index.js';
import { printChange, printGrowth, printStat } from '../../../src/format/number.js';
import type { Exact, Figures, Stat } from '../../../src/model/figures.js';
import { PERCENT_KINDS } from '../../../src/model/figures.js';
import type { PrecisionConfig, QuarterRecords, ScoreLineConfig, WebsiteRecord } from '../../../src/model/records.js';
import { chainArbitrary, fails, finalOf, isScoredSite, precisionArbitrary, scoreOf } from './arbitraries.js';

function isStat(value: unknown): value is Stat {
  return typeof value === 'object' && value !== null && 'kind' in value && 'value' in value;
}

/** Every statistic anywhere in the figures. */
function statsIn(value: unknown): Stat[] {
  if (isStat(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(statsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(statsIn);
  return [];
}

const HUNDRED = fromDecimal('100');

/** The printed digits as an exact value, on the printed scale. */
function printedValue(text: string): { value: Exact; places: number } {
  const digits = text.replace(/%$/, '');
  return { value: fromDecimal(digits), places: digits.split('.')[1]?.length ?? 0 };
}

/** printed = half-up of the exact value at `places`: value − printed lies in [−½ unit, ½ unit). */
function isHalfUpAt(value: Exact, printed: Exact, places: number): boolean {
  const half = ratio(1, 2n * 10n ** BigInt(places));
  const gap = sub(value, printed);
  return compare(gap, sub(ZERO, half)) >= 0 && compare(gap, half) < 0;
}

function expectPrintedHalfUp(stat: Stat, precision: PrecisionConfig): void {
  const scale = PERCENT_KINDS.includes(stat.kind) ? mul(stat.value, HUNDRED) : stat.value;
  const printed = printedValue(printStat(stat, precision));
  const configured = precision[stat.kind];
  // trailing zeros dropped: the value is still the half-up at the configured places
  if (printed.places <= configured) expect(isHalfUpAt(scale, printed.value, configured)).toBe(true);
  // places added only where the configured places would have printed a false 0% / 100% (or index 0 / 1)
  else expect(isHalfUpAt(scale, printed.value, printed.places)).toBe(true);
}

function check(property: (records: QuarterRecords, figures: Figures, precision: PrecisionConfig) => void): void {
  fc.assert(fc.property(chainArbitrary, precisionArbitrary, (records, precision) => property(records, computeFigures(records), precision)), {
    numRuns: 150,
  });
}

describe('the statistics catalogue over random chains of quarters', () => {
  it('keeps every rate and share a fraction, printed as the half-up rounding of its exact value', () => {
    check((_, figures, precision) => {
      for (const stat of statsIn(figures)) {
        if (PERCENT_KINDS.includes(stat.kind)) {
          expect(compare(stat.value, ZERO)).toBeGreaterThanOrEqual(0);
          expect(compare(stat.value, ONE)).toBeLessThanOrEqual(0);
        }
        expectPrintedHalfUp(stat, precision);
      }
    });
  });

  it('prints 100% only when nothing failed, for re-checks and rectifications too', () => {
    check((_, { websites, accounts }, precision) => {
      for (const channel of [websites, accounts]) {
        if (channel.recheck) {
          expect(printStat(channel.recheck.passRate, precision) === '100%').toBe(channel.recheck.stillFailing === 0);
          expect(channel.recheck.passed + channel.recheck.stillFailing).toBe(channel.failing);
          expect(channel.recheck.rechecked + channel.recheck.notRechecked).toBe(channel.failing);
          // a failing unit was checked, so the channel's rate applies
          expect(compare(channel.recheck.passRate.value, channel.passRate!.value)).toBeGreaterThanOrEqual(0);
        }
        const r = channel.rectification;
        if (r) {
          expect(r.fixed + r.stillFailing + r.notReported).toBe(r.issued);
          expect(printStat(r.completionRate, precision) === '100%').toBe(r.fixed === r.issued);
        }
      }
    });
  });

  it('scores by 19号: fails exactly the vetoed and the low, adds the 加分 only above 80', () => {
    check((records, { websites }) => {
      expect(websites.failingUnits.map((unit) => unit.id)).toEqual(records.websites.filter(fails).map((site) => site.id));
      const scored = records.websites.filter(isScoredSite);
      expect(websites.scored).toBe(scored.length);
      for (const site of websites.ranking) {
        const record = scored.find((candidate) => candidate.id === site.id)!;
        expect(equals(site.finalScore!.value, finalOf(record)!)).toBe(true);
        expect(compare(site.finalScore!.value, fromDecimal('130'))).toBeLessThanOrEqual(0);
      }
      const rounds = records.rounds?.websites;
      expect(websites.checks).toBe(rounds === undefined ? null : websites.checked! * rounds);
    });
  });

  it('ranks every scored site once, ties sharing a rank', () => {
    check((records, { websites }) => {
      const finals = websites.ranking.map((site) => site.finalScore!.value);
      expect(websites.ranking).toHaveLength(websites.scored!);
      websites.ranking.forEach((site, i) => {
        const better = finals.filter((value) => compare(value, site.finalScore!.value) > 0);
        const distinctBetter = new Set(better.map((value) => `${value.num}/${value.den}`)).size;
        expect(site.rank).toBe(1 + (records.issuer.denseRanking ? distinctBetter : better.length));
        expect(site.tied).toBe(finals.filter((value) => equals(value, site.finalScore!.value)).length > 1);
        if (i > 0) expect(compare(finals[i - 1]!, site.finalScore!.value)).toBeGreaterThanOrEqual(0);
      });
    });
  });

  it('counts each score line, its share, its streak and last quarter as the records say', () => {
    const meets = (site: WebsiteRecord, line: ScoreLineConfig) => {
      const value = line.includesBonus ? finalOf(site)! : scoreOf(site)!;
      const order = compare(value, fromDecimal(line.score));
      return line.inclusive ? order >= 0 : order > 0;
    };
    check((records, { websites }) => {
      const chain: QuarterRecords[] = [];
      for (let q: QuarterRecords | undefined = records; q; q = q.previous as QuarterRecords | undefined) chain.push(q);
      records.issuer.scoreLines.forEach((line, index) => {
        const figures = websites.scoreLines[index]!;
        const reaching = (q: QuarterRecords) => q.websites.filter(isScoredSite).filter((site) => meets(site, line));
        expect(figures.sites.map((site) => site.id)).toEqual(reaching(records).map((site) => site.id));
        expect(figures.share?.value ?? null).toEqual(websites.scored === 0 ? null : ratio(figures.count, websites.scored!));
        const before = chain[1];
        if (before && before.websites.some(isScoredSite)) expect(figures.previous?.count).toBe(reaching(before).length);
        else expect(figures.previous).toBeNull();
        const span = chain.slice(0, line.streak ?? Infinity);
        if (!line.streak || span.length < line.streak || !span.every((q) => q.websites.some(isScoredSite))) {
          expect(figures.streak).toBeNull();
          return;
        }
        const everyQuarter = reaching(records).filter((site) => span.every((q) => reaching(q).some((then) => then.id === site.id)));
        expect(figures.streak!.sites.map((site) => site.id)).toEqual(everyQuarter.map((site) => site.id));
      });
    });
  });

  it('prints changes that reconcile with the printed values, and growth over the earlier count', () => {
    check((_, { websites, previous }, precision) => {
      const pairs: Array<[Stat, Stat]> = [];
      if (websites.passRate && previous?.websites?.passRate) pairs.push([websites.passRate, previous.websites.passRate]);
      if (websites.averageScore && previous?.averageScore) pairs.push([websites.averageScore, previous.averageScore]);
      for (const line of websites.scoreLines) if (line.share && line.previous?.share) pairs.push([line.share, line.previous.share]);
      for (const group of websites.groupIndices) if (group.previous) pairs.push([group.index, group.previous]);
      for (const [now, before] of pairs) {
        const change = printChange(now, before, precision);
        const difference = sub(printedValue(printStat(now, precision)).value, printedValue(printStat(before, precision)).value);
        const sign = change.direction === 'down' ? -1n : 1n;
        const amount = fromDecimal(change.amount);
        expect(equals({ num: sign * amount.num, den: amount.den }, difference)).toBe(true);
      }
      for (const line of websites.scoreLines) {
        if (!line.previous || line.previous.count === 0) continue;
        const growth = printGrowth(line.count, line.previous.count, precision.growth)!;
        const exact = mul(ratio(Math.abs(line.count - line.previous.count), line.previous.count), HUNDRED);
        const printed = printedValue(growth.amount);
        expect(isHalfUpAt(exact, printed.value, Math.max(printed.places, precision.growth))).toBe(true);
        expect(growth.direction).toBe(line.count > line.previous.count ? 'up' : line.count < line.previous.count ? 'down' : 'same');
      }
    });
  });
});
