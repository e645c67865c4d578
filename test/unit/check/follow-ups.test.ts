// Consistency of the facts behind the follow-up figures: re-check results only on failing
// units, message counts, the rectification of last quarter's failing units, second-level
// scores, and the scores a published notice gave.

import { describe, expect, it } from 'vitest';
import { ISSUER_YAML, ITEMS_ISSUER_YAML, QUARTER_YAML, expectProblemAt, quarterProblems, tempProject } from '../load/temp-project.js';

const FAILING_ACCOUNT = 'region: 市本级, veto: [内容不更新] }';

/** Q2 with the site w01 failing on its score and the account a01 on a veto item; Q3 as given. */
function withLastQuarter(q3: string) {
  const q2 = QUARTER_YAML.replace('quarter: 3', 'quarter: 2')
    .replace('{ 发布解读: 27.50, 办事服务: 22, 互动交流: 18, 功能设计: 21 }', '{ 发布解读: 17, 办事服务: 12, 互动交流: 10, 功能设计: 10 }')
    .replace('region: 市本级 }', FAILING_ACCOUNT);
  return tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q2.yaml': q2, '城/2025-q3.yaml': q3 });
}

describe('re-check results', () => {
  it('accepts a result on a failing unit and reports one on a unit that passed', async () => {
    const text = QUARTER_YAML.replace('region: 市本级 }', 'region: 市本级, recheck: 合格 }');
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB214', text, needle: '合格 }', field: 'accounts[0].recheck' });
    expect(diagnostic.message).toBe('只有本季度检查不合格的单位才有复检结果');
    const failing = QUARTER_YAML.replace('region: 市本级 }', 'region: 市本级, veto: [内容不更新], recheck: 合格 }');
    await expect(quarterProblems(failing)).rejects.toThrow('loaded without problems');
  });
});

describe('message counts', () => {
  it('reports more finished than received, and more on time than finished, at the count', async () => {
    const text = `${QUARTER_YAML}messages:\n  - { name: 找错, received: 10, finished: 11 }\n  - { name: 信箱, received: 10, finished: 8, finishedOnTime: 9 }\n`;
    const problems = await quarterProblems(text);
    expect(problems.map((d) => [d.code, d.field])).toEqual([
      ['TB218', 'messages[0].finished'],
      ['TB218', 'messages[1].finishedOnTime'],
    ]);
    expect(problems[0]?.message).toBe('留言办理数前后矛盾：办结数 11 大于收到数 10');
  });

  it('checks the dates of a message count’s period', async () => {
    const text = `${QUARTER_YAML}messages:\n  - { name: 找错, window: { start: 2025-09-30, end: 2025-07-01 }, received: 1, finished: 1 }\n`;
    expectProblemAt({ problems: await quarterProblems(text), code: 'TB210', text, needle: '2025-09-30', field: 'messages[0].window' });
  });
});

describe('rectification of last quarter’s failing units', () => {
  const q3 = (lists: string) => `${QUARTER_YAML}previous: 2025-q2.yaml\nrectification:\n${lists}`;

  it('accepts each failing unit in one list, including a site that failed on its score', async () => {
    expect((await withLastQuarter(q3('  fixed: [w01]\n  notReported: [a01]\n')).load('城/2025-q3.yaml')).rectification).toEqual({
      fixed: ['w01'],
      stillFailing: [],
      notReported: ['a01'],
    });
  });

  it('reports a unit that did not fail last quarter, one named twice, and one left out', async () => {
    const text = q3('  fixed: [a01, w99]\n  stillFailing: [a01]\n');
    const problems = await withLastQuarter(text).problems('城/2025-q3.yaml');
    const unknown = expectProblemAt({ problems: problems.filter((d) => d.field !== 'rectification.stillFailing[0]'), code: 'TB220', text, needle: 'w99', field: 'rectification.fixed[1]' });
    expect(unknown.message).toBe('整改情况里的“w99”不是上季度检查不合格的单位');
    expect(problems.find((d) => d.field === 'rectification.stillFailing[0]')?.message).toBe('整改情况里的“a01”写了不止一次');
    const missing = expectProblemAt({ problems, code: 'TB221', text, needle: 'fixed: [a01', field: 'rectification' });
    expect(missing.message).toBe('上季度不合格的 w01 没有写整改结果');
  });

  it('needs last quarter’s records, not only its published figures', async () => {
    const text = `${QUARTER_YAML}previous:\n  published:\n    period: { year: 2025, quarter: 2 }\n    accounts: { running: 9, checked: 9, failing: 1 }\nrectification:\n  fixed: [a01]\n`;
    expectProblemAt({ problems: await quarterProblems(text), code: 'TB219', text, needle: 'fixed: [a01]', field: 'rectification' });
  });
});

describe('second-level scores', () => {
  const issuer = ITEMS_ISSUER_YAML;
  const withItems = (items: string) => QUARTER_YAML.replace('办事服务: 22,', `办事服务: ${items},`);

  it('reports an unknown item, a missing item and an item above its points', async () => {
    const text = withItems('{ 事项公示: 9, 在线办理: 15.5 }');
    const problems = await quarterProblems(text, issuer);
    expectProblemAt({ problems, code: 'TB215', text, needle: '9, 在线', field: 'websites[0].scores.办事服务.事项公示' });
    expectProblemAt({ problems, code: 'TB216', text, needle: '{ 事项公示', field: 'websites[0].scores.办事服务' });
    const above = expectProblemAt({ problems, code: 'TB208', text, needle: '15.5', field: 'websites[0].scores.办事服务.在线办理' });
    expect(above.message).toBe('“在线办理”得分 15.5 超出范围 0～15');
  });

  it('reports items for a group the issuer scores as a whole', async () => {
    const text = QUARTER_YAML.replace('发布解读: 27.50,', '发布解读: { 政策文件: 9 },');
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text, issuer), code: 'TB215', text, needle: '9 }', field: 'websites[0].scores.发布解读.政策文件' });
    expect(diagnostic.hint).toContain('没有给这个一级指标列出二级指标');
  });
});

describe('scores a published notice gave', () => {
  it('reports a line the issuer does not set and counts beyond the scored sites', async () => {
    const issuer = `${ISSUER_YAML}scoreLines: [{ score: 90, inclusive: true }]\n`;
    const text = `${QUARTER_YAML}previous:
  published:
    period: { year: 2025, quarter: 2 }
    websites: { running: 20, checked: 18, failing: 2, scored: 19, scoreLines: [{ score: 85, count: 3 }, { score: 90, count: 20 }] }
`;
    const problems = await quarterProblems(text, issuer);
    expectProblemAt({ problems: problems.filter((d) => d.field?.endsWith('scored')), code: 'TB213', text, needle: '19,', field: 'previous.published.websites.scored' });
    expectProblemAt({ problems, code: 'TB111', text, needle: '85', field: 'previous.published.websites.scoreLines[0].score' });
    expect(problems.find((d) => d.field === 'previous.published.websites.scoreLines[1].count')?.message).toBe(
      '上季度公布数前后矛盾：90分线的网站数 20 大于评分网站数 19',
    );
  });
});
