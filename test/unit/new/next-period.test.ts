import { describe, expect, it } from 'vitest';
import { nextPeriod, quarterFileName } from '../../../src/new/next-period.js';

describe('the quarter after a quarter', () => {
  it('steps through a year and from Q4 into Q1 of the next year', () => {
    const steps = [];
    let period = { year: 2024, quarter: 3 as const } as Parameters<typeof nextPeriod>[0];
    for (let i = 0; i < 5; i++) {
      period = nextPeriod(period);
      steps.push(quarterFileName(period));
    }
    expect(steps).toEqual(['2024-q4.yaml', '2025-q1.yaml', '2025-q2.yaml', '2025-q3.yaml', '2025-q4.yaml']);
  });
});
