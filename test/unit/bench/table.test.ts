// The bench table's judging and printing: goals judged on the median, relative goals against
// another row's median, skipped rows and references not judged, missed goals counted.

import { describe, expect, it } from 'vitest';
import { benchTable, judge, median, type BenchRow } from '../../../scripts/bench/table.js';

const rows = (...list: BenchRow[]): Map<string, BenchRow> => new Map(list.map((row) => [row.key, row]));
const floor: BenchRow = { key: 'floor', label: 'floor', measurement: { runs: [2000, 4000, 2400] } };

describe('bench table', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('judges a relative goal on both medians', () => {
    const build: BenchRow = { key: 'build', label: 'build', measurement: { runs: [3100, 2900, 9000] }, goals: [{ kind: 'relative', of: 'floor', factor: 1.25 }] };
    const verdict = judge(build.goals![0]!, build, rows(floor, build));
    expect(verdict.ratio).toBeCloseTo(3100 / 2400);
    expect(verdict.met).toBe(false);
    expect(verdict.text).toBe('1.29× (≤ 1.25 × floor)');
    const faster = { ...build, measurement: { runs: [2900] } };
    expect(judge(build.goals![0]!, faster, rows(floor, faster)).met).toBe(true);
  });

  it('judges time and memory limits as shares of the limit', () => {
    const row: BenchRow = { key: 'nat', label: 'nat', measurement: { runs: [6000], peakMiB: 700 }, goals: [{ kind: 'time', atMostMs: 5000 }, { kind: 'memory', atMostMiB: 1024 }] };
    const [time, memory] = row.goals!.map((goal) => judge(goal, row, rows(row)));
    expect(time).toMatchObject({ ratio: 1.2, met: false, text: '1.20× the limit (≤ 5.00 s)' });
    expect(memory).toMatchObject({ met: true, text: '700 MiB (≤ 1024 MiB)' });
  });

  it('does not judge a skipped row, or a goal whose reference was skipped', () => {
    const typst: BenchRow = { key: 'Typst', label: 'Typst', note: 'skipped: typst not installed' };
    const big: BenchRow = { key: 'big', label: 'big', measurement: { runs: [9000] }, goals: [{ kind: 'relative', of: 'Typst', factor: 2 }] };
    expect(judge(big.goals![0]!, big, rows(typst, big))).toEqual({ text: '≤ 2 × Typst: reference not measured' });
    const skipped: BenchRow = { key: 'check', label: 'check', goals: [{ kind: 'time', atMostMs: 600 }] };
    expect(judge(skipped.goals![0]!, skipped, rows(skipped)).met).toBeUndefined();
  });

  it('prints one Markdown row per bench row and counts the missed goals', () => {
    const { text, missed } = benchTable([
      floor,
      { key: 'help', label: '`tongbao --help`', measurement: { runs: [200, 100] }, goals: [{ kind: 'relative', of: 'floor', factor: 0.01 }, { kind: 'time', atMostMs: 1000 }] },
      { key: 'Typst', label: 'Typst | table', note: 'skipped: typst not installed' },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('| floor | floor | 3 | 2.00 s | 2.40 s |  |  |  |');
    expect(lines[3]).toBe('| `tongbao --help` | help | 2 | 0.10 s | 0.15 s | 0.06× (≤ 0.01 × floor); 0.15× the limit (≤ 1.00 s) | MISSED, ok |  |');
    expect(lines[4]).toBe('| Typst \\| table | Typst | – | – | – |  |  | skipped: typst not installed |');
    expect(missed).toBe(1);
  });
});
