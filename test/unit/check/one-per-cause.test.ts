// One error per cause: a value that failed to decode is not compared again in its stand-in's
// form, a field a check found wrong is not compared by a later check, and settings are judged
// at the settings.

import { describe, expect, it } from 'vitest';
import { FailedIndex, failedFields, finding, standing } from '../../../src/check/input.js';
import { diagnose, CODES } from '../../../src/diagnostics/codes.js';
import { ISSUER_YAML, QUARTER_YAML, expectProblemAt, quarterProblems, tempProject } from '../load/temp-project.js';

const codes = (problems: readonly { code: string; field?: string }[]) => problems.map((d) => [d.code, d.field]);

describe('findings that read a failed field', () => {
  const about = (field: string, alsoRead: string[] = []) => finding(diagnose(CODES.recheckOnPassing, {}, { field }), alsoRead);

  it('are dropped when a field they read, a field inside it or the table around it failed', async () => {
    const fields = failedFields([diagnose(CODES.wrongType, { expected: '数字', found: '文字' }, { field: 'messages[0].received' })]);
    expect(fields).toEqual(['messages[0].received']);
    const failed = new FailedIndex(fields);
    expect(standing([about('messages[0].finished', ['messages[0].received'])], failed)).toEqual([]);
    expect(standing([about('messages[0]')], failed)).toEqual([]);
    expect(standing([about('messages[0].received.x')], failed)).toEqual([]);
    expect(standing([about('messages[1].finished', ['messages[1].received'])], failed)).toHaveLength(1);
    expect(standing([about('messages[0].receivedOnTime')], failed)).toHaveLength(1);
  });

  it('count a whole file that failed as every field failed, and an unknown field as none', async () => {
    expect(failedFields([diagnose(CODES.wrongType, { expected: '键值表', found: '列表' }, {})], 'previous')).toEqual(['previous']);
    expect(standing([about('websites[0].name')], new FailedIndex(['']))).toEqual([]);
    expect(failedFields([diagnose(CODES.unknownKey, { key: 'nmae', allowed: [] }, { field: 'websites[0].nmae' })])).toEqual([]);
  });
});

describe('one error per cause', () => {
  it('does not compare a count that failed to decode', async () => {
    const text = `${QUARTER_YAML}messages:\n  - { name: 找错, received: 37条, finished: 30, finishedOnTime: 29 }\n`;
    expect(codes(await quarterProblems(text))).toEqual([['TB122', 'messages[0].received']]);
  });

  it('does not say a rectification lacks last quarter when the previous file is missing', async () => {
    const text = `${QUARTER_YAML}previous: 2025-q2.yaml\nrectification: { fixed: [w01] }\n`;
    expect(codes(await quarterProblems(text))).toEqual([['TB106', 'previous']]);
  });

  it('does not compare the monitoring point with a window a check found in the wrong year', async () => {
    const text = QUARTER_YAML.replace('window: { start: 2025-07-01, end: 2025-09-20 }', 'window: { start: 2024-07-01, end: 2024-09-20 }\nmonitoringPoint: 2025-09-15');
    expect(codes(await quarterProblems(text))).toEqual([['TB232', 'window']]);
  });

  it('judges a negative bonus at the setting, not at every bonus in the data', async () => {
    const issuer = `${ISSUER_YAML}rules: { bonusPoints: -5 }\n`;
    const text = QUARTER_YAML.replace('功能设计: 21 }', '功能设计: 21 }\n    bonus: 3');
    expect(codes(await quarterProblems(text, issuer))).toEqual([['TB125', 'rules.bonusPoints']]);
  });

  it('reports a setting of the quarter file’s issuer layer in the quarter file, under issuer.', async () => {
    const text = `${QUARTER_YAML}issuer:\n  rules: { passScore: 120 }\n`;
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB234', text, needle: '120', field: 'issuer.rules.passScore' });
    expect(diagnostic.place?.file).toMatch(/2025-q3\.yaml$/);
    expect(diagnostic.message).toBe('合格线 120 高于扣分指标满分 100');
  });

  it('reports lines the issuer left to the defaults once, at the groups that made them too high', async () => {
    const issuer = `${ISSUER_YAML}rules:\n  deductionGroups: [{ name: 发布解读, points: 30 }, { name: 办事服务, points: 25 }]\n`;
    const problems = (await quarterProblems(QUARTER_YAML, issuer)).filter((d) => d.code === 'TB234');
    expect(codes(problems)).toEqual([['TB234', 'rules.deductionGroups']]);
    expect(problems[0]?.message).toBe('合格线 60 高于扣分指标满分 55；加分线 80 高于扣分指标满分 55');
  });

  it('says a file named as a quarter that is the issuer settings is no quarter file, once', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML });
    expect((await project.problems('城/_issuer.yaml')).map((d) => [d.code, d.place?.line, d.place?.column, d.message])).toEqual([
      ['TB123', 1, 1, '这是发文机关设置文件，不是季度数据文件'],
    ]);
  });
});
