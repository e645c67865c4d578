// What an issuer declares for itself — its own facts, categories over field values, a scale
// for accounts, the narrative sections a quarter may write — read from YAML into the records,
// and the figures computed from them end to end; the texts a notice may go without
// (addressees, basis, window, deadline) read as absent and given to templates as null.

import { describe, expect, it } from 'vitest';
import { templateContext } from '../../../src/compose/context.js';
import { computeFigures } from '../../../src/compute/index.js';
import { DEFAULT_NARRATIVE_SECTIONS } from '../../../src/config/defaults.js';
import { printStat } from '../../../src/format/number.js';
import type { Stat } from '../../../src/model/figures.js';
import type { QuarterRecords } from '../../../src/model/records.js';
import { ISSUER_YAML, QUARTER_YAML, expectProblemAt, tempProject } from './temp-project.js';

const DECLARING_ISSUER = `${ISSUER_YAML}facts:
  - { name: 发布信息, of: accounts, unit: 条 }
  - { name: 提醒次数, of: quarter, unit: 次 }
categories:
  - name: 单位类别
    field: owner
    groups:
      - { name: 区县, values: [东城区政府办公室] }
      - { name: 市直部门, values: [市政府办公室, 市教育局] }
rules:
  accountScoring:
    deductionGroups: [{ name: 内容更新, points: 60 }, { name: 互动回应, points: 40 }]
    passScore: 60
    bonusPoints: 10
    bonusThreshold: 80
narrativeSections: [overview, problems, requirements, 典型经验]
`;

const DECLARED_QUARTER = `period: { year: 2025, quarter: 3 }
date: 2025-10-15
facts: { 提醒次数: 12 }
narrative:
  典型经验: 东城区建立了每日巡查制度。
websites:
  - { id: w01, name: 测试市人民政府门户网站, owner: 市政府办公室, kind: 门户网站, level: 市级, region: 市本级, scores: { 发布解读: 28, 办事服务: 23.5, 互动交流: 18, 功能设计: 23 } }
  - { id: w02, name: 东城区人民政府门户网站, owner: 东城区政府办公室, kind: 门户网站, level: 区县级, region: 东城区, veto: [首页不更新] }
  - { id: w03, name: 测试市教育局网站, owner: 市教育局, kind: 部门网站, level: 市级, region: 市本级 }
accounts:
  - { id: a01, name: 测试发布, platform: 微信公众号, owner: 市政府办公室, region: 市本级, scores: { 内容更新: 55, 互动回应: 35 }, bonus: 5, facts: { 发布信息: 120.5 } }
  - { id: a02, name: 东城发布, platform: 新浪微博, owner: 东城区政府办公室, region: 东城区, scores: { 内容更新: 30, 互动回应: 20 }, facts: { 发布信息: 30 } }
`;

const load = (issuer: string, quarter: string): Promise<QuarterRecords> => tempProject({ '城/_issuer.yaml': issuer, '城/2025-q3.yaml': quarter }).load('城/2025-q3.yaml');
const problemsOf = (issuer: string, quarter: string) => tempProject({ '城/_issuer.yaml': issuer, '城/2025-q3.yaml': quarter }).problems('城/2025-q3.yaml');

/** A statistic as the notice prints it under the issuer's precision. */
const printed = (records: QuarterRecords, stat: Stat | null | undefined): string | undefined => (stat ? printStat(stat, records.issuer.precision) : undefined);

