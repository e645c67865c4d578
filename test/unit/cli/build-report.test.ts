// The batch's progress as each kind of output gets it: one line redrawn in place on a terminal,
// a plain line per notice elsewhere, nothing with --quiet; warnings above the bar.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoticeOutcome } from '../../../src/build.js';
import { batchReporter, batchSummary, progressStyle } from '../../../src/cli/build-report.js';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';

const built = (region: string): NoticeOutcome => ({ kind: 'built', source: join(region, '2025-q3.yaml'), folder: join('out', region, '2025-q3'), files: [] });

/** What a reporter writes while three notices build, two at once, one warning on the way. */
function written(options: { isTTY: boolean; quiet: boolean; columns?: number }): string {
  let text = '';
  const out = { isTTY: options.isTTY, columns: options.columns ?? 60, write: (chunk: string) => void (text += chunk) };
  const reporter = batchReporter({ total: 3, style: progressStyle(out, options.quiet), out });
  reporter.progress.started(join('甲市', '2025-q3.yaml'));
  reporter.progress.started(join('乙市', '2025-q3.yaml'));
  reporter.warn({ code: 'TB901', severity: 'warning', message: '示例警告' }, join('乙市', '2025-q3.yaml'));
  reporter.progress.finished(built('甲市'));
  reporter.progress.started(join('丙市', '2025-q3.yaml'));
  reporter.progress.finished({ kind: 'skipped', source: join('乙市', '2025-q3.yaml'), folder: join('out', '乙市', '2025-q3') });
  reporter.progress.finished({ kind: 'failed', source: join('丙市', '2025-q3.yaml'), error: new Error('x') });
  reporter.done();
  return text;
}

describe('batch progress', () => {
  it('on a terminal: one line redrawn in place with n/N and the notices in the works, cleared at the end', () => {
    const text = written({ isTTY: true, quiet: false });
    const frames = text.split('\r\x1b[2K');
    // the notices in the works, cut where the 60 columns end
    expect(frames).toContain(`生成通报 [#######-------------] 1/3  ${join('乙市', '2025-q3.yaml')}、丙`);
    expect(frames).toContain('生成通报 [####################] 3/3');
    // the only line ended is the warning's; the bar is cleared, not left behind
    expect(text.match(/\n/g)).toHaveLength(1);
    // a warning that names no file says which notice it is about
    expect(frames).toContain(`${join('乙市', '2025-q3.yaml')}：警告：示例警告（TB901）\n`);
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
    // cut to the terminal's 60 columns, a Chinese character taking two
    const columns = (frame: string) => [...frame].reduce((sum, c) => sum + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
    for (const frame of frames.filter((f) => f.startsWith('生成通报'))) expect(columns(frame)).toBeLessThan(60);
  });

  it('on a terminal of unknown width (0 columns, as under script): the bar as on 80 columns', () => {
    expect(written({ isTTY: true, quiet: false, columns: 0 }).split('\r\x1b[2K')).toContain('生成通报 [####################] 3/3');
  });

  it('elsewhere: a plain line per notice, nothing redrawn', () => {
    const text = written({ isTTY: false, quiet: false });
    expect(text).not.toMatch(/[\r\x1b]/);
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('['))).toEqual([
      `[1/3] 已生成 ${join('out', '甲市', '2025-q3')}`,
      `[2/3] 未改动，跳过 ${join('乙市', '2025-q3.yaml')}`,
      `[3/3] 失败 ${join('丙市', '2025-q3.yaml')}`,
    ]);
  });

  it('--quiet: no progress at all, only the warning', () => {
    const quiet = written({ isTTY: true, quiet: true });
    expect(quiet).not.toMatch(/[\r\x1b[]|\d\/3/);
    expect(quiet).toContain('示例警告');
  });
});

describe('the end of a batch', () => {
  it('lists the failed notices with their problems, the same problems once for all that share them, then the counts; exit 1', () => {
    const noBrowser = new TongbaoError([{ code: 'TB501', severity: 'error', message: '找不到可用的浏览器，不能生成 PDF。' }]);
    const badData = new TongbaoError([{ code: 'TB101', severity: 'error', message: '数据有错', place: { file: join('丙市', '2025-q3.yaml'), line: 3, column: 5 } }]);
    const failed = (region: string, error: unknown): NoticeOutcome => ({ kind: 'failed', source: join(region, '2025-q3.yaml'), error });
    const said: string[] = [];
    const complained: string[] = [];
    const code = batchSummary([built('丁市'), failed('甲市', noBrowser), failed('乙市', noBrowser), failed('丙市', badData)], {
      quiet: false,
      say: (line) => said.push(line),
      complain: (line) => complained.push(line),
    });
    expect(code).toBe(1);
    expect(said).toEqual([]);
    const text = complained.join('\n');
    expect(text.match(/TB501/g)).toHaveLength(1);
    expect(text).toContain(`${join('甲市', '2025-q3.yaml')}、${join('乙市', '2025-q3.yaml')}：\n错误：找不到可用的浏览器`);
    expect(text).toContain(`${join('丙市', '2025-q3.yaml')}:3:5 — 错误：数据有错（TB101）`);
    expect(text).toContain('共 4 份通报：成功 1，跳过 0，失败 3。失败的通报未生成任何文件；原有的输出保持不变：');
    expect(complained.slice(-3)).toEqual(['甲市', '乙市', '丙市'].map((region) => `  ${join(region, '2025-q3.yaml')}`));
  });

  it('all built: the counts on the standard output, nothing with --quiet; exit 0', () => {
    const said: string[] = [];
    expect(batchSummary([built('甲市')], { quiet: false, say: (line) => said.push(line), complain: () => {} })).toBe(0);
    expect(said).toEqual(['共 1 份通报：成功 1，跳过 0，失败 0。']);
    expect(batchSummary([built('甲市')], { quiet: true, say: (line) => said.push(line), complain: () => {} })).toBe(0);
    expect(said).toHaveLength(1);
  });
});
