// Score lines, streaks and comparisons over the chain of earlier quarters: last quarter from
// records or from published figures, 连续N个季度 by unit id, the same quarter a year before.

import { describe, expect, it } from 'vitest';
import { fromDecimal, ratio } from '../../../src/compute/exact.js';
import { computeFigures } from '../../../src/compute/index.js';
import { printGrowth, printStat } from '../../../src/format/number.js';
import type { QuarterRecords, ScoreLineConfig, WebsiteRecord } from '../../../src/model/records.js';
import { ISSUER, chainOf, issuerWith, quarter, scores, website } from './build-records.js';

const ABOVE_80: ScoreLineConfig = { score: '80', inclusive: false, includesBonus: true };
const FROM_90: ScoreLineConfig = { score: '90', inclusive: true, includesBonus: true };

/** A scored site whose 扣分 score is `score` (spread over the groups) with `bonus` 加分. */
function scoredSite(id: string, score: number, fields: Partial<WebsiteRecord> = {}): WebsiteRecord {
  const quarterOf = (share: number) => String(Math.floor(score * share * 2) / 2);
  const [a, b, c] = [quarterOf(0.3), quarterOf(0.25), quarterOf(0.2)];
  const rest = String(score - Number(a) - Number(b) - Number(c));
  return website({ id, scores: scores(a, b, c, rest), ...fields });
}

function withLines(lines: readonly ScoreLineConfig[], fields: Partial<QuarterRecords>): QuarterRecords {
  return quarter({ issuer: issuerWith({ scoreLines: lines }), ...fields });
}

describe('score lines', () => {
  it('tells 以上（含） from 高于 at the line, and uses the final score unless told otherwise', () => {
    const sites = [scoredSite('a', 90), scoredSite('b', 85, { bonus: '5' }), scoredSite('c', 89.5), scoredSite('d', 80, { bonus: '20' })];
    const lines: ScoreLineConfig[] = [FROM_90, { ...FROM_90, inclusive: false }, { ...FROM_90, includesBonus: false }, ABOVE_80];
    const figures = computeFigures(withLines(lines, { websites: sites })).websites.scoreLines;
    expect(figures.map((line) => line.sites.map((site) => site.id))).toEqual([
      ['a', 'b'],
      [],
      ['a'],
      // d: 扣分 exactly 80 earns no 加分, so its final score is 80, not above the line
      ['a', 'b', 'c'],
    ]);
  });

  it('takes the share over the scored sites only (001: 52 of 126 → 41%)', () => {
    const sites = [
      ...Array.from({ length: 126 }, (_, i) => scoredSite(`p${i}`, i < 52 ? 85 : 75)),
      website({ id: 'veto', veto: ['首页不更新'] }),
      website({ id: 'dept' }),
    ];
    const [line] = computeFigures(withLines([ABOVE_80], { websites: sites })).websites.scoreLines;
    expect(line).toMatchObject({ count: 52, share: { kind: 'share', value: ratio(52, 126) } });
    expect(printStat(line!.share!, { ...ISSUER.precision, share: 0 })).toBe('41%');
  });

  it('names the sites by kind and level', () => {
    const sites = [
      scoredSite('p1', 95, { kind: '门户网站', level: '省级' }),
      scoredSite('d1', 92, { kind: '部门网站', level: '省级' }),
      scoredSite('p2', 91, { kind: '门户网站', level: '市级' }),
    ];
    const [line] = computeFigures(withLines([FROM_90], { websites: sites })).websites.scoreLines;
    expect(line!.byKind.map((group) => [group.name, group.count, group.sites.map((site) => site.id)])).toEqual([
      ['门户网站', 2, ['p1', 'p2']],
      ['部门网站', 1, ['d1']],
    ]);
    expect(line!.byLevel.map((group) => [group.name, group.count])).toEqual([
      ['省级', 2],
      ['市级', 1],
    ]);
  });

  it('compares with last quarter’s records at the same line; growth is over the earlier count (003: 44 → 76 is 72.7%)', () => {
    const sites = (reaching: number) => Array.from({ length: 200 }, (_, i) => scoredSite(`s${i}`, i < reaching ? 92 : 70));
    const records = chainOf([{ websites: sites(44) }, { websites: sites(76) }].map((fields) => ({ ...fields, issuer: issuerWith({ scoreLines: [FROM_90] }) })));
    const [line] = computeFigures(records).websites.scoreLines;
    expect(line!.count).toBe(76);
    expect(line!.previous).toEqual({ count: 44, share: { kind: 'share', value: ratio(44, 200) } });
    expect(printGrowth(line!.count, line!.previous!.count, 1)).toEqual({ direction: 'up', amount: '72.7', unit: '%' });
  });

  it('compares with published figures matched by the line’s score; without the scored count there is no share', () => {
    const published = (websites: object) => ({ period: { year: 2025, quarter: 2 as const }, websites: { running: 200, checked: 200, failing: 30, ...websites } });
    const current = { websites: [scoredSite('a', 95)] };
    const line = (websites: object) => computeFigures(withLines([FROM_90], { ...current, previous: published(websites) })).websites.scoreLines[0]!.previous;
    expect(line({ scored: 170, scoreLines: [{ score: '90.0', count: 44 }] })).toEqual({ count: 44, share: { kind: 'share', value: ratio(44, 170) } });
    expect(line({ scoreLines: [{ score: '90', count: 44 }] })).toEqual({ count: 44, share: null });
    expect(line({ scoreLines: [{ score: '80', count: 90 }] })).toBeNull();
  });

  it('has no previous value when last quarter scored nothing: an unscored quarter is not a zero', () => {
    const records = chainOf([{ websites: [website({ id: 'a' })] }, { websites: [scoredSite('a', 95)] }].map((fields) => ({ ...fields, issuer: issuerWith({ scoreLines: [FROM_90] }) })));
    expect(computeFigures(records).websites.scoreLines[0]!.previous).toBeNull();
  });
});

