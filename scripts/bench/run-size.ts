// One build measured as users run it: `tongbao build` (bin/tongbao.mjs, which runs the bundle in
// dist/ when it is current) in a process of its own, so that its time includes starting and
// loading and its peak memory is its own. The stages' milliseconds come from the lines the
// build prints, CPU and peak memory from usage-at-exit.mjs preloaded into the process.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const USAGE_AT_EXIT = join(import.meta.dirname, 'usage-at-exit.mjs');

export interface SizeRun {
  /** stage label as the build logs it → milliseconds */
  readonly stages: Readonly<Record<string, number>>;
  readonly totalMs: number;
  /** CPU time of the whole build (all threads): steadier than wall time on a shared machine */
  readonly cpuMs: number;
  readonly peakMiB: number;
}

/** The build's timing lines, 「  套用模板：399 毫秒」. */
const STAGE_LINE = /^\s+(.+)：(\d+) 毫秒$/u;

/** Builds the quarter file to the formats (e.g. html,docx) into a throwaway folder. */
export function runSize(file: string, formats: string): SizeRun {
  const scratch = mkdtempSync(join(tmpdir(), 'tongbao-scale-out-'));
  const usageFile = join(scratch, 'usage.json');
  try {
    const started = performance.now();
    const printed = execFileSync(
      process.execPath,
      ['--import', USAGE_AT_EXIT, join(ROOT, 'bin', 'tongbao.mjs'), 'build', file, '--format', formats, '--out', join(scratch, 'out'), '--force'],
      { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TONGBAO_USAGE_FILE: usageFile } },
    );
    const totalMs = performance.now() - started;
    const stages: Record<string, number> = {};
    for (const line of printed.split('\n')) {
      const stage = STAGE_LINE.exec(line);
      if (stage) stages[stage[1]!] = (stages[stage[1]!] ?? 0) + Number(stage[2]);
    }
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; peakMiB: number };
    return { stages, totalMs, ...usage };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
