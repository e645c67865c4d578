// npm run bench: how long a build takes and how much memory it needs, on the bundled example,
// on a large synthetic province (600 websites, 6000 accounts) and on a synthetic country
// (15,000 websites, 150,000 accounts, built once in a process of its own for its peak memory).
// Prints medians against the targets below and exits non-zero when one is missed; timings never
// live in the tests. `npm run bench -- scale` prints the curve city → province → country
// instead (scripts/bench/curve.ts).

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../src/build.js';
import type { FormatName } from '../src/write/types.js';
import { parse, stringify } from 'yaml';
import { curveTable, measureCurve, measureSize } from './bench/curve.js';
import { SIZES } from './bench/synthetic.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.TONGBAO_BENCH_RUNS ?? 3);

/** Targets on a 2-core machine: an office waits seconds, not minutes. */
const TARGETS_MS = { exampleAllFormats: 10_000, largeHtmlDocx: 20_000, nationalHtmlDocx: 5_000 } as const;
const TARGET_PEAK_RSS_MB = 1_024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timeBuild(options: { file: string; formats: FormatName[]; projectRoot: string }): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'tongbao-bench-out-'));
  const started = performance.now();
  await build({ files: [options.file], formats: options.formats, outDir, projectRoot: options.projectRoot });
  const elapsed = performance.now() - started;
  rmSync(outDir, { recursive: true, force: true });
  return elapsed;
}

/** The example's Q3 (its YAML form) with its lists repeated until it has `websites` sites and `accounts` accounts. */
function largeProject(options: { websites: number; accounts: number; aliases: boolean }): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'tongbao-bench-'));
  writeFileSync(join(root, 'package.json'), '{}\n');
  const folder = join(root, 'data', '大省');
  cpSync(join(PROJECT_ROOT, 'data', '示例市'), folder, { recursive: true });
  // the example's units as YAML (the example itself keeps them in a workbook)
  const quarter = parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'example-yaml', '2025-q3.yaml'), 'utf8')) as Record<string, unknown>;
  const repeat = (units: Array<{ id: string; name: string }>, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const unit = units[i % units.length]!;
      return { ...unit, id: `${unit.id}-${i}`, name: `${unit.name}${i}` };
    });
  // a quarter of its own: no earlier quarter to compare with or to rectify; written with or
  // without YAML aliases for the repeated score tables (the loader must stay linear in both)
  const { previous: _previous, rectification: _rectification, ...rest } = quarter;
  const large = {
    ...rest,
    websites: repeat(quarter.websites as Array<{ id: string; name: string }>, options.websites),
    accounts: repeat(quarter.accounts as Array<{ id: string; name: string }>, options.accounts),
  };
  const file = join(folder, '2025-q3.yaml');
  writeFileSync(file, stringify(large, { aliasDuplicateObjects: options.aliases }));
  return { root, file };
}

async function main(): Promise<void> {
  const example = join(PROJECT_ROOT, 'data', '示例市', '2025-q3.yaml');
  const exampleTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) exampleTimes.push(await timeBuild({ file: example, formats: ['html', 'docx', 'pdf'], projectRoot: PROJECT_ROOT }));

  const largeTimes = { plain: [] as number[], aliases: [] as number[] };
  for (const aliases of [false, true]) {
    const large = largeProject({ websites: 600, accounts: 6000, aliases });
    for (let i = 0; i < RUNS; i++) largeTimes[aliases ? 'aliases' : 'plain'].push(await timeBuild({ file: large.file, formats: ['html', 'docx'], projectRoot: large.root }));
    rmSync(large.root, { recursive: true, force: true });
  }

  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const rows: Array<[string, number, number]> = [
    ['示例市 2025-q3, HTML+DOCX+PDF (cold browser each run)', median(exampleTimes), TARGETS_MS.exampleAllFormats],
    ['600 websites + 6000 accounts, HTML+DOCX', median(largeTimes.plain), TARGETS_MS.largeHtmlDocx],
    ['the same written with YAML aliases for repeated tables', median(largeTimes.aliases), TARGETS_MS.largeHtmlDocx],
  ];
  let missed = 0;
  for (const [name, ms, target] of rows) {
    const ok = ms <= target;
    if (!ok) missed++;
    console.log(`${ok ? 'ok  ' : 'SLOW'} ${name}: median ${Math.round(ms)} ms over ${RUNS} runs (target ≤ ${target} ms)`);
  }
  const memoryOk = peakRssMb <= TARGET_PEAK_RSS_MB;
  if (!memoryOk) missed++;
  console.log(`${memoryOk ? 'ok  ' : 'BIG '} peak resident memory of this process: ${Math.round(peakRssMb)} MB (target ≤ ${TARGET_PEAK_RSS_MB} MB)`);
  if (!nationalRow()) missed++;
  process.exitCode = missed > 0 ? 1 : 0;
}

/** The synthetic country from its sheets, HTML+DOCX, once in a fresh process: time and peak memory. */
function nationalRow(): boolean {
  const { national } = SIZES;
  const run = measureSize(national, 'csv');
  const ok = run.totalMs <= TARGETS_MS.nationalHtmlDocx && run.peakMiB <= TARGET_PEAK_RSS_MB;
  const stages = Object.entries(run.stages).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join('，');
  console.log(
    `${ok ? 'ok  ' : 'SLOW'} ${national.websites} websites + ${national.accounts} accounts from CSV, HTML+DOCX: ${Math.round(run.totalMs)} ms, peak ${Math.round(run.peakMiB)} MiB ` +
      `(target ≤ ${TARGETS_MS.nationalHtmlDocx} ms, ≤ ${TARGET_PEAK_RSS_MB} MiB; ${stages})`,
  );
  return ok;
}

if (process.argv.includes('scale')) console.log(curveTable(measureCurve(process.argv.includes('--yaml') ? 'yaml' : 'csv')));
else await main();
