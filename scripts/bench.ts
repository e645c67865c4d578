// npm run bench: issue 14's table in one run, every row a fresh process of the compiled CLI as
// users run it — the floor (launching the browser and printing one page), `node -e 0`,
// `tongbao --help` and `check`, the example cold with all formats, with the OFD too and with HTML only, a notice
// with a 2,000-row attachment against pandoc → DOCX + LibreOffice → PDF and Typst on the same
// table (skipped with a note where a tool is not installed), a batch of city notices in one
// command, a large province and the synthetic country (time and peak memory), and a tenth of the country. Each row shows min
// and median, its goals are judged on the median, and a missed goal makes the exit code 1.
// Timings never live in the tests.
//
// TONGBAO_BENCH_RUNS (default 3): runs of each row; the batch, pandoc + LibreOffice and the country run once.
// TONGBAO_BENCH_BATCH (default 100): notices in the batch.
// TONGBAO_BENCH_ONLY=key,key: only these rows (keys as in ROWS below), to measure one thing.
// `npm run bench -- scale` prints the curve city → province → country instead (bench/curve.ts).

import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { distIsCurrent } from '../bin/fresh-dist.mjs';
import { markdownTable, typstTable, type TableText } from './bench/big-table.js';
import { curveTable, measureCurve, measureSize } from './bench/curve.js';
import type { SizeRun } from './bench/run-size.js';
import { DEFAULT_SEED, SIZES, failingAccountRows, writeSyntheticFolder, type ScaleSize } from './bench/synthetic.js';
import { benchTable, median, seconds, type BenchRow, type Goal, type Measurement } from './bench/table.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');
const EXAMPLE = join(PROJECT_ROOT, 'data', '示例市');
const RUNS = Math.max(1, Number(process.env.TONGBAO_BENCH_RUNS ?? 3));
const BATCH = Math.max(1, Number(process.env.TONGBAO_BENCH_BATCH ?? 100));
const ONLY = process.env.TONGBAO_BENCH_ONLY?.split(',').filter(Boolean);
/** the Song face the notice's body prints in here, for Typst */
const TYPST_FONT = 'AR PL SungtiL GB';

/** the bench's generated data and outputs, removed at the end */
let scratch = '';
const freshOut = (): string => mkdtempSync(join(scratch, 'out-'));

/** Wall time of one child process; a failing command stops the bench with its error output. */
function timeCommand(command: string, args: readonly string[], options: { cwd?: string } = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: options.cwd ?? PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  return elapsed;
}

const tongbao = (args: readonly string[], cwd?: string): number => timeCommand(process.execPath, [CLI, ...args], { cwd });

function repeat(runs: number, once: () => number): Measurement {
  return { runs: Array.from({ length: runs }, once) };
}

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** A project folder of its own (tongbao's templates, a data folder) for generated data. */
function project(name: string): string {
  const root = join(scratch, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}\n');
  return root;
}

// ---------------------------------------------------------------------------------------------
// The 2,000-row notice and the same table for pandoc, LibreOffice and Typst

const bigTable = { root: '', file: '' };
function bigTableNotice(): string {
  if (!bigTable.file) {
    bigTable.root = project('big-table');
    bigTable.file = writeSyntheticFolder({ folder: join(bigTable.root, 'data', '大表市'), size: SIZES.attachment, seed: DEFAULT_SEED, form: 'csv' });
  }
  return bigTable.file;
}

function bigTableText(): TableText {
  return {
    title: '2025年第三季度全市政务新媒体检查不合格名单',
    header: ['序号', '区/部门', '账号类型', '账号名称', '问题'],
    rows: failingAccountRows({ size: SIZES.attachment, seed: DEFAULT_SEED }),
  };
}

function pandocAndLibreOffice(): Measurement & { note: string } {
  const folder = join(scratch, 'pandoc');
  mkdirSync(folder, { recursive: true });
  const markdown = join(folder, 'table.md');
  writeFileSync(markdown, markdownTable(bigTableText()));
  // a profile of its own, made by an untimed first start: a running office elsewhere does not interfere
  const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
  const office = (docx: string): number => timeCommand('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx]);
  writeFileSync(join(folder, 'warm.md'), '# 预热\n');
  execFileSync('pandoc', [join(folder, 'warm.md'), '-o', join(folder, 'warm.docx')]);
  office(join(folder, 'warm.docx'));
  // once: LibreOffice takes minutes over the table here, and the goal is a third of it
  const pandoc = timeCommand('pandoc', [markdown, '-o', join(folder, 'table.docx')]);
  const libreOffice = office(join(folder, 'table.docx'));
  return { runs: [pandoc + libreOffice], note: `pandoc ${seconds(pandoc)} + LibreOffice ${seconds(libreOffice)}, once` };
}

function typst(): Measurement {
  const folder = join(scratch, 'typst');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'table.typ'), typstTable(bigTableText(), TYPST_FONT));
  return repeat(RUNS, () => timeCommand('typst', ['compile', join(folder, 'table.typ'), join(folder, 'table.pdf')]));
}

