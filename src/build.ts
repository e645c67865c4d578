// build: runs the stages in order for each quarter file, timing each: every document is
// loaded, checked and composed first, then where its files go is checked, then every format
// renders in memory, and only when all of that succeeded are the files written — each one
// replacing the file of its name and nothing else (src/write/output-files.ts). A failed
// build leaves the previous outputs untouched, and a notice's formats always share one input.

import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { BUILD_RECORD_FILE, buildRecordFile, isUpToDate, recordedFolder } from './build-record.js';
import { compose } from './compose/index.js';
import { computeFigures } from './compute/index.js';
import { TongbaoError, isTongbaoError, throwIfErrors, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnostic } from './diagnostics/report.js';
import { lintNotice } from './lint/index.js';
import { loadQuarter } from './load/index.js';
import { quarterPeriod } from './load/latest-quarter.js';
import type { NoticeDocument } from './model/document.js';
import type { QuarterRecords } from './model/records.js';
import { publicationWarnings } from './write/html/publication.js';
import { WRITERS, formatFiles } from './write/index.js';
import { checkOutputTargets, outputCollisions, replaceOutputFiles } from './write/output-files.js';
import { createBrowserSession, loadBrowserDriver } from './write/pdf/browser.js';
import { printsPdf, type FormatName, type OutputFile, type WriterContext } from './write/types.js';

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
  /** the stages as they run: 检查 …, 输出 PDF：… 毫秒 */
  readonly log?: (line: string) => void;
  /** each warning about the data or the text to be published, with the notice's source; logged by default */
  readonly warn?: (warning: Diagnostic, source: string) => void;
  /**
   * keep build records (build-record.ts): one is written beside each notice's outputs, and a
   * notice whose record says nothing changed is skipped, unless `force`
   */
  readonly records?: { readonly force: boolean };
  /**
   * launch the browser as the build starts, while the data loads, rather than when the first
   * PDF needs it: faster when the build succeeds, a browser started for nothing when it does not
   */
  readonly launchBrowserEarly?: boolean;
  /** told as each notice starts and ends */
  readonly progress?: BuildProgress;
  /** sources that fail before anything is done, with their problems: a data folder whose latest quarter cannot be told */
  readonly failedBeforehand?: ReadonlyMap<string, readonly Diagnostic[]>;
}

export interface BuiltNotice {
  readonly source: string;
  /** folder the notice's files were written to */
  readonly folder: string;
  readonly files: readonly string[];
}

/** What became of one notice of a build. */
export type NoticeOutcome =
  | ({ readonly kind: 'built' } & BuiltNotice)
  | { readonly kind: 'skipped'; readonly source: string; readonly folder: string }
  | { readonly kind: 'failed'; readonly source: string; readonly error: unknown };

