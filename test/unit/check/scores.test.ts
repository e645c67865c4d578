// Website scores against the indicator groups, the points of each and the bonus part.

import { describe, expect, it } from 'vitest';
import { ISSUER_YAML, QUARTER_YAML, expectProblemAt, quarterProblems } from '../load/temp-project.js';

const SCORES = '{ 发布解读: 27.50, 办事服务: 22, 互动交流: 18, 功能设计: 21 }';
const withScores = (scores: string, extra = ''): string => QUARTER_YAML.replace(SCORES, scores) + extra;

describe('score checks', () => {
  it('reports a score above its group’s points, compared exactly', async () => {
    const text = withScores('{ 发布解读: 30.01, 办事服务: 25, 互动交流: 20, 功能设计: 25.0 }');
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB208', text, needle: '30.01', field: 'websites[0].scores.发布解读' });
    expect(diagnostic.message).toBe('“发布解读”得分 30.01 超出范围 0～30');
  });

  it('reports a negative score', async () => {
    const text = withScores('{ 发布解读: 27.5, 办事服务: -1, 互动交流: 18, 功能设计: 21 }');
    expectProblemAt({ problems: await quarterProblems(text), code: 'TB208', text, needle: '-1,', field: 'websites[0].scores.办事服务' });
  });

  it('reports an unknown group and the group it leaves out', async () => {
    const text = withScores('{ 发布解读: 27.5, 办事服务: 22, 互动交流: 18, 功能设置: 21 }');
    const problems = await quarterProblems(text);
    expectProblemAt({ problems, code: 'TB206', text, needle: '21 }', field: 'websites[0].scores.功能设置' });
    expectProblemAt({ problems, code: 'TB207', text, needle: '{ 发布解读', field: 'websites[0].scores' });
  });

  it('checks groups and points as the issuer re-scales them', async () => {
    const issuer = `${ISSUER_YAML}rules:\n  deductionGroups: [{ name: 发布解读, points: 40 }, { name: 功能设计, points: 60 }]\n`;
    const text = withScores('{ 发布解读: 38, 功能设计: 55 }');
    await expect(quarterProblems(text, issuer)).rejects.toThrow('loaded without problems');
  });

  it('reports a bonus above the bonus points', async () => {
    const text = withScores(SCORES, '').replace('    scores:', '    bonus: 30.5\n    scores:');
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB208', text, needle: '30.5', field: 'websites[0].bonus' });
    expect(diagnostic.message).toBe('加分指标得分 30.5 超出范围 0～30');
  });
});