// ---------------------------------------------------------------------------------------------
// Batches, the province and the country

/** City notices in folders of their own (each its own seed), their quarter files. */
const batchFiles: string[] = [];
function batchNotices(): { root: string; files: string[] } {
  const root = join(scratch, 'batch');
  if (batchFiles.length === 0) {
    project('batch');
    for (let i = 1; i <= BATCH; i++) {
      batchFiles.push(writeSyntheticFolder({ folder: join(root, 'data', `城市${String(i).padStart(3, '0')}`), size: SIZES.city, seed: DEFAULT_SEED + i, form: 'csv' }));
    }
  }
  return { root, files: batchFiles };
}

/** The example's Q3 (its YAML form) with its lists repeated until it has `websites` sites and `accounts` accounts. */
function largeProject(options: { websites: number; accounts: number; aliases: boolean }): { root: string; file: string } {
  const root = project(`large-${options.aliases ? 'aliases' : 'plain'}`);
  const folder = join(root, 'data', '大省');
  cpSync(EXAMPLE, folder, { recursive: true });
  // the example's units as YAML (the example itself keeps them in a workbook)
  const quarter = parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'example-yaml', '2025-q3.yaml'), 'utf8')) as Record<string, unknown>;
  const repeatUnits = (units: Array<{ id: string; name: string }>, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const unit = units[i % units.length]!;
      return { ...unit, id: `${unit.id}-${i}`, name: `${unit.name}${i}` };
    });
  // a quarter of its own: no earlier quarter to compare with or to rectify; written with or
  // without YAML aliases for the repeated score tables (the loader must stay linear in both)
  const { previous: _previous, rectification: _rectification, ...rest } = quarter;
  const large = {
    ...rest,
    websites: repeatUnits(quarter.websites as Array<{ id: string; name: string }>, options.websites),
    accounts: repeatUnits(quarter.accounts as Array<{ id: string; name: string }>, options.accounts),
  };
  const file = join(folder, '2025-q3.yaml');
  writeFileSync(file, stringify(large, { aliasDuplicateObjects: options.aliases }));
  return { root, file };
}

function largeBuild(aliases: boolean): Measurement {
  const large = largeProject({ websites: 600, accounts: 6000, aliases });
  return repeat(RUNS, () => tongbao(['build', large.file, '--format', 'html,docx', '--out', freshOut()], large.root));
}

/** the national row's build, which the tenth's row fits its line through */
let nationalRun: SizeRun | undefined;

/** The synthetic country from its sheets, HTML+DOCX, once in a fresh process: time, peak memory and stages. */
function national(): Measurement & { note: string } {
  const run = measureSize(SIZES.national, 'csv');
  nationalRun = run;
  const stages = Object.entries(run.stages).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join('，');
  return { runs: [run.totalMs], peakMiB: run.peakMiB, note: `CPU ${seconds(run.cpuMs)}; ${stages}` };
}

const unitsOf = (size: ScaleSize): number => size.websites + size.accounts;

