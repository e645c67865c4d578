// build: runs the stages in order for each quarter file, timing each: every document is
// loaded, checked and composed first, then where its files go is checked, then every format
// renders in memory, and only when all of that succeeded are the files written — each one
// replacing the file of its name and nothing else (src/write/output-files.ts). A failed
// build leaves the previous outputs untouched, and a notice's formats always share one input.

import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compose } from './compose/index.js';
import { computeFigures } from './compute/index.js';
import { throwIfErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnostic } from './diagnostics/report.js';
import { lintNotice } from './lint/index.js';
import { loadQuarter } from './load/index.js';
import type { NoticeDocument } from './model/document.js';
import type { QuarterRecords } from './model/records.js';
import { publicationWarnings } from './write/html/publication.js';
import { WRITERS, formatFiles } from './write/index.js';
import { checkOutputTargets, replaceOutputFiles } from './write/output-files.js';
import { createBrowserSession } from './write/pdf/browser.js';
import type { FormatName, OutputFile } from './write/types.js';

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

/** The stages every command runs: load and check → compute → compose; the lint warnings are logged and returned. */
export async function prepareNotice(
  file: string,
  log: (line: string) => void,
): Promise<{ records: QuarterRecords; document: NoticeDocument; warnings: readonly Diagnostic[] }> {
  // paths in the data stay inside the data's own project (the folder above it with package.json)
  const loadWarnings: Diagnostic[] = [];
  const records = await timed('读取并检查数据', log, () => loadQuarter({ file, warnings: loadWarnings }));
  const figures = await timed('计算统计数据', log, () => computeFigures(records));
  const { document } = await timed('套用模板', log, () => compose({ records, figures }));
  // what will be published is linted before anything is written: errors stop, warnings are shown
  const findings = await timed('发布前检查', log, () => lintNotice({ records, document }));
  throwIfErrors(findings);
  const warnings = [...loadWarnings, ...findings];
  for (const warning of warnings) log(formatDiagnostic(warning));
  return { records, document, warnings };
}

/** The quarter files to work on, each once however often it was named. */
function quarterFiles(options: { files: readonly string[]; projectRoot: string }): readonly string[] {
  const files = options.files.length > 0 ? options.files : [defaultQuarterFile(options.projectRoot)];
  return [...new Map(files.map((file) => [resolve(file), file])).values()];
}

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Runs every stage but the writers: the data, the figures, the templates and the text to be published are checked. */
export async function check(options: Pick<BuildOptions, 'files' | 'projectRoot' | 'log'>): Promise<number> {
  const log = options.log ?? (() => {});
  const files = quarterFiles(options);
  for (const file of files) {
    log(`检查 ${shown(file)}`);
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
 * Every document of `jobs` through the stages before the writers, then — once it is known that
 * their files can go where they belong — through the writers, then written.
 * Writers name a notice's files 通报.*; another document kind gives its own `fileStem`.
 */
export async function renderAndWrite(
  options: Pick<BuildOptions, 'formats' | 'browserPath' | 'browserLaunchTimeoutMs' | 'log'> & { jobs: readonly DocumentJob[]; fileStem?: string },
): Promise<BuiltNotice[]> {
  const log = options.log ?? (() => {});
  const named = (name: string): string => (options.fileStem ? name.replace(/^通报/, options.fileStem) : name);
  const prepared: Array<{ source: string; document: NoticeDocument; folder: string; names: string[] }> = [];
  for (const job of options.jobs) {
    log(`检查 ${shown(job.source)}`);
    const { document, folder } = await job.prepare();
    if (options.formats.includes('html')) for (const warning of publicationWarnings(document)) log(formatDiagnostic(warning));
    prepared.push({ source: job.source, document, folder, names: options.formats.flatMap((format) => formatFiles(format, document)).map(named) });
  }
  // before the rendering, which takes seconds for a PDF: every problem with where the files go, at once
  throwIfErrors(checkOutputTargets(prepared));
  const session = createBrowserSession({
    ...(options.browserPath ? { executablePath: options.browserPath } : {}),
    ...(options.browserLaunchTimeoutMs ? { launchTimeoutMs: options.browserLaunchTimeoutMs } : {}),
  });
  const rendered: Array<{ source: string; folder: string; files: OutputFile[] }> = [];
  try {
    for (const { source, document, folder, names } of prepared) {
      log(`生成 ${shown(source)}`);
      const files: OutputFile[] = [];
      for (const format of options.formats) {
        const outputs = await timed(`输出 ${format.toUpperCase()}`, log, () => WRITERS[format](document, { browser: session.browser }));
        files.push(...outputs.map((file) => ({ ...file, name: named(file.name) })));
      }
      // the names checked above must be the names written
      if (files.map((f) => f.name).join('\n') !== names.join('\n')) {
        throw new Error(`写出器生成的文件（${files.map((f) => f.name).join('、')}）不是 formatFiles 列出的（${names.join('、')}）`);
      }
      rendered.push({ source, folder, files });
    }
  } finally {
    await session.close();
  }
  // nothing is written before every document has rendered in every format
  for (const warning of replaceOutputFiles(rendered)) log(formatDiagnostic(warning));
  return rendered.map(({ source, folder, files }) => ({ source, folder, files: files.map((file) => join(folder, file.name)) }));
}