export interface BuildProgress {
  readonly started: (source: string) => void;
  readonly finished: (outcome: NoticeOutcome) => void;
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
export function noticeFolder(outDir: string, records: Pick<QuarterRecords, 'source' | 'period'>): string {
  const issuerFolder = basename(dirname(resolve(records.source)));
  return join(outDir, issuerFolder, `${records.period.year}-q${records.period.quarter}`);
}

export async function timed<T>(label: string, log: (line: string) => void, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  log(`  ${label}：${Math.round(performance.now() - started)} 毫秒`);
  return result;
}

/** The stages every command runs: load and check → compute → compose; the lint warnings are given to `warn` (logged by default) and returned. */
export async function prepareNotice(
  file: string,
  log: (line: string) => void,
  options: { warn?: (warning: Diagnostic) => void; inputs?: Set<string> } = {},
): Promise<{ records: QuarterRecords; document: NoticeDocument; warnings: readonly Diagnostic[] }> {
  // paths in the data stay inside the data's own project (the folder above it with package.json)
  const loadWarnings: Diagnostic[] = [];
  const records = await timed('读取并检查数据', log, () => loadQuarter({ file, warnings: loadWarnings, ...(options.inputs && { inputs: options.inputs }) }));
  const figures = await timed('计算统计数据', log, () => computeFigures(records));
  const { document } = await timed('套用模板', log, () => compose({ records, figures }));
  // what will be published is linted before anything is written: errors stop, warnings are shown
  const findings = await timed('发布前检查', log, () => lintNotice({ records, document }));
  throwIfErrors(findings);
  const warnings = [...loadWarnings, ...findings];
  for (const warning of warnings) (options.warn ?? ((d) => log(formatDiagnostic(d))))(warning);
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

/** Builds every notice; the first problem stops the build with every notice's problems, as the library's callers expect. */
export async function build(options: BuildOptions): Promise<BuiltNotice[]> {
  return builtOrThrown(await buildEach(options));
}

/** Builds every notice, each all or nothing: a notice that fails is reported in its outcome and the others go on. */
export async function buildEach(options: BuildOptions): Promise<NoticeOutcome[]> {
  const jobs = quarterFiles(options).map(
    (file): DocumentJob => ({
      source: file,
      prepare: async ({ log, warn }) => {
        const inputs = new Set<string>();
        const { records, document } = await prepareNotice(file, log, { warn, inputs });
        return { document, folder: noticeFolder(options.outDir, records), inputs };
      },
    }),
  );
  const failed = options.failedBeforehand ?? new Map<string, readonly Diagnostic[]>();
  const collided = collidingQuarters(jobs.map((job) => job.source).filter((source) => !failed.has(source)), options.outDir);
  return renderAndWrite({ ...options, jobs, failedBeforehand: new Map([...failed, ...collided]) });
}

/**
 * Quarter files bound for the same output folder, each with the TB601 naming them all: they fail
 * before anything renders. Only files in folders of the same name can collide, so only those
 * are read for their period ahead of loading (reading a quarter twice costs).
 */
function collidingQuarters(sources: readonly string[], outDir: string): Map<string, readonly Diagnostic[]> {
  const byIssuerFolder = new Map<string, string[]>();
  for (const source of sources) {
    const issuerFolder = basename(dirname(resolve(source)));
    byIssuerFolder.set(issuerFolder, [...(byIssuerFolder.get(issuerFolder) ?? []), source]);
  }
  const targets = [...byIssuerFolder.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.flatMap((source) => {
        const period = quarterPeriod(resolve(source), []);
        return period ? [{ source, folder: noticeFolder(outDir, { source, period }) }] : [];
      }),
    );
  return new Map(outputCollisions(targets).flatMap(({ sources: sharing, diagnostic }) => sharing.map((source) => [source, [diagnostic]] as const)));
}

/** The notices built (and skipped), or every failed notice's problems thrown together. */
export function builtOrThrown(outcomes: readonly NoticeOutcome[]): BuiltNotice[] {
  const failed = outcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome.error] : []));
  const bug = failed.find((error) => !isTongbaoError(error));
  if (bug !== undefined) throw bug;
  const diagnostics = failed.flatMap((error) => (error as TongbaoError).diagnostics);
  if (diagnostics.length > 0) throw new TongbaoError([...new Map(diagnostics.map((d) => [formatDiagnostic(d), d])).values()]);
  return outcomes.flatMap((outcome) => (outcome.kind === 'built' ? [{ source: outcome.source, folder: outcome.folder, files: outcome.files }] : []));
}

/** One document to build: the stages before the writers, which also say where its files go and what they were made from. */
export interface DocumentJob {
  readonly source: string;
  readonly prepare: (context: { log: (line: string) => void; warn: (warning: Diagnostic) => void }) => Promise<{
    document: NoticeDocument;
    folder: string;
    /** every file the document was made from; given, a build record can be kept */
    inputs?: Iterable<string>;
  }>;
}

/** How many notices are in the works at once: one on the main thread while Chromium renders another's PDF. */
const NOTICES_AT_ONCE = 2;

export type RenderOptions = Pick<
  BuildOptions,
  'formats' | 'outDir' | 'browserPath' | 'browserLaunchTimeoutMs' | 'log' | 'warn' | 'records' | 'launchBrowserEarly' | 'progress' | 'failedBeforehand'
> & {
  readonly jobs: readonly DocumentJob[];
  readonly fileStem?: string;
};

/**
 * Every document of `jobs` through the stages before the writers, then — once it is known that
 * its files can go where they belong — through the writers, then written, each on its own: a
 * document that fails leaves its previous outputs as they were, and the others go on.
 * Writers name a notice's files 通报.*; another document kind gives its own `fileStem`.
 */
