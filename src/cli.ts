// The command line: parses flags, calls build() or check(), prints diagnostics in
// Chinese and sets the exit code (0 done, 1 problems in the data or with the output files, 2 wrong usage).
// User errors never show a stack trace; anything else is a bug and says so.

import { parseArgs } from 'node:util';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, check, defaultQuarterFile } from './build.js';
import { buildSummary } from './build-summary.js';
import { CODES } from './diagnostics/codes.js';
import { isTongbaoError, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnostic } from './diagnostics/report.js';
import { newQuarter } from './new/index.js';
import { newQuarterReport } from './new/report.js';
import { DEFAULT_PREVIEW_PORT, startPreview } from './preview/index.js';
import { FORMAT_NAMES } from './write/index.js';
import type { FormatName } from './write/types.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `用法：
  tongbao build [季度数据文件…] [--format html,docx,pdf] [--out 输出文件夹] [--browser 浏览器路径]
      不写数据文件时，生成自带示例（${'data/示例市'}）最新一个季度的通报。
      输出到 out/<发文单位文件夹>/<年>-q<季度>/通报.{html,fragment.html,docx,pdf}
  tongbao check [季度数据文件…]
      只检查数据和模板，不生成文件。
  tongbao preview [季度数据文件] [--port ${DEFAULT_PREVIEW_PORT}]
      在 http://127.0.0.1:${DEFAULT_PREVIEW_PORT}/ 预览通报网页，数据或模板一保存就自动更新；按 Ctrl+C 结束。
  tongbao summary 汇总数据文件 [--format html,docx,pdf] [--out 输出文件夹] [--browser 浏览器路径]
      生成同一季度各地区检查情况的汇总报告，输出到 out/<汇总文件夹>/summary/汇总.{html,fragment.html,docx,pdf}
  tongbao new 数据文件夹
      根据文件夹里最新一个季度的文件生成下一季度的文件（如 2025-q4.yaml）：网站和账号带入、检查结果清空、
      列出上季度不合格单位待填整改情况；不覆盖已有的文件。
  tongbao help`;

class UsageError extends Error {}

function parseFormats(value: string | undefined): FormatName[] {
  if (value === undefined) return [...FORMAT_NAMES];
  const formats = value.split(/[,，]/).map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(FORMAT_NAMES as string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`--format 只能是 ${FORMAT_NAMES.join('、')} 中的一个或几个（用逗号分隔），不认识：${unknown.join('、') || '（空）'}`);
  }
  return formats as FormatName[];
}

/** The flags of every command that writes documents, parsed into the writers' options. */
function parseOutputArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, browser: { type: 'string' } },
  });
  const output = {
    formats: parseFormats(values.format),
    outDir: resolve(values.out ?? 'out'),
    ...(values.browser ? { browserPath: values.browser } : {}),
    log: (line: string) => console.log(line),
  };
  return { positionals, output };
}

async function runBuild(args: string[]): Promise<number> {
  const { positionals, output } = parseOutputArgs(args);
  const built = await build({ ...output, files: positionals, projectRoot: PROJECT_ROOT });
  for (const notice of built) {
    console.log(`已生成：${notice.files.map((f) => relative(process.cwd(), f)).join('  ')}`);
  }
  return 0;
}

async function runSummary(args: string[]): Promise<number> {
  const { positionals, output } = parseOutputArgs(args);
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('tongbao summary 需要且只需要一个汇总数据文件');
  const built = await buildSummary({ ...output, file });
  console.log(`已生成：${built.files.map((f) => relative(process.cwd(), f)).join('  ')}`);
  return 0;
}

async function runCheck(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const count = await check({ files: positionals, projectRoot: PROJECT_ROOT, log: (line) => console.log(line) });
  console.log(`检查通过：${count} 个季度的数据和模板没有发现错误。`);
  return 0;
}

async function runPreview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' } } });
  if (positionals.length > 1) throw new UsageError('tongbao preview 一次只预览一个季度数据文件');
  const port = values.port === undefined ? DEFAULT_PREVIEW_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port 应是 1～65535 之间的整数，不是“${values.port}”`);
  const file = positionals[0] ?? defaultQuarterFile(PROJECT_ROOT);
  const preview = await startPreview({ file, port, log: (line) => console.log(line) }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`端口 ${port} 已被占用，请用 --port 换一个端口`);
    throw error;
  });
  console.log(`预览地址：${preview.url}（数据或模板保存后自动更新；按 Ctrl+C 结束）`);
  await new Promise((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await preview.close();
  return 0;
}

async function runNew(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [folder, ...extra] = positionals;
  if (!folder || extra.length > 0) throw new UsageError('tongbao new 需要且只需要一个数据文件夹，如 tongbao new data/示例市');
  for (const line of newQuarterReport(await newQuarter({ folder }))) console.log(line);
  return 0;
}

/** What a failed build left: nothing changed, unless putting back a replaced output failed (TB607 says what to do). */
function outcomeOfFailedWrite(diagnostics: readonly Diagnostic[]): string {
  const unrestored = diagnostics.some((d) => d.code === CODES.outputRestoreFailed.code);
  return unrestored ? '，生成没有完成，有的输出未能恢复原样，请按上面的提示处理' : '，未生成任何文件；原有的输出保持不变';
}

/** What a failed command left, for the commands that write files. */
function outcomeOfFailure(command: string | undefined, diagnostics: readonly Diagnostic[]): string {
  if (command === 'build' || command === 'summary') return outcomeOfFailedWrite(diagnostics);
  return command === 'new' ? '，没有写入任何文件' : '';
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'build':
        return await runBuild(rest);
      case 'check':
        return await runCheck(rest);
      case 'summary':
        return await runSummary(rest);
      case 'preview':
        return await runPreview(rest);
      case 'new':
        return await runNew(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`不认识的命令“${command}”`);
    }
  } catch (error) {
    if (isTongbaoError(error)) {
      for (const d of error.diagnostics) console.error(formatDiagnostic(d));
      const errors = error.diagnostics.filter((d) => d.severity === 'error').length;
      console.error(`\n共 ${errors} 处错误${outcomeOfFailure(command, error.diagnostics)}。`);
      return 1;
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error('tongbao 内部错误（这是程序的缺陷，不是数据的问题，请把以下信息报告给维护者）：');
    console.error(error);
    return 70;
  }
}
