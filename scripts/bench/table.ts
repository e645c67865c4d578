// The bench's table: one row per thing timed, with its min and median over the runs, and each
// goal of the row judged on the median — an absolute time, a peak memory, or a multiple of
// another row's median (the floor, `node -e 0`, pandoc + LibreOffice…). A goal whose reference
// row was skipped (a tool not installed) is not judged; a missed goal makes the bench fail.

export interface Measurement {
  /** milliseconds of each run */
  readonly runs: readonly number[];
  /** peak resident memory, where the row measures it */
  readonly peakMiB?: number;
}

export type Goal =
  | { readonly kind: 'time'; readonly atMostMs: number }
  | { readonly kind: 'memory'; readonly atMostMiB: number }
  /** at most `factor` × the median of the row keyed `of` */
  | { readonly kind: 'relative'; readonly of: string; readonly factor: number };

export interface BenchRow {
  /** the row's short name, as goals of other rows name it */
  readonly key: string;
  readonly label: string;
  /** absent when the row was skipped */
  readonly measurement?: Measurement;
  /** why the row was skipped, or a remark on what was measured */
  readonly note?: string;
  readonly goals?: readonly Goal[];
}

export interface Verdict {
  /** the measured value as a multiple of the reference (relative goals) or of the limit */
  readonly ratio?: number;
  /** undefined: not judged (this row or its reference was skipped) */
  readonly met?: boolean;
  readonly text: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

const times = (ratio: number): string => `${ratio.toFixed(2)}×`;

function goalText(goal: Goal): string {
  switch (goal.kind) {
    case 'time':
      return `≤ ${seconds(goal.atMostMs)}`;
    case 'memory':
      return `≤ ${goal.atMostMiB} MiB`;
    case 'relative':
      return `≤ ${Number(goal.factor.toFixed(3))} × ${goal.of}`;
  }
}

export function judge(goal: Goal, row: BenchRow, rows: ReadonlyMap<string, BenchRow>): Verdict {
  const wanted = goalText(goal);
  const measured = row.measurement;
  if (!measured || measured.runs.length === 0) return { text: `${wanted}: not measured` };
  const value = median(measured.runs);
  if (goal.kind === 'time') {
    const ratio = value / goal.atMostMs;
    return { ratio, met: ratio <= 1, text: `${times(ratio)} the limit (${wanted})` };
  }
  if (goal.kind === 'memory') {
    if (measured.peakMiB === undefined) return { text: `${wanted}: memory not measured` };
    const ratio = measured.peakMiB / goal.atMostMiB;
    return { ratio, met: ratio <= 1, text: `${Math.round(measured.peakMiB)} MiB (${wanted})` };
  }
  const reference = rows.get(goal.of)?.measurement;
  if (!reference || reference.runs.length === 0) return { text: `${wanted}: reference not measured` };
  const ratio = value / median(reference.runs);
  return { ratio, met: ratio <= goal.factor, text: `${times(ratio)} (${wanted})` };
}

const VERDICT_MARK = (met: boolean | undefined): string => (met === undefined ? '–' : met ? 'ok' : 'MISSED');

/** The table as Markdown, as the issue quotes it, and how many goals were missed. */
export function benchTable(rows: readonly BenchRow[]): { text: string; missed: number } {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  let missed = 0;
  const lines = rows.map((row) => {
    const verdicts = (row.goals ?? []).map((goal) => judge(goal, row, byKey));
    missed += verdicts.filter((verdict) => verdict.met === false).length;
    const runs = row.measurement?.runs ?? [];
    const cells = runs.length === 0
      ? ['–', '–', '–']
      : [String(runs.length), seconds(Math.min(...runs)), seconds(median(runs))];
    const verdictCells = verdicts.length === 0 ? ['', ''] : [verdicts.map((verdict) => verdict.text).join('; '), verdicts.map((verdict) => VERDICT_MARK(verdict.met)).join(', ')];
    return [row.label, row.key, ...cells, ...verdictCells, row.note ?? ''];
  });
  const header = ['what', 'key', 'runs', 'min', 'median', 'against the goal', 'verdict', 'note'];
  const escape = (cell: string): string => cell.replaceAll('|', '\\|');
  const text = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.map(escape).join(' | ')} |`).join('\n');
  return { text, missed };
}