export async function renderAndWrite(options: RenderOptions): Promise<NoticeOutcome[]> {
  const session = createBrowserSession({
    ...(options.browserPath ? { executablePath: options.browserPath } : {}),
    ...(options.browserLaunchTimeoutMs ? { launchTimeoutMs: options.browserLaunchTimeoutMs } : {}),
  });
  const outcomes: NoticeOutcome[] = [];
  try {
    const pending: DocumentJob[] = [];
    for (const job of options.jobs) {
      const settled = settledBeforehand(job.source, options);
      if (!settled) pending.push(job);
      else outcomes.push(reported(settled, options.progress));
    }
    // started now, awaited by the first PDF; a browser that cannot start fails that PDF's notice.
    // The driver is loaded first: reading and composing a notice leave the main thread no turn to
    // load it in, and the launch would wait for them to end (a quarter to half a second later).
    if (options.launchBrowserEarly && printsPdf(options.formats) && pending.length > 0) {
      await loadBrowserDriver().catch(() => {});
      session.browser().catch(() => {});
    }
    await eachAtOnce(pending, NOTICES_AT_ONCE, async (job) => {
      options.progress?.started(job.source);
      outcomes.push(reported(await buildDocument(job, { ...options, browser: session.browser }), options.progress));
    });
  } finally {
    await session.close();
  }
  const order = new Map(options.jobs.map((job, index) => [job.source, index]));
  return outcomes.sort((a, b) => order.get(a.source)! - order.get(b.source)!);
}

function reported(outcome: NoticeOutcome, progress: BuildProgress | undefined): NoticeOutcome {
  progress?.finished(outcome);
  return outcome;
}

/** A notice decided before its data is read: failed beforehand, or unchanged since its record was written. */
function settledBeforehand(source: string, options: RenderOptions): NoticeOutcome | undefined {
  const failure = options.failedBeforehand?.get(source);
  if (failure) return { kind: 'failed', source, error: new TongbaoError(failure) };
  if (!options.records || options.records.force) return undefined;
  const folder = recordedFolder(options.outDir, source);
  return folder && isUpToDate(folder, options.formats) ? { kind: 'skipped', source, folder } : undefined;
}

/** Runs `run` on every item, at most `limit` at a time, in order of the items. */
async function eachAtOnce<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** One document: prepared, its targets checked, rendered in every format, written with its build record. */
async function buildDocument(job: DocumentJob, options: RenderOptions & { browser: WriterContext['browser'] }): Promise<NoticeOutcome> {
  const log = options.log ?? (() => {});
  const warn = (warning: Diagnostic) => (options.warn ? options.warn(warning, job.source) : log(formatDiagnostic(warning)));
  const named = (name: string): string => (options.fileStem ? name.replace(/^通报/, options.fileStem) : name);
  try {
    log(`检查 ${shown(job.source)}`);
    const { document, folder, inputs } = await job.prepare({ log, warn });
    if (options.formats.includes('html')) for (const warning of publicationWarnings(document)) warn(warning);
    const names = options.formats.flatMap((format) => formatFiles(format, document)).map(named);
    // before the rendering, which takes seconds for a PDF: every problem with where the files go, at once
    throwIfErrors(checkOutputTargets([{ source: job.source, folder, names: inputs && options.records ? [...names, BUILD_RECORD_FILE] : names }]));
    log(`生成 ${shown(job.source)}`);
    const files = (await renderFormats(document, { ...options, log })).map((file) => ({ ...file, name: named(file.name) }));
    // the names checked above must be the names written
    if (files.map((f) => f.name).join('\n') !== names.join('\n')) {
      throw new Error(`写出器生成的文件（${files.map((f) => f.name).join('、')}）不是 formatFiles 列出的（${names.join('、')}）`);
    }
    const record = inputs && options.records ? [buildRecordFile({ source: job.source, formats: options.formats, inputs, outputs: files })] : [];
    for (const warning of replaceOutputFiles([{ folder, files: [...files, ...record] }])) warn(warning);
    return { kind: 'built', source: job.source, folder, files: files.map((file) => join(folder, file.name)) };
  } catch (error) {
    return { kind: 'failed', source: job.source, error };
  }
}

/**
 * The document in every format, in the order asked. The PDF starts first: while Chromium lays
 * it out, this thread writes the HTML and the DOCX. It is printed once, also when only the OFD
 * (made from it) is asked for.
 */
async function renderFormats(
  document: NoticeDocument,
  options: { formats: readonly FormatName[]; browser: WriterContext['browser']; log: (line: string) => void },
): Promise<OutputFile[]> {
  let printed: Promise<OutputFile[]> | undefined;
  const context: WriterContext = {
    browser: options.browser,
    printsPdf: printsPdf(options.formats),
    printedPdf: async () => (await printed!)[0]!.bytes,
  };
  const render = (format: FormatName) => timed(`输出 ${format.toUpperCase()}`, options.log, () => WRITERS[format](document, context));
  printed = context.printsPdf ? render('pdf') : undefined;
  // awaited below; until then a failure of another format must not leave it unhandled
  printed?.catch(() => {});
  const written = new Map<FormatName, OutputFile[]>();
  for (const format of options.formats) if (format !== 'pdf') written.set(format, await render(format));
  if (printed) written.set('pdf', await printed);
  return options.formats.flatMap((format) => written.get(format)!);
}
