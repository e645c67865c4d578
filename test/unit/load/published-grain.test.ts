// Earlier quarters known only by what their notices printed, at any grain: a rate without
// its counts, an average of one group, the quarter's own facts; the same quarter a year
// before given the same way. Read from YAML, checked against themselves and the issuer's
// settings, and compared end to end through the figures.

import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../src/compute/index.js';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { printChange, printStat } from '../../../src/format/number.js';
import { loadSummary } from '../../../src/load/summary.js';
import type { Stat } from '../../../src/model/figures.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { ISSUER_YAML, expectProblemAt, tempProject } from './temp-project.js';

const ISSUER = `${ISSUER_YAML}facts: [{ name: 提醒次数, of: quarter, unit: 次 }]
categories:
  - { name: 单位类别, field: owner, groups: [{ name: 区县, values: [东城区政府办公室] }, { name: 市直部门, values: [市政府办公室] }] }
`;

const SITES = `websites:
  - { id: w01, name: 测试市人民政府门户网站, owner: 市政府办公室, kind: 门户网站, level: 市级, region: 市本级, scores: { 发布解读: 28, 办事服务: 23.5, 互动交流: 18, 功能设计: 23 } }
  - { id: w02, name: 东城区人民政府门户网站, owner: 东城区政府办公室, kind: 门户网站, level: 区县级, region: 东城区, veto: [首页不更新] }
  - { id: w03, name: 测试市教育局网站, owner: 市政府办公室, kind: 部门网站, level: 市级, region: 市本级, scores: { 发布解读: 25, 办事服务: 20, 互动交流: 18, 功能设计: 20 } }
`;

/** This quarter's records, with what the office typed of the earlier quarters after them. */
const quarterWith = (earlier: string): string => `period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\n${SITES}${earlier}`;

const published = (figures: string, period = '{ year: 2025, quarter: 2 }'): string => `previous:\n  published:\n    period: ${period}\n${figures}`;

const load = (quarter: string): Promise<QuarterRecords> => tempProject({ '城/_issuer.yaml': ISSUER, '城/2025-q3.yaml': quarter }).load('城/2025-q3.yaml');
const problemsOf = (quarter: string) => tempProject({ '城/_issuer.yaml': ISSUER, '城/2025-q3.yaml': quarter }).problems('城/2025-q3.yaml');

const printed = (records: QuarterRecords, stat: Stat | null | undefined): string | undefined => (stat ? printStat(stat, records.issuer.precision) : undefined);

describe('a published earlier quarter at any grain', () => {
  it('reads a pass rate alone, a group’s average and the quarter’s facts, as typed', async () => {
    const text = quarterWith(published('    websites: { passRate: 95, by: { kind: { 门户网站: { averageScore: 85.2 } } } }\n    facts: { 提醒次数: 10 }\n'));
    expect((await load(text)).previous).toEqual({
      period: { year: 2025, quarter: 2 },
      websites: { passRate: '95', by: { kind: { 门户网站: { averageScore: '85.2' } } } },
      facts: { 提醒次数: '10' },
    });
  });

  it('gives the pass rate printed alone, with no count it did not print', async () => {
    const records = await load(quarterWith(published('    websites: { passRate: 95 }\n')));
    const figures = computeFigures(records);
    expect(printed(records, figures.previous?.websites?.passRate)).toBe('95%');
    expect([figures.previous?.websites?.running, figures.previous?.websites?.checked]).toEqual([null, null]);
    // this quarter: 2 of 3 passed
    const change = printChange(figures.websites.passRate!, figures.websites.previous!.passRate!, records.issuer.precision);
    expect([printed(records, figures.websites.passRate), change]).toEqual(['66.7%', { direction: 'down', amount: '28.3', unit: '个百分点' }]);
  });

  it('compares a group with the same group as published: 门户网站 averaged 85.2, now 92.5', async () => {
    const records = await load(quarterWith(published('    websites: { by: { kind: { 门户网站: { averageScore: 85.2 } } } }\n')));
    const portals = computeFigures(records).websites.by['kind']?.['门户网站'];
    expect([printed(records, portals?.averageScore), printed(records, portals?.previous?.averageScore)]).toEqual(['92.5', '85.2']);
    expect(printChange(portals!.averageScore!, portals!.previous!.averageScore!, records.issuer.precision)).toEqual({ direction: 'up', amount: '7.3', unit: '分' });
    // a group the notice gave no figures for is not there
    expect(computeFigures(records).websites.by['kind']?.['部门网站']?.previous).toBeNull();
  });

  it('groups along a category of the issuer, and gives the quarter’s published facts', async () => {
    const text = quarterWith(published('    websites: { by: { 单位类别: { 区县: { passRate: 50 } } } }\n    facts: { 提醒次数: 10 }\n'));
    const records = await load(text);
    const figures = computeFigures(records);
    expect(printed(records, figures.websites.by['单位类别']?.['区县']?.previous?.passRate)).toBe('50%');
    expect(printed(records, figures.previous?.facts['提醒次数'])).toBe('10');
  });

  it('takes the same quarter a year before as published, for 较去年同期', async () => {
    const text = quarterWith('yearAgo:\n  published:\n    period: { year: 2024, quarter: 3 }\n    websites: { running: 4, checked: 4, failing: 1 }\n');
    const records = await load(text);
    expect(records.yearAgo).toEqual({ period: { year: 2024, quarter: 3 }, websites: { running: 4, checked: 4, failing: 1 } });
    const figures = computeFigures(records);
    expect([printed(records, figures.yearAgo?.websites?.passRate), printed(records, figures.websites.yearAgo?.passRate)]).toEqual(['75%', '75%']);
  });
});

