// The chain of earlier quarters: a file of records, figures from a published notice, or
// nothing; loops and wrong quarters are reported where `previous` is written.

import { describe, expect, it } from 'vitest';
import { isPublishedFigures } from '../../../src/model/records.js';
import { ISSUER_YAML, QUARTER_YAML, expectProblemAt, quarterProblems, tempProject } from './temp-project.js';

const quarterText = (quarter: number, previous?: string): string =>
  QUARTER_YAML.replace('quarter: 3', `quarter: ${quarter}`) + (previous ? `previous: ${previous}\n` : '');

describe('previous quarter', () => {
  it('loads the chain of earlier quarter files, each with its own records', async () => {
    const project = tempProject({
      '城/_issuer.yaml': ISSUER_YAML,
      '城/2025-q1.yaml': quarterText(1),
      '城/2025-q2.yaml': quarterText(2, '2025-q1.yaml'),
      '城/2025-q3.yaml': quarterText(3, '2025-q2.yaml'),
    });
    const periods: number[] = [];
    for (let quarter: unknown = await project.load('城/2025-q3.yaml'); quarter; ) {
      const records = quarter as { period: { quarter: number }; previous?: unknown };
      periods.push(records.period.quarter);
      quarter = records.previous;
    }
    expect(periods).toEqual([3, 2, 1]);
  });

  it('takes published figures for a quarter that has no records', async () => {
    const text = `${QUARTER_YAML}previous:\n  published:\n    period: { year: 2025, quarter: 2 }\n    websites: { running: 24, checked: 21, failing: 3 }\n`;
    const { previous } = await tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': text }).load('城/2025-q3.yaml');
    expect(previous && isPublishedFigures(previous)).toBe(true);
    expect(previous).toEqual({ period: { year: 2025, quarter: 2 }, websites: { running: 24, checked: 21, failing: 3 } });
  });

  it('reports a previous quarter that is not the one just before', async () => {
    const text = quarterText(3, '2025-q1.yaml');
    const problems = await tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q1.yaml': quarterText(1), '城/2025-q3.yaml': text }).problems('城/2025-q3.yaml');
    const diagnostic = expectProblemAt({ problems, code: 'TB212', text, needle: '2025-q1.yaml', field: 'previous' });
    expect(diagnostic.message).toBe('上一季度应为 2025年第二季度，实际为 2025年第一季度');
  });

  it('reports published figures that contradict themselves, and the year before the first quarter', async () => {
    const text = `${QUARTER_YAML.replace('quarter: 3', 'quarter: 1')}previous:\n  published:\n    period: { year: 2025, quarter: 4 }\n    accounts: { running: 70, checked: 72, failing: 3 }\n`;
    const problems = await quarterProblems(text);
    expect(problems.map((d) => [d.code, d.field])).toEqual([
      ['TB212', 'previous.published.period'],
      ['TB213', 'previous.published.accounts.checked'],
    ]);
    expect(problems[0]?.message).toBe('上一季度应为 2024年第四季度，实际为 2025年第四季度');
  });

  it('reports a chain that loops back, at the previous field that closes the loop', async () => {
    const q2 = quarterText(2, '2025-q3.yaml');
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q2.yaml': q2, '城/2025-q3.yaml': quarterText(3, '2025-q2.yaml') });
    const problems = await project.problems('城/2025-q3.yaml');
    const diagnostic = expectProblemAt({ problems, code: 'TB113', text: q2, needle: '2025-q3.yaml', field: 'previous' });
    expect(diagnostic.place?.file).toMatch(/2025-q2\.yaml$/);
    expect(diagnostic.message).toMatch(/2025-q3\.yaml → .*2025-q2\.yaml → .*2025-q3\.yaml$/);
  });

  it('reports problems inside the previous quarter file under that file’s name', async () => {
    const q2 = quarterText(2).replace('date: 2025-10-15', 'date: 2025-13-01');
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q2.yaml': q2, '城/2025-q3.yaml': quarterText(3, '2025-q2.yaml') });
    const problems = await project.problems('城/2025-q3.yaml');
    expect(problems.map((d) => [d.code, d.place?.file.split('/').at(-1), d.place?.line])).toEqual([['TB209', '2025-q2.yaml', 2]]);
  });

  it('reports a previous file that does not exist', async () => {
    const text = quarterText(3, '2025-q2.yaml');
    expectProblemAt({ problems: await quarterProblems(text), code: 'TB106', text, needle: '2025-q2.yaml', field: 'previous' });
  });
});
