import { describe, expect, it } from 'vitest';
import { ZERO, fromDecimal, ratio } from '../../../src/compute/exact.js';
import { computeFigures } from '../../../src/compute/index.js';
import { printStat } from '../../../src/format/number.js';
import type { SliceFigures } from '../../../src/model/figures.js';
import { ISSUER, account, quarter, scores, website } from './build-records.js';

// Eight sites: one closed (E, never counted), one running but unchecked (D), two failing on
// veto items (B, G), one failing on its 扣分 score alone (C, 55 < 60).
const SITES = [
  website({ id: 'A', kind: '门户网站', level: '市级', region: '甲区', scores: scores('25', '20', '15', '20') }),
  website({ id: 'B', level: '市级', region: '甲区', veto: ['首页不更新'] }),
  website({ id: 'C', level: '区县级', region: '乙区', scores: scores('20', '15', '10', '10') }),
  website({ id: 'D', level: '区县级', region: '乙区', checked: false }),
  website({ id: 'E', level: '区县级', region: '丙区', status: '关停', veto: ['站点无法访问'] }),
  website({ id: 'F', kind: '门户网站', level: '区县级', region: '丙区', scores: scores('27.5', '22.5', '18', '20') }),
  website({ id: 'G', level: '区县级', region: '丙区', veto: ['栏目不更新', '首页不更新'], problem: '首页长期不更新' }),
  website({ id: 'H', level: '市级', region: '丁区', scores: scores('25', '20', '15', '20') }),
];

const ACCOUNTS = [
  account({ id: 'a1', platform: '微信公众号', region: '甲区' }),
  account({ id: 'a2', platform: '新浪微博', region: '甲区', veto: ['内容不更新'] }),
  account({ id: 'a3', platform: '抖音', region: '乙区' }),
  account({ id: 'a4', platform: '微信公众号', region: '乙区', veto: ['互动回应差'] }),
  account({ id: 'a5', platform: '新浪微博', region: '乙区', status: '关停' }),
];

describe('computeFigures: websites', () => {
  const { websites } = computeFigures(quarter({ websites: SITES }));

  it('counts running, checked (running only), failing and passing', () => {
    expect(websites).toMatchObject({ running: 7, checked: 6, failing: 3, passing: 3, fullCoverage: false });
    expect(websites.passRate).toEqual({ kind: 'passRate', value: ratio(1, 2) });
    expect(websites.samplingRatio).toEqual({ kind: 'samplingRatio', value: ratio(6, 7) });
  });

  it('breaks down by region in first-seen order and lists the regions with no failure', () => {
    expect(websites.byRegion.map(({ name, running, checked, failing }) => [name, running, checked, failing])).toEqual([
      ['甲区', 2, 2, 1],
      ['乙区', 2, 1, 1],
      ['丙区', 2, 2, 1],
      ['丁区', 1, 1, 0],
    ]);
    expect(websites.regionsAllPassed).toEqual(['丁区']);
  });

  it('lists failing sites in record order with their problem', () => {
    expect(websites.failingUnits.map((unit) => [unit.id, unit.type, unit.problem])).toEqual([
      ['B', '部门网站', '首页不更新'],
      ['C', '部门网站', '扣分指标得分低于60分'],
      ['G', '部门网站', '首页长期不更新'],
    ]);
    expect(websites.vetoBreakdown).toEqual([
      { name: '首页不更新', count: 2 },
      { name: '栏目不更新', count: 1 },
    ]);
  });

  it('counts kinds and levels among running sites', () => {
    const counts = (groups: readonly SliceFigures[]) => groups.map(({ name, running, checked, failing }) => [name, running, checked, failing]);
    expect(counts(websites.byKind)).toEqual([
      ['门户网站', 2, 2, 0],
      ['部门网站', 5, 4, 3],
    ]);
    expect(counts(websites.byLevel)).toEqual([
      ['市级', 3, 3, 1],
      ['区县级', 4, 3, 2],
    ]);
  });

  it('scores checked sites without veto: mean, extremes, group indices', () => {
    expect(websites.scored).toBe(4);
    expect(websites.averageScore).toEqual({ kind: 'score', value: fromDecimal('75.75') });
    expect(websites.highest).toMatchObject({ id: 'F', name: 'F网站', kind: '门户网站', score: { kind: 'score', value: fromDecimal('88') } });
    expect(websites.lowest).toMatchObject({ id: 'C', name: 'C网站', score: { kind: 'score', value: fromDecimal('55') } });
    expect(websites.groupIndices.map(({ group, index }) => [group, printStat(index, ISSUER.precision)])).toEqual([
      ['发布解读', '0.81'],
      ['办事服务', '0.78'],
      ['互动交流', '0.73'],
      ['功能设计', '0.70'],
    ]);
    expect(websites.groupIndices[0]?.index.value).toEqual(fromDecimal('0.8125'));
  });

  it('breaks score ties in favour of the earlier record', () => {
    const tied = computeFigures(
      quarter({
        websites: [
          website({ id: 'P', scores: scores('20', '20', '20', '20') }),
          website({ id: 'Q', scores: scores('20', '20', '20', '20') }),
        ],
      }),
    ).websites;
    expect([tied.highest?.name, tied.lowest?.name]).toEqual(['P网站', 'P网站']);
  });

  it('orders veto ties by the rules, not by the records', () => {
    const figures = computeFigures(
      quarter({ websites: [website({ id: 'P', veto: ['栏目不更新'] }), website({ id: 'Q', veto: ['站点无法访问', '站点无法访问'] })] }),
    );
    expect(figures.websites.vetoBreakdown).toEqual([
      { name: '站点无法访问', count: 1 },
      { name: '栏目不更新', count: 1 },
    ]);
  });
});

