// Dates: real ISO calendar dates, the window in order, the deadline after the notice's date.

import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/load/decoders.js';
import { QUARTER_YAML, expectProblemAt, quarterProblems } from '../load/temp-project.js';

describe('isIsoDate', () => {
  it('accepts real dates in ISO form only', async () => {
    expect(['2025-10-15', '2024-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-4-1', '2025年10月15日', '20251015'].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });
});

describe('date checks', () => {
  it('reports a date that is not on the calendar', async () => {
    const text = QUARTER_YAML.replace('date: 2025-10-15', 'date: 2025-09-31');
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB209', text, needle: '2025-09-31', field: 'date' });
    expect(diagnostic.message).toBe('“2025-09-31”不是有效的日期');
  });

  it('reports a date written the Chinese way, with how to write it', async () => {
    const text = QUARTER_YAML.replace('date: 2025-10-15', 'date: 2025-10-15\nmonitoringPoint: 2025年9月15日');
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB209', text, needle: '2025年9月15日', field: 'monitoringPoint' });
    expect(diagnostic.hint).toContain('2025-10-15');
  });

  it('reports a window whose start is after its end', async () => {
    const text = QUARTER_YAML.replace('start: 2025-07-01, end: 2025-09-20', 'start: 2025-09-21, end: 2025-09-20');
    expectProblemAt({ problems: await quarterProblems(text), code: 'TB210', text, needle: '2025-09-21', field: 'window' });
  });

  it('reports a deadline on or before the date of the notice', async () => {
    const text = QUARTER_YAML.replace('deadline: 2025-10-31', 'deadline: 2025-10-14');
    const diagnostic = expectProblemAt({ problems: await quarterProblems(text), code: 'TB211', text, needle: '2025-10-14', field: 'deadline' });
    expect(diagnostic.message).toBe('整改截止日期 2025-10-14 不晚于成文日期 2025-10-15');
    const sameDay = QUARTER_YAML.replace('deadline: 2025-10-31', 'deadline: "2025-10-15"');
    expectProblemAt({ problems: await quarterProblems(sameDay), code: 'TB211', text: sameDay, needle: '"2025-10-15"', field: 'deadline' });
  });
});
