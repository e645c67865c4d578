// The command line: reads each command's arguments, calls build(), check() and the rest, prints
// diagnostics in Chinese and sets the exit code (0 done, 1 problems in the data or with the output
// files, 2 wrong usage). User errors never show a stack trace; anything else is a bug and says so.

import { relative, resolve } from 'node:path';
import { readCommandArguments, type CommandArguments, type OptionSpecs } from './cli/arguments.js';
import { COMMAND_HELP, COMMAND_NAMES, commandUsage, overallUsage, type CommandName } from './cli/usage.js';
import { UsageError } from './cli/usage-error.js';
import { CODES } from './diagnostics/codes.js';
import { isTongbaoError, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnostic } from './diagnostics/report.js';
import { nearestName } from './load/nearest-name.js';
import { PACKAGE_ROOT } from './package-root.js';
import { DEFAULT_PREVIEW_PORT } from './preview/port.js';
import { TONGBAO_VERSION } from './version.js';
import { DEFAULT_FORMATS, FORMAT_NAMES, printsPdf, type FormatName } from './write/types.js';

// Each command imports what it runs when it runs: `tongbao --help` loads none of the pipeline,
// `tongbao check` no writer, and only a PDF loads the browser driver.

const say = (line: string): void => console.log(line);

function parseFormats(value: string | undefined, command: CommandName): FormatName[] {
  if (value === undefined) return [...DEFAULT_FORMATS];
  const formats = value.split(/[,，]/).map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMAT_NAMES as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`--format 只能是 ${FORMAT_NAMES.join('、')} 中的一个或几个（用逗号分隔），不认识：${unknown.join('、') || '（空）'}`, { command });
  }
  return formats as FormatName[];
}

type ArgumentsOf<N extends CommandName> = CommandArguments<(typeof COMMAND_HELP)[N]['options']>;
type OutputArguments = ArgumentsOf<'build'> | ArgumentsOf<'summary'>;

/** The flags of every command that writes documents, as the writers' options. */
function outputOptions(command: 'build' | 'summary', { values }: OutputArguments) {
  return {
    formats: parseFormats(values.format, command),
    outDir: resolve(values.out ?? 'out'),
    ...(values.browser ? { browserPath: values.browser } : {}),
    log: say,
  };
}

async function quarterFilesOf(command: CommandName, given: readonly string[]): Promise<string[]> {
  const { quarterFilesToUse } = await import('./cli/quarter-files.js');
  return quarterFilesToUse({ command, given, cwd: process.cwd(), projectRoot: PACKAGE_ROOT, log: say });
}

async function runBuild(parsed: ArgumentsOf<'build'>): Promise<number> {
  const quiet = parsed.values.quiet ?? false;
  const output = outputOptions('build', parsed);
  // loaded alongside the pipeline, so that the browser's early launch (build.ts) finds it loaded
  if (printsPdf(output.formats)) void import('./write/pdf/browser.js').then((browser) => browser.loadBrowserDriver()).catch(() => {});
  const { noticeSourcesToUse } = await import('./cli/quarter-files.js');
  const { sources: files, unresolved } = noticeSourcesToUse({ command: 'build', given: parsed.positionals, cwd: process.cwd(), projectRoot: PACKAGE_ROOT, log: quiet ? () => {} : say });
  const { buildEach } = await import('./build.js');
  const options = {
    ...output,
    files,
    failedBeforehand: unresolved,
    projectRoot: PACKAGE_ROOT,
    records: { force: parsed.values.force ?? false },
    launchBrowserEarly: true,
  };
  if (files.length === 1) {
    // one notice: its stages as they run, and its problems as the command's own
    const [outcome] = await buildEach({ ...options, log: quiet ? () => {} : say });
    if (outcome!.kind === 'failed') throw outcome!.error;
    if (quiet) return 0;
    if (outcome!.kind === 'skipped') say(`未改动，跳过：${relative(process.cwd(), outcome!.folder)} 里的输出已是最新：数据、模板和 tongbao 都没有改动（换了字体或浏览器后要重新生成，请加 --force）`);
    else say(`已生成：${outcome!.files.map((f) => relative(process.cwd(), f)).join('  ')}`);
    return 0;
  }
  const { batchReporter, batchSummary, progressStyle } = await import('./cli/build-report.js');
  const terminal = { isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, write: (text: string) => void process.stdout.write(text) };
  const reporter = batchReporter({ total: files.length, style: progressStyle(terminal, quiet), out: terminal });
  const outcomes = await buildEach({ ...options, log: () => {}, warn: reporter.warn, progress: reporter.progress });
  reporter.done();
  return batchSummary(outcomes, { quiet, say, complain: (line) => console.error(line) });
}