/**
 * The country with a tenth of its units, once. Its goal (≤ 1/9 of the national time) holds only
 * when the part of a build that does not depend on the data is under 1/80 of the national build;
 * the note says how the time splits: the line through a hundredth and a tenth of the country
 * (a fixed part plus so much per unit), where the national build lands against that line, and how
 * much the part above the fixed one grows from the tenth to the country — 10× when the time grows
 * linearly with the data, more when something grows faster.
 */
function nationalTenth(): Measurement & { note: string } {
  const tenth = measureSize(SIZES['national-tenth'], 'csv');
  const hundredth = measureSize(SIZES['national-hundredth'], 'csv');
  const perUnitMs = (tenth.totalMs - hundredth.totalMs) / (unitsOf(SIZES['national-tenth']) - unitsOf(SIZES['national-hundredth']));
  const fixedMs = hundredth.totalMs - perUnitMs * unitsOf(SIZES['national-hundredth']);
  const line = `time ≈ ${seconds(fixedMs)} + ${(perUnitMs * 1000).toFixed(1)} µs per unit (through a hundredth, ${seconds(hundredth.totalMs)}, and this tenth)`;
  if (!nationalRun) return { runs: [tenth.totalMs], peakMiB: tenth.peakMiB, note: `${line}; national row not measured` };
  const onLineMs = fixedMs + perUnitMs * unitsOf(SIZES.national);
  const growth = (nationalRun.totalMs - fixedMs) / (tenth.totalMs - fixedMs);
  return {
    runs: [tenth.totalMs],
    peakMiB: tenth.peakMiB,
    note: `${line}; national on that line ${seconds(onLineMs)}, measured ${seconds(nationalRun.totalMs)}: the part above the fixed one grows ${growth.toFixed(1)}× for 10× the data`,
  };
}

// ---------------------------------------------------------------------------------------------

interface RowPlan {
  readonly key: string;
  readonly label: string;
  readonly goals?: readonly Goal[];
  /** the tool the row needs besides Node and the browser */
  readonly needs?: readonly string[];
  readonly measure: () => Measurement & { note?: string };
}

const allFormats = ['--format', 'html,docx,pdf'];

