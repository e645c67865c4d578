// build: runs the stages in order for each quarter file, timing each, and writes the
// outputs only when every notice and every requested format succeeded. Files go to a
// temporary folder beside the target and are swapped in by rename, so a failed build
// leaves the previous outputs untouched and a notice's formats always share one input.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compose } from './compose/index.js';
import { computeFigures } from './compute/index.js';
import { throwIfErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnostic } from './diagnostics/report.js';
import { lintNotice } from './lint/index.js';
import { loadQuarter } from './load/index.js';
import type { NoticeDocument } from './model/document.js';
import type { QuarterRecords } from './model/records.js';
import { createBrowserSession } from './write/pdf/browser.js';
import type { FormatName, OutputFile } from './write/types.js';
import { WRITERS } from './write/index.js';

export interface BuildOptions {
  /** quarter files; none → the latest quarter of the bundled example */
  readonly files: readonly string[];
  readonly formats: readonly FormatName[];
  /** output root, out/ by default */
  readonly outDir: string;
  /** tongbao's own folder, where the bundled example lives */
  readonly projectRoot: string;
  /** a browser executable that wins over the automatic search */
  readonly browserPath?: string;
  /** how long the browser may take to start before the build stops as hung; 30 seconds by default */
  readonly browserLaunchTimeoutMs?: number;
  readonly log?: (line: string) => void;
}

export interface BuiltNotice {
  readonly source: string;
  /** folder the notice's files were written to */
  readonly folder: string;
  readonly files: readonly string[];
}

export const EXAMPLE_FOLDER = 'data/示例市';

/** The bundled example's latest quarter: the last `YYYY-qN.yaml` by name. */
export function defaultQuarterFile(projectRoot: string): string {
  const folder = join(projectRoot, EXAMPLE_FOLDER);
  const quarters = readdirSync(folder).filter((f) => /^\d{4}-q[1-4]\.ya?ml$/.test(f)).sort();
  const latest = quarters.at(-1);
  if (!latest) throw new Error(`no quarter file in ${folder}`);
  return join(folder, latest);
}

/** out/<issuer folder>/<year>-q<quarter>/ */
export function noticeFolder(outDir: string, records: QuarterRecords): string {
  const issuerFolder = basename(dirname(resolve(records.source)));
  return join(outDir, issuerFolder, `${records.period.year}-q${records.period.quarter}`);
}

export async function timed<T>(label: string, log: (line: string) => void, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  log(`  ${label}：${Math.round(performance.now() - started)} 毫秒`);
  return result;
}

/** Replaces `folder` with the given files in one rename; the old folder goes only afterwards. */
function replaceFolder(folder: string, files: readonly OutputFile[]): void {
  mkdirSync(dirname(folder), { recursive: true });
  const staging = `${folder}.tmp-${process.pid}`;
  const retired = `${folder}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const file of files) writeFileSync(join(staging, file.name), file.bytes);
  if (existsSync(folder)) renameSync(folder, retired);
  renameSync(staging, folder);
  rmSync(retired, { recursive: true, force: true });
}

/** The stages every command runs: load and check → compute → compose; the lint warnings are logged and returned. */
export async function prepareNotice(
  file: string,
  log: (line: string) => void,
): Promise<{ records: QuarterRecords; document: NoticeDocument; warnings: readonly Diagnostic[] }> {
  // paths in the data stay inside the data's own project (the folder above it with package.json)
  const records = await timed('读取并检查数据', log, () => loadQuarter({ file }));
  const figures = await timed('计算统计数据', log, () => computeFigures(records));
  const { document } = await timed('套用模板', log, () => compose({ records, figures }));
  // what will be published is linted before anything is written: errors stop, warnings are shown
  const findings = await timed('发布前检查', log, () => lintNotice({ records, document }));
  throwIfErrors(findings);
  for (const warning of findings) log(formatDiagnostic(warning));
  return { records, document, warnings: findings };
}

function quarterFiles(options: { files: readonly string[]; projectRoot: string }): readonly string[] {
  return options.files.length > 0 ? options.files : [defaultQuarterFile(options.projectRoot)];
}

/** Runs every stage but the writers: the data, the figures, the templates and the text to be published are checked. */
export async function check(options: Pick<BuildOptions, 'files' | 'projectRoot' | 'log'>): Promise<number> {
  const log = options.log ?? (() => {});
  const files = quarterFiles(options);
  for (const file of files) {
    log(`检查 ${relative(process.cwd(), file) || file}`);
    await prepareNotice(file, log);
  }
  return files.length;
}

export async function build(options: BuildOptions): Promise<BuiltNotice[]> {
  const log = options.log ?? (() => {});
  const jobs = quarterFiles(options).map((file) => ({
    source: file,
    prepare: async () => {
      const { records, document } = await prepareNotice(file, log);
      return { document, folder: noticeFolder(options.outDir, records) };
    },
  }));
  return renderAndWrite({ ...options, jobs });
}

/** One document to build: the stages before the writers, which also say where its files go. */
export interface DocumentJob {
  readonly source: string;
  readonly prepare: () => Promise<{ document: NoticeDocument; folder: string }>;
}

/**
 * Every document of `jobs` through the writers, then written, each folder swapped in whole.
 * Writers name a notice's files 通报.*; another document kind gives its own `fileStem`.
 */
export async function renderAndWrite(
  options: Pick<BuildOptions, 'formats' | 'browserPath' | 'browserLaunchTimeoutMs' | 'log'> & { jobs: readonly DocumentJob[]; fileStem?: string },
): Promise<BuiltNotice[]> {
  const log = options.log ?? (() => {});
  const session = createBrowserSession({
    ...(options.browserPath ? { executablePath: options.browserPath } : {}),
    ...(options.browserLaunchTimeoutMs ? { launchTimeoutMs: options.browserLaunchTimeoutMs } : {}),
  });
  const rename = (file: OutputFile): OutputFile => (options.fileStem ? { ...file, name: file.name.replace(/^通报/, options.fileStem) } : file);
  const rendered: Array<{ source: string; folder: string; outputs: OutputFile[] }> = [];
  try {
    for (const job of options.jobs) {
      log(`生成 ${relative(process.cwd(), job.source) || job.source}`);
      const { document, folder } = await job.prepare();
      const outputs: OutputFile[] = [];
      for (const format of options.formats) {
        outputs.push(...(await timed(`输出 ${format.toUpperCase()}`, log, () => WRITERS[format](document, { browser: session.browser }))).map(rename));
      }
      rendered.push({ source: job.source, folder, outputs });
    }
  } finally {
    await session.close();
  }
  // nothing is written before every document has rendered in every format
  return rendered.map(({ source, folder, outputs }) => {
    replaceFolder(folder, outputs);
    return { source, folder, files: outputs.map((o) => join(folder, o.name)) };
  });
}
