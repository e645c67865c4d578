// `tongbao new` as office staff meet it, on a copy of the bundled example: the next
// quarter's file, what to fill in printed, a check that names what is still to fill in,
// a file that checks once filled in, and nothing overwritten or left behind on a refusal.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuarter } from '../../src/load/index.js';
import type { QuarterRecords } from '../../src/model/records.js';
import { fillIn, listedForRectification, officeCopy } from '../unit/new/office-copy.js';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'tongbao.mjs');

function tongbao(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const FAILING_LAST_QUARTER = ['w20', 'w22', 'a012', 'a054', 'a065', 'a071', 'a077'];

describe('tongbao new on a copy of the example', () => {
  let root: string;
  let folder: string;
  let made: ReturnType<typeof tongbao>;
  const written = () => join(folder, '2025-q4.yaml');

  beforeAll(() => {
    ({ root, folder } = officeCopy(afterAll));
    made = tongbao(['new', join('data', '示例市')], root);
  });

  it('writes 2025-q4.yaml and prints what it carried and what to fill in next', async () => {
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const lines = made.stdout.split('\n');
    expect(lines[0]).toBe(`已生成 ${join('data', '示例市', '2025-q4.yaml')}（2025年第四季度，上一季度为 ${join('data', '示例市', '2025-q3.yaml')}）。`);
    expect(made.stdout).toContain('带入本季度：网站 24 家、账号 79 个，各项检查结果已清空。');
    expect(made.stdout).toContain('上季度已关停、没有带入的：账号 1 个（a034 示例商务）。');
    expect(made.stdout).toContain('date、monitoringPoint、deadline、window.start、window.end');
    for (const id of FAILING_LAST_QUARTER) expect(made.stdout).toMatch(new RegExp(`^ {5}${id} {2}`, 'm'));
    expect(lines.slice(-3)).toEqual([`  tongbao check ${join('data', '示例市', '2025-q4.yaml')}`, `  tongbao build ${join('data', '示例市', '2025-q4.yaml')}`, '']);
  });

  it('writes a file the check refuses only for what is still to fill in, and accepts once filled in', async () => {
    const text = readFileSync(written(), 'utf8');
    expect(listedForRectification(text)).toEqual(FAILING_LAST_QUARTER);
    const unfilled = tongbao(['check', written()], root);
    expect(unfilled.code).toBe(1);
    expect(unfilled.stderr).toContain('“待填写”不是有效的日期（TB209）');
    expect(unfilled.stderr).toContain(`上季度不合格的 ${FAILING_LAST_QUARTER.join('、')} 没有写整改结果（TB221）`);
    expect(unfilled.stderr).toContain('缺少必填字段“received”（TB105）');
    expect(unfilled.stderr).toMatch(/共 8 处错误。\n$/);

    writeFileSync(written(), fillIn(text, { year: 2025, quarter: 4 }));
    const filled = tongbao(['check', written()], root);
    expect(filled.stderr).toBe('');
    expect(filled.code).toBe(0);
    const records = await loadQuarter({ file: written() });
    expect(records.period).toEqual({ year: 2025, quarter: 4 });
    expect((records.previous as QuarterRecords).period).toEqual({ year: 2025, quarter: 3 });
    expect(records.websites.map((site) => site.id)).toEqual((records.previous as QuarterRecords).websites.map((site) => site.id));
    expect(records.websites.every((site) => site.checked && site.veto.length === 0 && site.scores === undefined)).toBe(true);
    expect(records.rectification).toEqual({ fixed: FAILING_LAST_QUARTER, stillFailing: [], notReported: [] });
  });

  it('refuses to write over a file of the next quarter’s name, exit 1, leaving it byte for byte', async () => {
    // the filled-in Q4 is now the latest, so 2026-q1.yaml comes next: the office already has one, of its own
    const own = join(folder, '2026-q1.yaml');
    writeFileSync(own, '# 自己的草稿\nperiod: { year: 2025, quarter: 1 }\n');
    const before = readFileSync(own);
    const listing = readdirSync(folder).sort();
    const refused = tongbao(['new', folder], root);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/2026-q1\.yaml”已经存在，tongbao new 不会覆盖它（TB653）/);
    expect(refused.stderr).toMatch(/共 1 处错误，没有写入任何文件。\n$/);
    expect(readFileSync(own).equals(before)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(listing);
  });

  it('says what is wrong with the folder or the command, without a stack trace', async () => {
    const missing = tongbao(['new', '没有这个文件夹'], root);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('“没有这个文件夹”不存在（TB651）');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const bare = tongbao(['new'], root);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^tongbao new 需要且只需要一个数据文件夹/);
    expect(bare.stderr).toContain('tongbao new 数据文件夹');
  });
});