describe('what an issuer declares', () => {
  it('reads facts, categories, an account scale and narrative sections into the settings', async () => {
    const { issuer } = await load(DECLARING_ISSUER, DECLARED_QUARTER);
    expect(issuer.facts).toEqual([
      { name: '发布信息', of: 'accounts', unit: '条' },
      { name: '提醒次数', of: 'quarter', unit: '次' },
    ]);
    expect(issuer.categories).toEqual([
      { name: '单位类别', field: 'owner', groups: [{ name: '区县', values: ['东城区政府办公室'] }, { name: '市直部门', values: ['市政府办公室', '市教育局'] }] },
    ]);
    expect(issuer.rules.accountScoring).toEqual({
      deductionGroups: [{ name: '内容更新', points: '60' }, { name: '互动回应', points: '40' }],
      passScore: '60',
      bonusPoints: '10',
      bonusThreshold: '80',
    });
    // the website rules keep their defaults beside the account scale
    expect(issuer.rules.passScore).toBe('60');
    expect(issuer.narrativeSections).toEqual(['overview', 'problems', 'requirements', '典型经验']);
  });

  it('reads the records’ scores, bonus and facts, and the quarter’s own facts, as typed', async () => {
    const records = await load(DECLARING_ISSUER, DECLARED_QUARTER);
    expect(records.accounts[0]).toMatchObject({ scores: { 内容更新: '55', 互动回应: '35' }, bonus: '5', facts: { 发布信息: '120.5' } });
    expect(records.facts).toEqual({ 提醒次数: '12' });
    expect(records.narrative).toEqual({ 典型经验: '东城区建立了每日巡查制度。' });
  });

  it('computes a fact’s sum and mean, accounts’ scores on the issuer’s scale, and groups of a category', async () => {
    const records = await load(DECLARING_ISSUER, DECLARED_QUARTER);
    const figures = computeFigures(records);
    const posts = figures.accounts.facts['发布信息'];
    expect([posts?.count, printed(records, posts?.sum), printed(records, posts?.average)]).toEqual([2, '150.5', '75.25']);
    expect(posts?.highest?.items.map((unit) => unit.name)).toEqual(['测试发布']);
    expect(printed(records, figures.facts['提醒次数'])).toBe('12');
    // a01: 90 above the bonus line, so 5 counts (95); a02: 50 below the pass line fails
    expect([figures.accounts.scored, printed(records, figures.accounts.averageScore), printed(records, figures.accounts.averageFinalScore)]).toEqual([2, '70', '72.5']);
    expect(figures.accounts.failingUnits.map((unit) => [unit.name, unit.problem])).toEqual([['东城发布', '扣分指标得分低于60分']]);
    const byCategory = figures.websites.by['单位类别'];
    expect(byCategory?.map((group) => [group.name, group.running, group.failing, printed(records, group.passRate)])).toEqual([
      ['区县', 1, 1, '0%'],
      ['市直部门', 2, 0, '100%'],
    ]);
  });

  it('gives templates every declared section, null where the quarter wrote none, and null for the texts left out', async () => {
    const withoutTexts = DECLARING_ISSUER.replace('addressees: 各区人民政府，市政府各部门：\nbasis:\n  - 《检查指标》（国办秘函〔2019〕19号）\n', '');
    const records = await load(withoutTexts, DECLARED_QUARTER);
    const context = templateContext(records, computeFigures(records));
    expect(context.narrative).toEqual({ overview: null, problems: null, requirements: null, 典型经验: '东城区建立了每日巡查制度。' });
    expect([records.window, records.deadline, records.issuer.addressees, records.issuer.basis]).toEqual([undefined, undefined, undefined, undefined]);
    expect([context.window, context.deadline, context.issuer.addressees, context.issuer.basis]).toEqual([null, null, null, null]);
  });

  it('declares the five bundled sections when the issuer says nothing', async () => {
    const { issuer } = await load(ISSUER_YAML, QUARTER_YAML);
    expect(issuer.narrativeSections).toEqual(DEFAULT_NARRATIVE_SECTIONS);
  });

  it('scores no bonus on an account scale without a bonus part', async () => {
    const issuer = DECLARING_ISSUER.replace('    bonusPoints: 10\n    bonusThreshold: 80\n', '');
    const records = await load(issuer, DECLARED_QUARTER.replace(', bonus: 5', ''));
    expect(records.issuer.rules.accountScoring).toMatchObject({ bonusPoints: '0', bonusThreshold: '100' });
    expect(printed(records, computeFigures(records).accounts.averageFinalScore)).toBe('70');
  });
});