/** In measuring order: a row's references come before it. */
const ROWS: readonly RowPlan[] = [
  { key: 'floor', label: 'floor: launch the browser, print a one-page PDF', measure: () => repeat(RUNS, () => timeCommand(process.execPath, [join(PROJECT_ROOT, 'scripts', 'bench', 'floor.mjs'), join(freshOut(), 'floor.pdf')])) },
  { key: 'node -e 0', label: '`node -e 0`', measure: () => repeat(RUNS, () => timeCommand(process.execPath, ['-e', '0'])) },
  { key: 'help', label: '`tongbao --help`', goals: [{ kind: 'relative', of: 'node -e 0', factor: 3 }], measure: () => repeat(RUNS, () => tongbao(['--help'])) },
  { key: 'check', label: '`tongbao check data/示例市`', goals: [{ kind: 'time', atMostMs: 600 }], measure: () => repeat(RUNS, () => tongbao(['check', EXAMPLE])) },
  { key: 'example', label: 'example notice, HTML+DOCX+PDF, cold', goals: [{ kind: 'relative', of: 'floor', factor: 1.25 }], measure: () => repeat(RUNS, () => tongbao(['build', EXAMPLE, ...allFormats, '--out', freshOut()])) },
  // the OFD is made from the printed PDF (read with pdf.js): issue 15 allows it 20% of the all-formats build
  {
    key: 'example-ofd',
    label: 'example notice, HTML+DOCX+PDF+OFD, cold',
    goals: [{ kind: 'relative', of: 'example', factor: 1.2 }],
    measure: () => repeat(RUNS, () => tongbao(['build', EXAMPLE, '--format', 'html,docx,pdf,ofd', '--out', freshOut()])),
  },
  { key: 'example-html', label: 'example notice, HTML only', measure: () => repeat(RUNS, () => tongbao(['build', EXAMPLE, '--format', 'html', '--out', freshOut()])) },
  { key: 'pandoc+LibreOffice', label: 'pandoc → DOCX + LibreOffice → PDF, the same 2,000-row table', needs: ['pandoc', 'soffice'], measure: pandocAndLibreOffice },
  { key: 'Typst', label: 'Typst, the same 2,000-row table', needs: ['typst'], measure: typst },
  {
    key: 'big-table',
    label: '2,000-row attachment notice, HTML+DOCX+PDF',
    goals: [{ kind: 'relative', of: 'pandoc+LibreOffice', factor: 1 / 3 }, { kind: 'relative', of: 'Typst', factor: 2 }],
    measure: () => repeat(RUNS, () => tongbao(['build', bigTableNotice(), ...allFormats, '--out', freshOut()], bigTable.root)),
  },
  {
    key: 'single city',
    label: 'one city notice (60 websites, 300 accounts), HTML+DOCX+PDF, cold',
    measure: () => {
      const batch = batchNotices();
      return repeat(RUNS, () => tongbao(['build', batch.files[0]!, ...allFormats, '--out', freshOut()], batch.root));
    },
  },
  {
    key: 'batch',
    label: `batch of ${BATCH} city notices in one \`tongbao build\`, per notice`,
    goals: [{ kind: 'relative', of: 'single city', factor: 0.1 }],
    measure: () => {
      const batch = batchNotices();
      const total = tongbao(['build', ...batch.files, ...allFormats, '--out', freshOut()], batch.root);
      return { runs: [total / BATCH], note: `whole batch ${seconds(total)}, once` };
    },
  },
  { key: 'province', label: '600 websites + 6,000 accounts (YAML), HTML+DOCX', goals: [{ kind: 'time', atMostMs: 20_000 }], measure: () => largeBuild(false) },
  { key: 'province-aliases', label: 'the same written with YAML aliases', goals: [{ kind: 'time', atMostMs: 20_000 }], measure: () => largeBuild(true) },
  {
    key: 'national',
    label: '15,000 websites + 150,000 accounts (CSV), HTML+DOCX',
    goals: [{ kind: 'time', atMostMs: 5_000 }, { kind: 'memory', atMostMiB: 1_024 }],
    measure: national,
  },
  {
    key: 'national-tenth',
    label: '1,500 websites + 15,000 accounts (CSV), HTML+DOCX',
    goals: [{ kind: 'relative', of: 'national', factor: 1 / 9 }],
    measure: nationalTenth,
  },
];

function measureRow(plan: RowPlan): BenchRow {
  const base = { key: plan.key, label: plan.label, goals: plan.goals };
  if (ONLY && !ONLY.includes(plan.key)) return { ...base, note: 'not selected (TONGBAO_BENCH_ONLY)' };
  const missing = (plan.needs ?? []).filter((tool) => !onPath(tool));
  if (missing.length > 0) return { ...base, note: `skipped: ${missing.join(', ')} not installed` };
  process.stderr.write(`… ${plan.label}`);
  const { note, ...measurement } = plan.measure();
  // each row as it is measured: a long run cut short still says what it found
  process.stderr.write(`: min ${seconds(Math.min(...measurement.runs))}, median ${seconds(median(measurement.runs))}${note ? `（${note}）` : ''}\n`);
  return { ...base, measurement, note };
}

async function main(): Promise<void> {
  // every row runs the compiled CLI, as users do: stale dist/ would time yesterday's code
  if (!distIsCurrent()) execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  const loadBefore = loadavg()[0]!;
  scratch = mkdtempSync(join(tmpdir(), 'tongbao-bench-'));
  try {
    const rows = ROWS.map(measureRow);
    const { text, missed } = benchTable(rows);
    console.log(text);
    console.log(`\n${RUNS} run(s) a row; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after; ${missed === 0 ? 'every goal met' : `${missed} goal(s) missed`}.`);
    process.exitCode = missed > 0 ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv.includes('scale')) console.log(curveTable(measureCurve(process.argv.includes('--yaml') ? 'yaml' : 'csv')));
else await main();
