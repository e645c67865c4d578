// The record fields and issuer settings the statistics catalogue reads: re-check results,
// messages (by category and by unit too), rounds, last quarter's rectification, second-level scores, score lines,
// 基本持平 thresholds, numerals, ranking, region order, and richer published figures.

import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../../src/compute/index.js';
import { DEFAULT_ARABIC_NUMERALS_FROM } from '../../../src/config/defaults.js';
import { printStat } from '../../../src/format/number.js';
import type { Stat } from '../../../src/model/figures.js';
import { ISSUER_YAML, ITEMS_ISSUER_YAML, QUARTER_YAML, expectProblemAt, quarterProblems, tempProject } from './temp-project.js';

const FOLLOW_UPS = `rounds: { websites: 2 }
messages:
  - { name: 我为政府网站找错, received: 129, finished: 129 }
  - name: 市长信箱
    window: { start: 2025-07-01, end: 2025-09-30 }
    received: 40
    finished: 39
    finishedOnTime: 36
`;

describe('quarter fields for the statistics', () => {
  it('reads re-check results, messages and rounds as typed', async () => {
    const text = QUARTER_YAML.replace('region: 市本级 }', 'region: 市本级, veto: [内容不更新], recheck: 合格 }') + FOLLOW_UPS;
    const records = await tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': text }).load('城/2025-q3.yaml');
    expect(records.accounts[0]?.recheck).toBe('合格');
    expect(records.websites[0]?.recheck).toBeUndefined();
    expect(records.rounds).toEqual({ websites: 2 });
    expect(records.messages.map(({ place, ...message }) => message)).toEqual([
      { name: '我为政府网站找错', received: 129, finished: 129 },
      { name: '市长信箱', window: { start: '2025-07-01', end: '2025-09-30' }, received: 40, finished: 39, finishedOnTime: 36 },
    ]);
    expect(records.messages[1]?.place.line).toBe(QUARTER_YAML.split('\n').length + 3);
  });

  it('reads messages by category (a table of received) and by unit (a list with finished), and ranks the units', async () => {
    const text = `${QUARTER_YAML}messages:
  - name: 我为政府网站找错
    received: 30
    finished: 28
    categories: { 咨询: 10, 投诉: 15 }
    units:
      - { name: 东城区, received: 12, finished: 12 }
      - { name: 西城区, received: 18, finished: 16 }
      - { name: 南湖区, received: 12 }
`;
    const records = await tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': text }).load('城/2025-q3.yaml');
    expect(records.messages[0]).toMatchObject({
      categories: [{ name: '咨询', received: 10 }, { name: '投诉', received: 15 }],
      units: [{ name: '东城区', received: 12, finished: 12 }, { name: '西城区', received: 18, finished: 16 }, { name: '南湖区', received: 12 }],
    });
    const [channel] = computeFigures(records).messages;
    const shown = (stat: Stat | null) => (stat ? printStat(stat, records.issuer.precision) : null);
    expect(channel?.categories.map((category) => [category.name, category.received, shown(category.share)])).toEqual([
      ['投诉', 15, '50%'],
      ['咨询', 10, '33.3%'],
    ]);
    expect(channel?.units.map((unit) => [unit.name, unit.rank, unit.tied, shown(unit.completionRate)])).toEqual([
      ['西城区', 1, false, '88.9%'],
      ['东城区', 2, true, '100%'],
      ['南湖区', 2, true, null],
    ]);
  });

  it('reports categories adding up to more than received, a unit finishing more than it received, and a unit named twice', async () => {
    const text = `${QUARTER_YAML}messages:
  - name: 找错
    received: 30
    finished: 28
    categories: { 咨询: 20, 投诉: 15 }
    units: [{ name: 东城区, received: 12, finished: 13 }, { name: 东城区, received: 3 }]
`;
    const problems = await quarterProblems(text);
    const sum = expectProblemAt({ problems: problems.filter((d) => d.field?.endsWith('categories')), code: 'TB218', text, needle: '{ 咨询', field: 'messages[0].categories' });
    expect(sum.message).toBe('留言办理数前后矛盾：各类别的收到数之和 35 大于收到数 30');
    expectProblemAt({ problems: problems.filter((d) => d.field?.endsWith('finished')), code: 'TB218', text, needle: '13 }', field: 'messages[0].units[0].finished' });
    const twice = expectProblemAt({ problems, code: 'TB236', text, needle: '东城区, received: 3', field: 'messages[0].units[1].name' });
    expect(twice.message).toBe('承办单位“东城区”重复，messages[0].units[0].name 已经用过');
  });

  it('reads a group scored item by item, keeping the typed digits', async () => {
    const text = QUARTER_YAML.replace('办事服务: 22,', '办事服务: { 事项公开: 9.50, 在线办理: 12 },');
    const records = await tempProject({ '城/_issuer.yaml': ITEMS_ISSUER_YAML, '城/2025-q3.yaml': text }).load('城/2025-q3.yaml');
    expect(records.websites[0]?.scores?.['办事服务']).toEqual({ 事项公开: '9.50', 在线办理: '12' });
    expect(records.issuer.rules.deductionGroups[1]?.items).toEqual([
      { name: '事项公开', points: '10' },
      { name: '在线办理', points: '15' },
    ]);
  });

  it('reads the rectification lists, an omitted list being empty', async () => {
    const q2 = QUARTER_YAML.replace('quarter: 3', 'quarter: 2').replace('region: 市本级 }', 'region: 市本级, veto: [内容不更新] }');
    const q3 = `${QUARTER_YAML}previous: 2025-q2.yaml\nrectification:\n  stillFailing: [a01]\n`;
    const records = await tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q2.yaml': q2, '城/2025-q3.yaml': q3 }).load('城/2025-q3.yaml');
    expect(records.rectification).toEqual({ fixed: [], stillFailing: ['a01'], notReported: [] });
  });

  it('reads the scores a published notice gave', async () => {
    const text = `${QUARTER_YAML}previous:
  published:
    period: { year: 2025, quarter: 2 }
    websites: { running: 200, checked: 200, failing: 30, scored: 170, averageScore: 77.48, scoreLines: [{ score: 90, count: 44 }] }
`;
    const issuer = `${ISSUER_YAML}scoreLines: [{ score: 90, inclusive: true }]\n`;
    const { previous } = await tempProject({ '城/_issuer.yaml': issuer, '城/2025-q3.yaml': text }).load('城/2025-q3.yaml');
    expect(previous).toEqual({
      period: { year: 2025, quarter: 2 },
      websites: { running: 200, checked: 200, failing: 30, scored: 170, averageScore: '77.48', scoreLines: [{ score: '90', count: 44 }] },
    });
  });

  it('reports a re-check result that is neither 合格 nor 不合格, and a count that is not a whole number', async () => {
    const text = QUARTER_YAML.replace('region: 市本级 }', 'region: 市本级, veto: [内容不更新], recheck: 已整改 }') + 'messages:\n  - { name: 找错, received: 12.5, finished: 12 }\n';
    const problems = await quarterProblems(text);
    expectProblemAt({ problems, code: 'TB111', text, needle: '已整改', field: 'accounts[0].recheck' });
    expectProblemAt({ problems, code: 'TB103', text, needle: '12.5', field: 'messages[0].received' });
  });
});

