// What each command is for and how to type it: `tongbao help` lists every command in a few
// lines, `tongbao <command> --help` explains one with its options, and a mistyped command line
// shows its command's lines under the message.

import { DEFAULT_PREVIEW_PORT } from '../preview/port.js';
import type { OptionSpec } from './arguments.js';

/** An option as read (arguments.ts) and as explained (`--help`). */
export interface OptionHelp extends OptionSpec {
  readonly text: string;
}

export interface CommandHelp {
  /** how to type it: 「tongbao build [季度数据文件…] [--format html,docx,pdf] …」 */
  readonly synopsis: string;
  /** what it does, a line or two */
  readonly summary: readonly string[];
  /** option (without `--`) → how it is read and what it does */
  readonly options: Readonly<Record<string, OptionHelp>>;
}

const NO_FILE_GIVEN =
  '不写数据文件时，用当前文件夹（放 _issuer.yaml 和各季度文件的数据文件夹）里最新一个季度；在 tongbao 自己的文件夹里用自带示例 data/示例市。写一个数据文件夹也一样用其中最新一个季度。';

const OUTPUT_OPTIONS = {
  format: { type: 'string', example: 'html,docx', text: '生成哪几种格式（html、docx、pdf、ofd），用逗号分隔；不写时生成 html、docx、pdf 三种，OFD 要写明' },
  out: { type: 'string', example: 'out', text: '输出文件夹，默认是当前文件夹下的 out' },
  browser: { type: 'string', example: '浏览器路径', text: '生成 PDF 用的浏览器（Chrome、Edge 或 Chromium）的路径；不写时自动查找' },
} as const;

export const COMMAND_HELP = {
  build: {
    synopsis: 'tongbao build [季度数据文件…] [--format html,docx,pdf] [--out 输出文件夹] [--browser 浏览器路径] [--force] [--quiet]',
    summary: [
      '生成通报，输出到 out/<发文单位文件夹>/<年>-q<季度>/通报.{html,fragment.html,docx,pdf}。',
      NO_FILE_GIVEN,
      '写一个放着多个数据文件夹的文件夹（如 data）时，生成其中每个数据文件夹最新一个季度的通报；也可以写通配符，如 data/*/2025-q3.yaml。',
      '一次生成多份时，一份出错不影响其他各份，最后列出出错的；数据、模板和设置都没有改动过的通报跳过不再生成。',
    ],
    options: {
      ...OUTPUT_OPTIONS,
      force: { type: 'boolean', text: '数据和模板没有改动过的通报也重新生成' },
      quiet: { type: 'boolean', text: '不显示进度，只显示警告和错误' },
    },
  },
  check: {
    synopsis: 'tongbao check [季度数据文件…]',
    summary: ['只检查数据和模板，不生成文件。', NO_FILE_GIVEN],
    options: {},
  },
  preview: {
    synopsis: `tongbao preview [季度数据文件] [--port ${DEFAULT_PREVIEW_PORT}]`,
    summary: [`在 http://127.0.0.1:${DEFAULT_PREVIEW_PORT}/ 预览通报网页，数据或模板一保存就自动更新；按 Ctrl+C 结束。`, NO_FILE_GIVEN],
    options: { port: { type: 'string', example: String(DEFAULT_PREVIEW_PORT), text: `预览网页用的端口，1～65535，默认 ${DEFAULT_PREVIEW_PORT}` } },
  },
  summary: {
    synopsis: 'tongbao summary 汇总数据文件 [--format html,docx,pdf] [--out 输出文件夹] [--browser 浏览器路径]',
    summary: ['生成同一季度各地区检查情况的汇总报告，输出到 out/<汇总文件夹>/summary/汇总.{html,fragment.html,docx,pdf}。'],
    options: OUTPUT_OPTIONS,
  },
  export: {
    synopsis: 'tongbao export 季度数据文件 [--out 工作簿.xlsx] [--force]',
    summary: [
      '把本季度的网站和政务新媒体记录导出为 Excel 工作簿（默认写在数据文件旁，如 2025-q3.xlsx），附 tongbao 算出的是否合格和得分。',
    ],
    options: {
      out: { type: 'string', example: '工作簿.xlsx', text: '工作簿的文件名（.xlsx）' },
      force: { type: 'boolean', text: '已有同名文件时覆盖它；不写时不覆盖' },
    },
  },
  import: {
    synopsis: 'tongbao import 表格.xlsx|表格.csv --into 季度数据文件 [--sheet 工作表名称] [--kind 网站|政务新媒体]',
    summary: [
      '把表格里的网站或账号合并进季度数据文件的 websites 或 accounts 列表：已有的单位（网站标识码、编号或名称和主办单位相同）只更新表格里有的列，',
      '没有的单位添加在列表末尾；文件里手写的字段和注释都保留。',
    ],
    options: {
      into: { type: 'string', example: '2025-q3.yaml', text: '要合并进的季度数据文件（必填）' },
      sheet: { type: 'string', example: '网站', text: '工作簿里要读的工作表；不写时读第一个工作表' },
      kind: { type: 'string', example: '网站', text: '表格里是“网站”还是“政务新媒体”；不写时按表头判断' },
    },
  },
  fonts: {
    synopsis: 'tongbao fonts [数据文件夹] [--browser 浏览器路径]',
    summary: [
      '列出本机的字体：标题、正文、各级标题和页码在 PDF 里实际用的字体（是否为 Type 3），DOCX 里写的字体名本机是否安装，以及要装哪些字体才是公文的正式效果。',
      '写数据文件夹（或在数据文件夹里运行）时按发文单位 _issuer.yaml 的 fonts 设置检查。',
    ],
    options: { browser: OUTPUT_OPTIONS.browser },
  },
  new: {
    synopsis: 'tongbao new 数据文件夹',
    summary: ['根据文件夹里最新一个季度的文件生成下一季度的文件（如 2025-q4.yaml）：网站和账号带入、检查结果清空、', '列出上季度不合格单位待填整改情况；不覆盖已有的文件。'],
    options: {},
  },
} as const satisfies Readonly<Record<string, CommandHelp>>;

export type CommandName = keyof typeof COMMAND_HELP;

export const COMMAND_NAMES = Object.keys(COMMAND_HELP) as CommandName[];

const indented = (lines: readonly string[]): string[] => lines.map((line) => `      ${line}`);

/** Every command in a few lines, for `tongbao help` and a mistyped command. */
export function overallUsage(): string {
  const commands = COMMAND_NAMES.flatMap((name) => [`  ${COMMAND_HELP[name].synopsis}`, ...indented(COMMAND_HELP[name].summary)]);
  return ['用法：', ...commands, '  tongbao --version', '      显示 tongbao 的版本。', '  tongbao <命令> --help', '      显示一个命令的详细说明。'].join('\n');
}

/** One command with its options, for `tongbao <command> --help`. */
export function commandUsage(name: CommandName): string {
  const help: CommandHelp = COMMAND_HELP[name];
  const options = Object.entries(help.options).map(([option, { type, example, text }]) => `  --${option}${type === 'string' ? ` ${example ?? '值'}` : ''}\n      ${text}`);
  return ['用法：', `  ${help.synopsis}`, ...indented(help.summary), '', '选项：', ...options, '  -h, --help\n      显示这段说明'].join('\n');
}