async function runSummary(parsed: OutputArguments): Promise<number> {
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError('tongbao summary 需要且只需要一个汇总数据文件', { command: 'summary' });
  const { buildSummary } = await import('./build-summary.js');
  const built = await buildSummary({ ...outputOptions('summary', parsed), file });
  say(`已生成：${built.files.map((f) => relative(process.cwd(), f)).join('  ')}`);
  return 0;
}

async function runCheck(parsed: ArgumentsOf<'check'>): Promise<number> {
  const { check } = await import('./build.js');
  const count = await check({ files: await quarterFilesOf('check', parsed.positionals), projectRoot: PACKAGE_ROOT, log: say });
  say(`检查通过：${count} 个季度的数据和模板没有发现错误。`);
  return 0;
}

async function runPreview(parsed: ArgumentsOf<'preview'>): Promise<number> {
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError('tongbao preview 一次只预览一个季度数据文件', { command: 'preview' });
  const port = values.port === undefined ? DEFAULT_PREVIEW_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port 应是 1～65535 之间的整数，不是“${values.port}”`, { command: 'preview' });
  const [file] = await quarterFilesOf('preview', positionals);
  const { startPreview } = await import('./preview/index.js');
  const preview = await startPreview({ file: file!, port, log: say }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`端口 ${port} 已被占用，请用 --port 换一个端口`, { command: 'preview' });
    throw error;
  });
  say(`预览地址：${preview.url}（数据或模板保存后自动更新；按 Ctrl+C 结束）`);
  await new Promise((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await preview.close();
  return 0;
}

async function runExport(parsed: ArgumentsOf<'export'>): Promise<number> {
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('tongbao export 需要且只需要一个季度数据文件', { command: 'export' });
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError(`--out 应是一个 .xlsx 文件名，不是“${values.out}”`, { command: 'export' });
  const { exportQuarter } = await import('./export/index.js');
  const exported = await exportQuarter({ file, ...(values.out !== undefined && { out: values.out }), force: values.force ?? false });
  for (const warning of exported.warnings) say(formatDiagnostic(warning));
  say(`已导出：${relative(process.cwd(), exported.workbook)}（网站 ${exported.counts.websites} 家，政务新媒体 ${exported.counts.accounts} 个）`);
  return 0;
}

/** --kind as typed: the channel's Chinese name or the quarter file's key. */
const KIND_NAMES: Readonly<Record<string, 'websites' | 'accounts'>> = {
  网站: 'websites',
  政府网站: 'websites',
  websites: 'websites',
  政务新媒体: 'accounts',
  新媒体: 'accounts',
  账号: 'accounts',
  accounts: 'accounts',
};

async function runImport(parsed: ArgumentsOf<'import'>): Promise<number> {
  const { values, positionals } = parsed;
  const [sheetFile, ...extra] = positionals;
  if (!sheetFile || extra.length > 0 || !values.into) throw new UsageError('tongbao import 需要一个表格文件和 --into 季度数据文件', { command: 'import' });
  const kind = values.kind === undefined ? undefined : KIND_NAMES[values.kind.trim()];
  if (values.kind !== undefined && !kind) throw new UsageError(`--kind 只能是“网站”或“政务新媒体”，不是“${values.kind}”`, { command: 'import' });
  const { importSheet } = await import('./import/index.js');
  const imported = await importSheet({ sheetFile, into: values.into, ...(values.sheet !== undefined && { sheet: values.sheet }), ...(kind && { kind }) });
  for (const problem of imported.problems) say(formatDiagnostic(problem));
  const { updated, added, unchanged } = imported.counts;
  const unread = imported.problems.filter((d) => d.severity === 'error').length;
  const what = imported.kind === 'websites' ? '网站' : '政务新媒体';
  const outcome = imported.written ? `已写入 ${relative(process.cwd(), resolve(values.into))}` : '季度数据文件无需改动，未写入';
  say(`导入${what}：更新 ${updated} 个，新增 ${added} 个，未变 ${unchanged} 个${unread > 0 ? `；${unread} 处未能读取，见上（这些行没有导入）` : ''}。${outcome}。`);
  return 0;
}

async function runNew(parsed: ArgumentsOf<'new'>): Promise<number> {
  const [folder, ...extra] = parsed.positionals;
  if (!folder || extra.length > 0) throw new UsageError('tongbao new 需要且只需要一个数据文件夹，如 tongbao new data/示例市', { command: 'new' });
  const [{ newQuarter }, { newQuarterReport }] = await Promise.all([import('./new/index.js'), import('./new/report.js')]);
  for (const line of newQuarterReport(await newQuarter({ folder }))) say(line);
  return 0;
}

/** A command reads its arguments against its options in usage.ts, or shows its help when asked. */
function command<O extends OptionSpecs>(name: CommandName, options: O, run: (parsed: CommandArguments<O>) => Promise<number>) {
  return async (args: readonly string[]): Promise<number> => {
    const parsed = readCommandArguments(name, args, options);
    if (parsed.help) {
      say(commandUsage(name));
      return 0;
    }
    return run(parsed);
  };
}

const COMMANDS: Readonly<Record<CommandName, (args: readonly string[]) => Promise<number>>> = {
  build: command('build', COMMAND_HELP.build.options, runBuild),
  check: command('check', COMMAND_HELP.check.options, runCheck),
  preview: command('preview', COMMAND_HELP.preview.options, runPreview),
  summary: command('summary', COMMAND_HELP.summary.options, runSummary),
  export: command('export', COMMAND_HELP.export.options, runExport),
  import: command('import', COMMAND_HELP.import.options, runImport),
  new: command('new', COMMAND_HELP.new.options, runNew),
  fonts: command('fonts', COMMAND_HELP.fonts.options, async (parsed) => (await import('./cli/fonts-command.js')).runFonts(parsed, { projectRoot: PACKAGE_ROOT, log: say })),
};

/** What a failed build left: nothing changed, unless putting back a replaced output failed (TB607 says what to do). */
function outcomeOfFailedWrite(diagnostics: readonly Diagnostic[]): string {
  const unrestored = diagnostics.some((d) => d.code === CODES.outputRestoreFailed.code);
  return unrestored ? '，生成没有完成，有的输出未能恢复原样，请按上面的提示处理' : '，未生成任何文件；原有的输出保持不变';
}

/** What a failed command left, for the commands that write files. */
function outcomeOfFailure(command: string | undefined, diagnostics: readonly Diagnostic[]): string {
  if (command === 'build' || command === 'summary') return outcomeOfFailedWrite(diagnostics);
  return command === 'new' || command === 'export' || command === 'import' ? '，没有写入任何文件' : '';
}

function unknownCommand(command: string): UsageError {
  const meant = nearestName(command.replace(/^-+/, ''), [...COMMAND_NAMES, 'help', 'version']);
  const suggestion = meant === 'version' ? '，是否想写 tongbao --version？' : meant ? `，是否想写 ${meant}？` : '';
  return new UsageError(`不认识的命令“${command}”${suggestion}`);
}

const isCommandName = (name: string): name is CommandName => (COMMAND_NAMES as string[]).includes(name);

async function run(command: string | undefined, rest: readonly string[]): Promise<number> {
  if (command === undefined) {
    say(overallUsage());
    return 2;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    const [about] = rest;
    say(about !== undefined && isCommandName(about) ? commandUsage(about) : overallUsage());
    return 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    say(`tongbao ${TONGBAO_VERSION}`);
    return 0;
  }
  if (!isCommandName(command)) throw unknownCommand(command);
  return COMMANDS[command](rest);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    return await run(command, rest);
  } catch (error) {
    if (isTongbaoError(error)) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      const errors = error.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`\n共 ${errors} 处错误${outcomeOfFailure(command, error.diagnostics)}。`);
      return 1;
    }
    if (error instanceof UsageError) {
      const usage = error.command && isCommandName(error.command) ? commandUsage(error.command) : overallUsage();
      console.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    console.error('tongbao 内部错误（这是程序的缺陷，不是数据的问题，请把以下信息报告给维护者）：');
    console.error(error);
    return 70;
  }
}
