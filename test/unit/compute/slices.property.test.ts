// The figures model over random chains of quarters: groups add up to their channel along every
// dimension, group averages weighted by their scored units give the channel's average, a
// unit's history is the same unit's record a quarter before and its change the difference of
// the two printed scores, a group a quarter before is the same group of the quarter before,
// and streaks and rankings agree with an independent reading of the records.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZERO, add, compare, div, fromDecimal, fromInteger, mul, sub } from '../../../src/compute/exact.js';
import { computeFigures } from '../../../src/compute/index.js';
import { rankBy, streakOf } from '../../../src/compute/query.js';
import { decimalValue } from '../../../src/format/decimal.js';
import { printChange, printedDecimal } from '../../../src/format/number.js';
import type { Figures, SliceFigures } from '../../../src/model/figures.js';
import type { PrecisionConfig, QuarterRecords } from '../../../src/model/records.js';
import { chainArbitrary, fails, precisionArbitrary, scoreOf } from './arbitraries.js';

function check(property: (records: QuarterRecords, figures: Figures, precision: PrecisionConfig) => void): void {
  fc.assert(fc.property(chainArbitrary, precisionArbitrary, (records, precision) => property(records, computeFigures(records), precision)), {
    numRuns: 120,
  });
}

const COUNTS = ['registered', 'running', 'closed', 'checked', 'failing', 'passing', 'scored'] as const;
const DIMENSIONS = { websites: ['kind', 'level', 'region', 'owner', 'status'], accounts: ['platform', 'region', 'owner', 'status'] } as const;

/** The quarters of the chain, latest first. */
function chain(records: QuarterRecords): QuarterRecords[] {
  const quarters: QuarterRecords[] = [];
  for (let q: QuarterRecords | undefined = records; q; q = q.previous as QuarterRecords | undefined) quarters.push(q);
  return quarters;
}

describe('slices over random chains of quarters', () => {
  it('add up, group by group, to their channel along every dimension, nested ones too', () => {
    check((_, figures) => {
      for (const channel of ['websites', 'accounts'] as const) {
        const whole = figures[channel];
        for (const dimension of DIMENSIONS[channel]) {
          const groups = whole.by[dimension]!;
          for (const count of COUNTS) expect(groups.reduce((n, group) => n + (group[count] ?? 0), 0), `${dimension} ${count}`).toBe(whole[count]);
          for (const group of groups) {
            const nested = group.by.region!;
            expect(nested.reduce((n, inner) => n + (inner.registered ?? 0), 0)).toBe(group.registered);
          }
        }
      }
    });
  });

  it('weight the groups’ average scores by their scored units into the channel’s average', () => {
    check((_, { websites }) => {
      if (!websites.averageScore) return;
      for (const dimension of DIMENSIONS.websites) {
        const weighted = websites.by[dimension]!.filter((group) => group.averageScore).map((group) => mul(group.averageScore!.value, fromInteger(group.scored!)));
        expect(compare(div(weighted.reduce(add, ZERO), fromInteger(websites.scored!)), websites.averageScore.value)).toBe(0);
      }
    });
  });

  it('follow a unit back by id, and print its change as the difference of its two printed scores', () => {
    check((records, { websites }, precision) => {
      const before = records.previous as QuarterRecords | undefined;
      for (const unit of websites.units) {
        const then = unit.previous;
        const record = before?.websites?.find((site) => site.id === unit.id);
        expect(then?.id ?? null).toBe(record ? unit.id : null);
        if (!unit.score || !then?.score) continue;
        expect(compare(then.score.value, scoreOf(record!)!)).toBe(0);
        const printed = (stat: typeof unit.score) => decimalValue(printedDecimal(stat!, precision));
        const change = printChange(unit.score, then.score, precision);
        const difference = sub(printed(unit.score), printed(then.score));
        const sign = { up: 1, down: -1, same: 0, 'about-same': compare(difference, ZERO) }[change.direction];
        expect(compare(difference, ZERO)).toBe(sign);
        expect(compare(fromDecimal(change.amount), compare(difference, ZERO) < 0 ? sub(ZERO, difference) : difference)).toBe(0);
      }
    });
  });

  it('reach the same group a quarter before from either side: by.x.y.previous is previous.by.x.y', () => {
    check((_, { websites }) => {
      for (const group of websites.by.region!) {
        const then = websites.previous?.by.region?.[group.name];
        if (then) expect(group.previous).toBe(then);
        else if (websites.previous) expect(group.previous?.registered ?? 0).toBe(0);
        else expect(group.previous).toBeNull();
      }
    });
  });

  it('count a region’s streak of passing everything as the records of each quarter say', () => {
    check((records, { websites }, precision) => {
      const quarters = chain(records);
      for (const region of websites.by.region!) {
        // independently: quarters in a row, latest first, in which the region checked something and nothing failed
        let expected = 0;
        for (const q of quarters) {
          const checked = q.websites.filter((site) => site.region === region.name && site.status === '运行' && site.checked);
          if (checked.length === 0 || checked.some(fails)) break;
          expected++;
        }
        expect(streakOf(region, { field: 'passRate', comparison: '=', value: 100 }, precision), region.name).toBe(expected);
      }
    });
  });

  it('rank groups by any measure with ties, from the top and from the bottom', () => {
    check((records, { websites }) => {
      const ranked = rankBy(websites.by.region!, 'averageScore', { ascending: false, dense: records.issuer.denseRanking });
      const values = ranked.map((group) => (group as SliceFigures).averageScore!.value);
      ranked.forEach((group, index) => {
        const value = values[index]!;
        const higher = values.filter((other) => compare(other, value) > 0);
        const lower = values.filter((other) => compare(other, value) < 0);
        const distinct = (list: typeof values) => new Set(list.map((v) => `${v.num}/${v.den}`)).size;
        expect(group.rank).toBe(1 + (records.issuer.denseRanking ? distinct(higher) : higher.length));
        expect(group.lastRank).toBe(1 + (records.issuer.denseRanking ? distinct(lower) : lower.length));
        expect(group.tied).toBe(values.filter((other) => compare(other, value) === 0).length > 1);
      });
    });
  });
});
