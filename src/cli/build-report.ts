// What `tongbao build` says while a batch of notices builds and when it is done: on a terminal a
// progress bar, one line redrawn in place (n/N and the notice in the works); plain lines, one per
// notice, when the output goes to a file or another program, which cannot redraw; nothing with
// --quiet. Warnings are printed as they come, above the bar. At the end every failed notice
// with its problems, as a single build would show them, and the count of built, skipped and
// failed notices.

import { relative } from 'node:path';
import type { BuildProgress, NoticeOutcome } from '../build.js';
import { CODES } from '../diagnostics/codes.js';
import { isTongbaoError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/report.js';

export type ProgressStyle = 'bar' | 'lines' | 'quiet';

export interface Terminal {
  /** whether the output is a terminal that can redraw a line */
  readonly isTTY: boolean;
  /** the terminal's width in columns, when known (0 or absent: unknown, as under `script`) */
  readonly columns?: number;
  readonly write: (text: string) => void;
}

export function progressStyle(terminal: Pick<Terminal, 'isTTY'>, quiet: boolean): ProgressStyle {
  if (quiet) return 'quiet';
  return terminal.isTTY ? 'bar' : 'lines';
}

const BAR_WIDTH = 20;

/** Where a path is, as the user would type it from the folder the command runs in. */
const shown = (path: string): string => relative(process.cwd(), path) || path;

/** The words for a finished notice in the plain lines. */
function outcomeLine(outcome: NoticeOutcome): string {
  if (outcome.kind === 'built') return `已生成 ${shown(outcome.folder)}`;
  if (outcome.kind === 'skipped') return `未改动，跳过 ${shown(outcome.source)}`;
  return `失败 ${shown(outcome.source)}`;
}

/** Characters a terminal shows two columns wide: Chinese, Japanese and Korean, and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The line cut to `columns`: a line wrapped by the terminal cannot be redrawn in place. */
function fitted(line: string, columns: number): string {
  let used = 0;
  let kept = '';
  for (const character of line) {
    used += WIDE.test(character) ? 2 : 1;
    if (used > columns) break;
    kept += character;
  }
  return kept;
}

export interface BatchReporter {
  readonly progress: BuildProgress;
  /** a warning of the notice built from `source`; one that names no file says which notice it is about */
  readonly warn: (warning: Diagnostic, source: string) => void;
  /** clears the bar; called once the build is over */
  readonly done: () => void;
}

export function batchReporter(options: { total: number; style: ProgressStyle; out: Terminal }): BatchReporter {
  const { total, style, out } = options;
  const inWorks: string[] = [];
  let finished = 0;
  let barShown = false;
  const clearBar = (): void => {
    if (barShown) out.write('\r\x1b[2K');
    barShown = false;
  };
  const drawBar = (): void => {
    if (style !== 'bar') return;
    const filled = Math.round((finished / total) * BAR_WIDTH);
    const current = inWorks.length > 0 ? `  ${inWorks.map(shown).join('、')}` : '';
    const line = `生成通报 [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${finished}/${total}${current}`;
    out.write(`\r\x1b[2K${fitted(line, (out.columns || 80) - 1)}`);
    barShown = true;
  };
  return {
    progress: {
      started(source) {
        inWorks.push(source);
        drawBar();
      },
      finished(outcome) {
        finished += 1;
        const at = inWorks.indexOf(outcome.source);
        if (at >= 0) inWorks.splice(at, 1);
        if (style === 'lines') out.write(`[${finished}/${total}] ${outcomeLine(outcome)}\n`);
        drawBar();
      },
    },
    warn(warning, source) {
      clearBar();
      out.write(`${warning.place ? '' : `${shown(source)}：`}${formatDiagnostic(warning)}\n`);
      drawBar();
    },
    done: clearBar,
  };
}

/** The end of a batch: each failed notice with its problems, then the counts; the exit code. */
export function batchSummary(outcomes: readonly NoticeOutcome[], options: { quiet: boolean; say: (line: string) => void; complain: (line: string) => void }): number {
  const count = (kind: NoticeOutcome['kind']) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const failed = outcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome] : []));
  const skipped = count('skipped');
  // a notice skipped as unchanged may still want rebuilding after new fonts or another browser
  const tally = `共 ${outcomes.length} 份通报：成功 ${count('built')}，跳过 ${skipped}${skipped > 0 ? '（输出已是最新；要重新生成请加 --force）' : ''}，失败 ${failed.length}`;
  if (failed.length === 0) {
    if (!options.quiet) options.say(`${tally}。`);
    return 0;
  }
  const diagnostics: Diagnostic[] = [];
  let bug = false;
  // the same problems in many notices (no browser for any PDF) are said once, for all of them
  const sourcesByProblems = new Map<string, string[]>();
  for (const { source, error } of failed) {
    let problems: string;
    if (isTongbaoError(error)) {
      problems = error.diagnostics.map(formatDiagnostic).join('\n');
      diagnostics.push(...error.diagnostics);
    } else {
      bug = true;
      const trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
      problems = `tongbao 内部错误（这是程序的缺陷，不是数据的问题，请把以下信息报告给维护者）：\n${trace}`;
    }
    sourcesByProblems.set(problems, [...(sourcesByProblems.get(problems) ?? []), source]);
  }
  for (const [problems, sources] of sourcesByProblems) {
    const which = sources.length > 3 ? `${sources.slice(0, 3).map(shown).join('、')} 等 ${sources.length} 份通报` : sources.map(shown).join('、');
    options.complain(`\n${which}：\n${problems}`);
  }
  // a notice that failed part-way through putting its files in place says so (TB607) with what to do
  const unrestored = diagnostics.some((d) => d.code === CODES.outputRestoreFailed.code);
  const left = unrestored ? '有的输出未能恢复原样，请按上面的提示处理' : '未生成任何文件；原有的输出保持不变';
  options.complain(`\n${tally}。失败的通报${left}：`);
  for (const { source } of failed) options.complain(`  ${shown(source)}`);
  return bug ? 70 : 1;
}