describe('streaks', () => {
  const line: ScoreLineConfig = { ...ABOVE_80, streak: 4 };
  const issuer = issuerWith({ scoreLines: [line] });
  // a: above 80 in all four quarters; b, e, f: each misses one earlier quarter; c: only now;
  // d: above 80 before but vetoed now
  const sites = (a: number, b: number, e: number, f: number) => [scoredSite('a', a), scoredSite('b', b), scoredSite('e', e), scoredSite('f', f)];
  const quarters: Partial<QuarterRecords>[] = [
    { issuer, websites: [...sites(85, 85, 85, 79), scoredSite('d', 90)] },
    { issuer, websites: [...sites(81, 79, 85, 85), scoredSite('d', 90)] },
    { issuer, websites: [...sites(88, 90, 80, 85), scoredSite('d', 90)] },
    { issuer, websites: [...sites(80.5, 95, 85, 85), scoredSite('c', 99), website({ id: 'd', veto: ['首页不更新'] })] },
  ];

  it('lists the sites above the line in each of the last N quarters, matched by id (001: 连续四个季度)', () => {
    const streak = computeFigures(chainOf(quarters)).websites.scoreLines[0]!.streak;
    expect(streak).toMatchObject({ quarters: 4, count: 1 });
    expect(streak!.sites.map((site) => site.id)).toEqual(['a']);
  });

  it('claims no streak when the chain of records is shorter than N or passes through published figures', () => {
    expect(computeFigures(chainOf(quarters.slice(1))).websites.scoreLines[0]!.streak).toBeNull();
    const published = { period: { year: 2024, quarter: 4 as const }, websites: { running: 3, checked: 3, failing: 0 } };
    const [, second, third, fourth] = quarters;
    const throughPublished = quarter({ ...fourth, previous: quarter({ ...third, period: { year: 2025, quarter: 2 }, previous: quarter({ ...second, period: { year: 2025, quarter: 1 }, previous: published }) }) });
    expect(computeFigures(throughPublished).websites.scoreLines[0]!.streak).toBeNull();
  });
});

describe('comparisons with earlier quarters', () => {
  it('gives each group index its value last quarter', () => {
    const records = chainOf([
      { websites: [website({ id: 'a', scores: scores('27', '20', '14', '20') })] },
      { websites: [website({ id: 'a', scores: scores('27', '20', '15.6', '20') })] },
    ]);
    const indices = computeFigures(records).websites.groupIndices;
    expect(indices.map((group) => [group.group, group.index.value, group.previous?.value])).toEqual([
      ['发布解读', ratio(9, 10), ratio(9, 10)],
      ['办事服务', ratio(4, 5), ratio(4, 5)],
      ['互动交流', fromDecimal('0.78'), fromDecimal('0.7')],
      ['功能设计', ratio(4, 5), ratio(4, 5)],
    ]);
  });

  it('reaches the same quarter a year before through four links (较去年同期), and not with fewer', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ websites: [website({ id: 'a', veto: i === 0 ? ['首页不更新'] : [] }), website({ id: 'b' })] }));
    const figures = computeFigures(chainOf(five));
    expect(figures.yearAgo?.period).toEqual({ year: 2024, quarter: 3 });
    expect(figures.yearAgo?.websites).toMatchObject({ checked: 2, failing: 1 });
    expect(figures.previous?.period).toEqual({ year: 2025, quarter: 2 });
    expect(computeFigures(chainOf(five.slice(1))).yearAgo).toBeNull();
  });

  it('compares the mean scores with last quarter, from records or as published', () => {
    const fromRecords = computeFigures(chainOf([{ websites: [scoredSite('a', 82, { bonus: '4' })] }, { websites: [scoredSite('a', 85)] }]));
    expect(fromRecords.previous).toMatchObject({ scored: 1, averageScore: { value: fromDecimal('82') }, averageFinalScore: { value: fromDecimal('86') } });
    const published = { period: { year: 2025, quarter: 2 as const }, websites: { running: 9, checked: 9, failing: 0, scored: 8, averageScore: '77.48' } };
    const fromPublished = computeFigures(quarter({ previous: published }));
    expect(fromPublished.previous).toMatchObject({ scored: 8, averageScore: { kind: 'score', value: fromDecimal('77.48') }, averageFinalScore: null });
  });
});
