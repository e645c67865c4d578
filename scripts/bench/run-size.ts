// One build, measured in a process of its own so that its peak memory is its own: prints one
// JSON line with the milliseconds of each stage (as the build logs them), the whole build's
// wall time and the process's peak resident memory. Run by curve.ts, one fresh `node` per size:
//   node --import tsx scripts/bench/run-size.ts <quarter file> <formats, e.g. html,docx>

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../../src/build.js';
import { enlargeYoungGeneration } from '../../src/heap.js';
import type { FormatName } from '../../src/write/types.js';

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

async function run(file: string, formats: FormatName[]): Promise<SizeRun> {
  const outDir = mkdtempSync(join(tmpdir(), 'tongbao-scale-out-'));
  const stages: Record<string, number> = {};
  const log = (line: string): void => {
    const stage = STAGE_LINE.exec(line);
    if (stage) stages[stage[1]!] = (stages[stage[1]!] ?? 0) + Number(stage[2]);
  };
  try {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await build({ files: [file], formats, outDir, projectRoot: resolve(import.meta.dirname, '..', '..'), log });
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    return { stages, totalMs, cpuMs: (cpu.user + cpu.system) / 1000, peakMiB: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// as bin/tongbao.mjs does, so the bench measures what the command does
enlargeYoungGeneration();
const [file, formats = 'html,docx'] = process.argv.slice(2);
if (!file) {
  console.error('用法：node --import tsx scripts/bench/run-size.ts <季度文件> [html,docx]');
  process.exit(2);
}
console.log(JSON.stringify(await run(file, formats.split(',') as FormatName[])));
