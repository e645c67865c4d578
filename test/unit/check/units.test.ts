// Unit checks: ids, veto items, checked vs status, findings on unchecked units, platforms.

import { describe, expect, it } from 'vitest';
import { ISSUER_YAML, QUARTER_YAML, expectProblemAt, quarterProblems } from '../load/temp-project.js';

const withAccount = (line: string): string => `${QUARTER_YAML}  - { ${line} }\n`;
const base = 'name: 测试二, platform: 抖音, owner: 市政府办公室, region: 市本级';

describe('unit checks', () => {
  it('reports an id used by a website and again by an account', async () => {
    const text = withAccount(`id: w01, ${base}`);
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB201', text, needle: 'w01, name: 测试二', field: 'accounts[1].id' });
    expect(diagnostic.message).toBe('编号“w01”重复，websites[0].id 已经用过');
  });

  it('reports a veto item the rules do not name, for the channel it belongs to', async () => {
    const text = withAccount(`id: a02, ${base}, veto: [内容不更新, 首页不更新]`);
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB202', text, needle: '首页不更新', field: 'accounts[1].veto[1]' });
    expect(diagnostic.message).toBe('“首页不更新”不是政务新媒体的单项否决指标');
    expect(diagnostic.hint).toContain('安全、泄密事故等严重问题、内容不更新、互动回应差');
  });

  it('accepts veto items an issuer adds to its rules', async () => {
    const issuer = `${ISSUER_YAML}rules:\n  accountVetoItems: [内容不更新, 未备案]\n`;
    const text = withAccount(`id: a02, ${base}, veto: [未备案]`);
    await expect(quarterProblems(text, issuer)).rejects.toThrow('loaded without problems');
  });

  it('reports a unit marked checked that is not running', async () => {
    const text = withAccount(`id: a02, ${base}, status: 关停, checked: true`);
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB203', text, needle: 'true', field: 'accounts[1].checked' });
    expect(diagnostic.message).toBe('状态为“关停”的单位不能标为已检查');
    expect(diagnostic.hint).toBe('只有运行中的单位参加检查：把 checked 改为 false，或改正 status。');
  });

  it('reports findings written on a unit that was not checked, at the first of them', async () => {
    const text = withAccount(`id: a02, ${base}, checked: false, veto: [内容不更新], problem: 未更新`);
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB204', text, needle: '[内容不更新]', field: 'accounts[1].veto' });
    expect(diagnostic.message).toBe('未检查的单位不应填写单项否决指标（veto）、问题（problem）');
    expect(diagnostic.hint).toBe('把 checked 改为 true，或删去检查结果。');
  });

  it('reports an unknown platform, pointing to the full name when the short one was typed', async () => {
    const text = withAccount(`id: a02, name: 测试二, platform: 微博, owner: 市政府办公室, region: 市本级`);
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB205', text, needle: '微博', field: 'accounts[1].platform' });
    expect(diagnostic.hint).toBe('请写平台全称“新浪微博”。');
  });
});