describe('published figures checked against themselves and the settings', () => {
  const withRate = (rate: string) => quarterWith(published(`    websites: { checked: 23, failing: 1, passRate: ${rate} }\n`));

  it('takes a rate that its counts print at the places typed (22 of 23 is 95.652…%)', async () => {
    for (const rate of ['95.65', '95.7', '96']) await expect(load(withRate(rate))).resolves.toBeDefined();
  });

  it('reports a rate its counts do not print, naming both', async () => {
    const text = withRate('95.6');
    const diagnostic = expectProblemAt({ problems: await problemsOf(text), code: 'TB242', text, needle: '95.6', field: 'previous.published.websites.passRate' });
    expect(diagnostic.message).toBe('上季度公布的合格率 95.6% 与检查数 23、不合格数 1 不符：按这两个数应为 95.7%');
  });

  it('says counts that contradict each other once, and no rate from them', async () => {
    const text = quarterWith(published('    websites: { checked: 20, failing: 21, passRate: 50 }\n'));
    expect((await problemsOf(text)).map((d) => [d.code, d.field])).toEqual([['TB213', 'previous.published.websites.failing']]);
  });

  it('reports a dimension the channel does not have, and a group that gives nothing', async () => {
    const text = quarterWith(published('    websites: { passRate: 95 }\n    accounts: { by: { kind: { 微信: { passRate: 90 } } } }\n'));
    const diagnostic = expectProblemAt({ problems: await problemsOf(text), code: 'TB243', text, needle: 'kind: { 微信', field: 'previous.published.accounts.by.kind' });
    expect(diagnostic.message).toBe('“kind”不是政务新媒体的分组');
    expect(diagnostic.hint).toContain('platform');
    const empty = quarterWith(published('    websites: { by: { kind: { 门户网站: {} } } }\n'));
    expectProblemAt({ problems: await problemsOf(empty), code: 'TB126', text: empty, needle: '{} }', field: 'previous.published.websites.by.kind.门户网站' });
  });

  it('reports a fact that is not the quarter’s own', async () => {
    const text = quarterWith(published('    websites: { passRate: 95 }\n    facts: { 提醒次数: 10, 提醒人数: 3 }\n'));
    expectProblemAt({ problems: await problemsOf(text), code: 'TB240', text, needle: '提醒人数', field: 'previous.published.facts.提醒人数' });
  });

  it('reports a year-ago quarter that is not the same quarter a year before', async () => {
    const text = quarterWith('yearAgo:\n  published:\n    period: { year: 2025, quarter: 2 }\n    websites: { passRate: 90 }\n');
    const diagnostic = expectProblemAt({ problems: await problemsOf(text), code: 'TB244', text, needle: '{ year: 2025, quarter: 2 }', field: 'yearAgo.published.period' });
    expect(diagnostic.message).toBe('去年同期应为 2024年第三季度，实际为 2025年第二季度');
  });

  it('reports year-ago figures the chain of previous files already reaches', async () => {
    const file = (year: number, quarter: number, previous?: string) =>
      `period: { year: ${year}, quarter: ${quarter} }\ndate: ${year}-${String(quarter * 3).padStart(2, '0')}-28\n${previous ? `previous: ${previous}\n` : ''}${SITES}`;
    const yearAgo = 'yearAgo:\n  published:\n    period: { year: 2024, quarter: 3 }\n    websites: { passRate: 90 }\n';
    const q3 = `${file(2025, 3, '2025-q2.yaml')}${yearAgo}`;
    const project = tempProject({
      '城/_issuer.yaml': ISSUER,
      '城/2024-q3.yaml': file(2024, 3),
      '城/2024-q4.yaml': file(2024, 4, '2024-q3.yaml'),
      '城/2025-q1.yaml': file(2025, 1, '2024-q4.yaml'),
      '城/2025-q2.yaml': file(2025, 2, '2025-q1.yaml'),
      '城/2025-q3.yaml': q3,
    });
    expectProblemAt({ problems: await project.problems('城/2025-q3.yaml'), code: 'TB245', text: q3, needle: 'published:', field: 'yearAgo' });
    // without it, the chain gives the year before
    project.write('城/2025-q3.yaml', file(2025, 3, '2025-q2.yaml'));
    expect(computeFigures(await project.load('城/2025-q3.yaml')).yearAgo?.source).toBe('records');
  });
});

describe('a summary', () => {
  it('still requires the counts of each channel a region’s notice is given for', async () => {
    const summary = `title: 调研报告
issuer: 测试局
date: 2025-11-15
period: { year: 2025, quarter: 3 }
basis: [《检查指标》]
sources:
  - region: 甲省
    quarter: { published: { period: { year: 2025, quarter: 3 }, websites: { passRate: 95 } } }
`;
    const project = tempProject({ 'summary.yaml': summary });
    let problems: readonly Diagnostic[] = [];
    try {
      (await loadSummary({ file: `${project.root}/summary.yaml`, projectRoot: project.root }));
    } catch (error) {
      if (isTongbaoError(error)) problems = error.diagnostics;
    }
    expect(problems.map((d) => [d.code, d.field])).toEqual([
      ['TB105', 'sources[0].quarter.published.websites.running'],
      ['TB105', 'sources[0].quarter.published.websites.checked'],
      ['TB105', 'sources[0].quarter.published.websites.failing'],
    ]);
  });
});
