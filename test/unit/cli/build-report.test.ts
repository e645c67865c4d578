// The batch's progress as each kind of output gets it: one line redrawn in place on a terminal,
// a plain line per notice elsewhere, nothing with --quiet; warnings above the bar.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoticeOutcome } from '../../../src/build.js';
import { batchReporter, progressStyle } from '../../../src/cli/build-report.js';

const built = (region: string): NoticeOutcome => ({ kind: 'built', source: join(region, '2025-q3.yaml'), folder: join('out', region, '2025-q3'), files: [] });

/** What a reporter writes while three notices build, two at once, one warning on the way. */
function written(options: { isTTY: boolean; quiet: boolean }): string {
  let text = '';
  const out = { isTTY: options.isTTY, columns: 60, write: (chunk: string) => void (text += chunk) };
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
