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
import { exportQuarter } from './export/index.js';
import { importSheet } from './import/index.js';
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
  tongbao export 季度数据文件 [--out 工作簿.xlsx] [--force]
      把本季度的网站和政务新媒体记录导出为 Excel 工作簿（默认写在数据文件旁，如 2025-q3.xlsx），
      附 tongbao 算出的是否合格和得分；已有同名文件时不覆盖，除非加 --force。
  tongbao import 表格.xlsx|表格.csv --into 季度数据文件 [--sheet 工作表名称] [--kind 网站|政务新媒体]
      把表格里的网站或账号合并进季度数据文件的 websites 或 accounts 列表：已有的单位（网站标识码、编号或名称和主办单位相同）
      只更新表格里有的列，没有的单位添加在列表末尾；文件里手写的字段和注释都保留。
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

async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean' } } });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('tongbao export 需要且只需要一个季度数据文件');
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError(`--out 应是一个 .xlsx 文件名，不是“${values.out}”`);
  const exported = await exportQuarter({ file, ...(values.out !== undefined && { out: values.out }), force: values.force ?? false });
  for (const warning of exported.warnings) console.log(formatDiagnostic(warning));
  console.log(`已导出：${relative(process.cwd(), exported.workbook)}（网站 ${exported.counts.websites} 家，政务新媒体 ${exported.counts.accounts} 个）`);
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

async function runImport(args: string[]): Promise<number> {
  const options = { into: { type: 'string' }, sheet: { type: 'string' }, kind: { type: 'string' } } as const;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  const [sheetFile, ...extra] = positionals;
  if (!sheetFile || extra.length > 0 || !values.into) throw new UsageError('tongbao import 需要一个表格文件和 --into 季度数据文件');
  const kind = values.kind === undefined ? undefined : KIND_NAMES[values.kind.trim()];
  if (values.kind !== undefined && !kind) throw new UsageError(`--kind 只能是“网站”或“政务新媒体”，不是“${values.kind}”`);
  const imported = await importSheet({ sheetFile, into: values.into, ...(values.sheet !== undefined && { sheet: values.sheet }), ...(kind && { kind }) });
  for (const problem of imported.problems) console.log(formatDiagnostic(problem));
  const { updated, added, unchanged } = imported.counts;
  const unread = imported.problems.filter((d) => d.severity === 'error').length;
  const what = imported.kind === 'websites' ? '网站' : '政务新媒体';
  const outcome = imported.written ? `已写入 ${relative(process.cwd(), resolve(values.into))}` : '季度数据文件无需改动，未写入';
  console.log(`导入${what}：更新 ${updated} 个，新增 ${added} 个，未变 ${unchanged} 个${unread > 0 ? `；${unread} 处未能读取，见上（这些行没有导入）` : ''}。${outcome}。`);
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
  return command === 'new' || command === 'export' || command === 'import' ? '，没有写入任何文件' : '';
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
      case 'export':
        return await runExport(rest);
      case 'import':
        return await runImport(rest);
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