describe('mistakes in what an issuer declares', () => {
  it('reports an account score on no scale, once per account, saying how to set one', async () => {
    const quarter = DECLARED_QUARTER.replace('facts: { 提醒次数: 12 }\nnarrative:\n  典型经验: 东城区建立了每日巡查制度。\n', '');
    const issuer = `${ISSUER_YAML}facts: [{ name: 发布信息, of: accounts, unit: 条 }]\n`;
    const problems = await problemsOf(issuer, quarter);
    expect(problems.map((d) => [d.code, d.field])).toEqual([['TB239', 'accounts[0].scores']]);
    expect(problems[0]?.message).toBe('发文机关设置里没有政务新媒体的评分规则，账号不能填写得分（scores）和加分（bonus）（共 2 个账号，首个在第 8 行；另见第 9 行）');
    expect(problems[0]?.hint).toContain('accountScoring');
  });

  it('checks account scores against the account scale as website scores against theirs', async () => {
    const quarter = DECLARED_QUARTER.replace('互动回应: 35 }, bonus: 5', '互动回应: 45 }, bonus: 12');
    const problems = await problemsOf(DECLARING_ISSUER, quarter);
    expectProblemAt({ problems: problems.filter((d) => d.field?.endsWith('互动回应')), code: 'TB208', text: quarter, needle: '45 }', field: 'accounts[0].scores.互动回应' });
    expectProblemAt({ problems: problems.filter((d) => d.field?.endsWith('bonus')), code: 'TB208', text: quarter, needle: '12,', field: 'accounts[0].bonus' });
  });

  it('reports a fact not declared, with the nearest declared name, and one declared for another place', async () => {
    const quarter = DECLARED_QUARTER.replace('facts: { 提醒次数: 12 }', 'facts: { 提醒次说: 12, 发布信息: 150 }');
    const problems = await problemsOf(DECLARING_ISSUER, quarter);
    const unknown = expectProblemAt({ problems: problems.filter((d) => d.code === 'TB240'), code: 'TB240', text: quarter, needle: '提醒次说', field: 'facts.提醒次说' });
    expect(unknown.hint).toBe('是否想写“提醒次数”？');
    const misplaced = expectProblemAt({ problems: problems.filter((d) => d.code === 'TB241'), code: 'TB241', text: quarter, needle: '发布信息: 150', field: 'facts.发布信息' });
    expect(misplaced.message).toBe('统计事项“发布信息”声明为写在每个账号上（of: accounts），不能写在季度文件最外层');
  });

  it('reports a section the issuer did not declare at its name, with the declared ones', async () => {
    const quarter = DECLARED_QUARTER.replace('  典型经验:', '  practices:');
    const diagnostic = expectProblemAt({ problems: await problemsOf(DECLARING_ISSUER, quarter), code: 'TB246', text: quarter, needle: 'practices', field: 'narrative.practices' });
    expect(diagnostic.hint).toContain('overview、problems、requirements、典型经验');
  });

  it('reports a category value in two groups and a group named twice, and says no more when the category failed to read', async () => {
    const issuer = DECLARING_ISSUER.replace('{ name: 市直部门, values: [市政府办公室, 市教育局] }', '{ name: 区县, values: [市政府办公室, 东城区政府办公室] }');
    const problems = await problemsOf(issuer, DECLARED_QUARTER);
    expect(problems.map((d) => [d.code, d.field])).toEqual([['TB236', 'categories[0].groups[1].name']]);
    const twice = DECLARING_ISSUER.replace('[市政府办公室, 市教育局]', '[东城区政府办公室, 市教育局]');
    const diagnostic = expectProblemAt({ problems: await problemsOf(twice, DECLARED_QUARTER), code: 'TB237', text: twice, needle: '东城区政府办公室, 市教育局', field: 'categories[0].groups[1].values[0]' });
    expect(diagnostic.message).toBe('“东城区政府办公室”在分类“单位类别”里既归入“区县”，又归入“市直部门”');
    const unread = DECLARING_ISSUER.replace('field: owner', 'field: 主办单位');
    expect((await problemsOf(unread, DECLARED_QUARTER)).map((d) => [d.code, d.field])).toEqual([['TB111', 'categories[0].field']]);
  });

  it('refuses a category named after a built-in dimension, at the quarter file’s issuer layer too', async () => {
    const quarter = `issuer:\n  categories: [{ name: region, field: owner, groups: [{ name: 区县, values: [东城区政府办公室] }] }]\n${DECLARED_QUARTER}`;
    expectProblemAt({ problems: await problemsOf(DECLARING_ISSUER, quarter), code: 'TB238', text: quarter, needle: 'region,', field: 'issuer.categories[0].name' });
  });
});