describe('issuer settings for the statistics', () => {
  it('defaults to no score lines, no 基本持平, Chinese numerals below 11 and ranks that skip after ties', async () => {
    const { issuer } = await tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML }).load('城/2025-q3.yaml');
    expect(issuer).toMatchObject({ scoreLines: [], flatThresholds: {}, arabicNumeralsFrom: DEFAULT_ARABIC_NUMERALS_FROM, denseRanking: false });
    expect(issuer.regions).toBeUndefined();
    expect(issuer.precision).toMatchObject({ completionRate: 1, growth: 1 });
  });

  it('reads score lines (the final score unless said otherwise), thresholds, numerals, ranking and regions', async () => {
    const issuerText = `${ISSUER_YAML}scoreLines:
  - { score: 80, inclusive: false, streak: 4 }
  - { score: 90, inclusive: true, includesBonus: false }
flatThresholds: { passRate: 0.5, index: 0.02 }
arabicNumeralsFrom: 5
denseRanking: true
regions: [乙区, 甲区]
precision: { completionRate: 0, growth: 2 }
classifiers: { message: 封 }
`;
    const { issuer } = await tempProject({ '城/_issuer.yaml': issuerText, '城/2025-q3.yaml': QUARTER_YAML }).load('城/2025-q3.yaml');
    expect(issuer.scoreLines).toEqual([
      { score: '80', inclusive: false, includesBonus: true, streak: 4 },
      { score: '90', inclusive: true, includesBonus: false },
    ]);
    expect(issuer).toMatchObject({ flatThresholds: { passRate: '0.5', index: '0.02' }, arabicNumeralsFrom: 5, denseRanking: true, regions: ['乙区', '甲区'] });
    expect(issuer.precision).toMatchObject({ completionRate: 0, growth: 2, passRate: 1 });
    expect(issuer.classifiers).toEqual({ website: '家', account: '个', message: '封' });
  });

  it('requires a score line to say whether the line itself counts, and a streak of two quarters or more', async () => {
    const issuerText = `${ISSUER_YAML}scoreLines:\n  - { score: 80 }\n  - { score: 90, inclusive: true, streak: 1 }\n`;
    const problems = await tempProject({ '城/_issuer.yaml': issuerText, '城/2025-q3.yaml': QUARTER_YAML }).problems('城/2025-q3.yaml');
    expectProblemAt({ problems, code: 'TB105', text: issuerText, needle: '{ score: 80 }', field: 'scoreLines[0].inclusive' });
    expectProblemAt({ problems, code: 'TB110', text: issuerText, needle: '1 }', field: 'scoreLines[1].streak' });
  });

  it('reports second-level points that do not add up to their group’s', async () => {
    const issuerText = ITEMS_ISSUER_YAML.replace('{ name: 在线办理, points: 15 }', '{ name: 在线办理, points: 14 }');
    const problems = await tempProject({ '城/_issuer.yaml': issuerText, '城/2025-q3.yaml': QUARTER_YAML }).problems('城/2025-q3.yaml');
    const diagnostic = expectProblemAt({ problems, code: 'TB217', text: issuerText, needle: '[{ name: 事项公开', field: 'rules.deductionGroups[1].items' });
    expect(diagnostic.message).toBe('一级指标“办事服务”的分值是 25，二级指标分值 10+14 与它不相等');
  });
});
