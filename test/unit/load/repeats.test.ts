// The same problem over many records is said once, with the count and the first places;
// problems that differ stay apart.

import { describe, expect, it } from 'vitest';
import { QUARTER_YAML, quarterProblems } from './temp-project.js';

const codes = (problems: readonly { code: string; field?: string }[]) => problems.map((d) => [d.code, d.field]);

describe('the same problem over many records', () => {
  it('is said once, with the count, the first line and the next lines', async () => {
    const accounts = Array.from({ length: 312 }, (_, index) => `  - { id: a${index + 2}, name: 账号${index}, platform: 抖音号, owner: 单位${index}, region: 市本级 }`);
    const text = `${QUARTER_YAML}${accounts.join('\n')}\n`;
    const problems = await quarterProblems(text);
    expect(codes(problems)).toEqual([['TB205', 'accounts[1].platform']]);
    expect(problems[0]?.place?.line).toBe(15);
    expect(problems[0]?.message).toBe('平台“抖音号”不在平台列表中（共 312 个账号，首个在第 15 行；另见第 16、17、18、19、20 行…）');
  });

  it('keeps problems with different values apart', async () => {
    const text = `${QUARTER_YAML}  - { id: a2, name: 乙, platform: 抖音号, owner: 乙, region: 市本级 }\n  - { id: a3, name: 丙, platform: 快手号, owner: 丙, region: 市本级 }\n`;
    expect(codes(await quarterProblems(text))).toEqual([
      ['TB205', 'accounts[1].platform'],
      ['TB205', 'accounts[2].platform'],
    ]);
  });
});