describe('computeFigures: accounts', () => {
  const { accounts } = computeFigures(quarter({ accounts: ACCOUNTS }));

  it('counts accounts and fails them on veto items only', () => {
    expect(accounts).toMatchObject({ running: 4, checked: 4, failing: 2, passing: 2, fullCoverage: true });
    expect(accounts.failingUnits.map((unit) => [unit.id, unit.type, unit.typeShort, unit.problem])).toEqual([
      ['a2', '新浪微博', '微博', '内容不更新'],
      ['a4', '微信公众号', '微信', '互动回应差'],
    ]);
  });

  it('breaks down by platform in the configured order, unknown platforms last', () => {
    expect(accounts.byPlatform.map(({ name, running, checked, failing }) => [name, running, checked, failing])).toEqual([
      ['微信公众号', 2, 2, 1],
      ['新浪微博', 1, 1, 1],
      ['抖音', 1, 1, 0],
    ]);
  });
});

describe('computeFigures: edge cases and the previous quarter', () => {
  it('gives no ratio (null, not 0%) and no scores when nothing runs or was checked', () => {
    const figures = computeFigures(quarter({ websites: [website({ id: 'A', checked: false })] }));
    expect(figures.websites).toMatchObject({ running: 1, checked: 0, failing: 0, scored: 0, groupIndices: [] });
    expect(figures.websites.passRate).toBeNull();
    expect(figures.websites.samplingRatio?.value).toEqual(ZERO);
    expect(figures.websites.averageScore).toBeNull();
    expect(figures.websites.ranking).toEqual([]);
    expect(figures.accounts).toMatchObject({ running: 0, checked: 0, fullCoverage: false, byRegion: [], byPlatform: [] });
    expect(figures.accounts.samplingRatio).toBeNull();
    expect(figures.accounts.passRate).toBeNull();
    expect(figures.previous).toBeNull();
    expect(figures.yearAgo).toBeNull();
  });

  it('builds previous summaries from published counts', () => {
    const figures = computeFigures(
      quarter({ previous: { period: { year: 2025, quarter: 2 }, websites: { running: 67, checked: 67, failing: 5 } } }),
    );
    expect(figures.previous).toMatchObject({
      period: { year: 2025, quarter: 2 },
      source: 'published',
      websites: {
        source: 'published',
        registered: 67,
        running: 67,
        checked: 67,
        failing: 5,
        passing: 62,
        samplingRatio: { kind: 'samplingRatio', value: ratio(1, 1) },
        passRate: { kind: 'passRate', value: ratio(62, 67) },
        fullCoverage: true,
        // what the notice did not print is not known, never 0
        closed: null,
        averageScore: null,
      },
      accounts: null,
      scored: null,
      averageScore: null,
      averageFinalScore: null,
      groupIndices: [],
    });
    expect(figures.websites.previous).toBe(figures.previous?.websites);
  });

  it('computes previous summaries and average score from previous records', () => {
    const previous = quarter({
      period: { year: 2025, quarter: 2 },
      websites: [website({ id: 'A', scores: scores('20', '20', '20', '20') }), website({ id: 'B', veto: ['首页不更新'] })],
    });
    const figures = computeFigures(quarter({ websites: SITES, previous }));
    expect(figures.previous?.period).toEqual({ year: 2025, quarter: 2 });
    expect(figures.previous?.websites).toMatchObject({ running: 2, checked: 2, failing: 1, passing: 1 });
    // the previous quarter's own groups are one step away, not part of its summary
    expect(Object.keys(figures.previous!.websites!)).not.toContain('byRegion');
    expect(figures.previous?.websites?.byRegion.map((region) => region.name)).toEqual(['市本级']);
    expect(figures.previous?.accounts).toBeNull();
    expect(figures.previous?.averageScore).toEqual({ kind: 'score', value: fromDecimal('80') });
  });
});
