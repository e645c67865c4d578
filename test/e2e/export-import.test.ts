// export → import → export → import through the command line on a copy of the bundled
// example: the records come back as they were, a second import changes no byte, and the
// commands refuse what they must (an existing workbook, misuse) with Chinese messages.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuarter } from '../../src/load/index.js';
import type { QuarterRecords } from '../../src/model/records.js';
import { useYamlRecords } from '../fixtures/example-yaml/use.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');

function tongbao(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The unit records as data, without where each was read from. */
function units(records: QuarterRecords) {
  const plain = (list: readonly { place: unknown }[]) => list.map(({ place: _place, ...unit }) => unit);
  return { websites: plain(records.websites), accounts: plain(records.accounts) };
}

// each command starts tsx afresh (seconds on a busy 2-core machine), and a test runs up to four
describe('tongbao export and import', { timeout: 300_000 }, () => {
  let project: string;
  const original = join('data', '示例市', '2025-q3.yaml');
  const copy = join('data', '示例市', '2025-q3-导入.yaml');
  const workbook = join('data', '示例市', '2025-q3.xlsx');

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'tongbao-io-'));
    writeFileSync(join(project, 'package.json'), '{}\n');
    cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(project, 'data', '示例市'), { recursive: true });
    // the original quarter with its units in YAML, so a sheet can be imported into it too
    useYamlRecords(join(project, 'data', '示例市'));
    const exported = tongbao(['export', original], project);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`已导出：${workbook}`);
  });

  it('imports the exported workbook into an empty quarter with every record as it was', async () => {
    writeFileSync(join(project, copy), 'period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\n');
    for (const sheet of ['网站', '政务新媒体']) {
      const run = tongbao(['import', workbook, '--sheet', sheet, '--into', copy], project);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/新增 \d+ 个，未变 0 个。已写入/);
    }
    const [before, after] = [await loadQuarter({ file: join(project, original) }), await loadQuarter({ file: join(project, copy) })];
    expect(units(after)).toEqual(units(before));
    expect(after.websites.length).toBeGreaterThan(20);
  });

  it('changes no byte when the same sheets are imported again, into the copy or the original', () => {
    for (const target of [copy, original]) {
      const text = readFileSync(join(project, target));
      for (const sheet of ['网站', '政务新媒体']) {
        const run = tongbao(['import', workbook, '--sheet', sheet, '--into', target], project);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/更新 0 个，新增 0 个，未变 \d+ 个。季度数据文件无需改动，未写入。/);
      }
      expect(Buffer.compare(readFileSync(join(project, target)), text)).toBe(0);
    }
  });

  it('exports the imported copy to the same cells as the original', () => {
    const again = tongbao(['export', copy, '--out', 'again.xlsx'], project);
    expect(again.code).toBe(0);
    const overwrite = tongbao(['export', original], project);
    expect(overwrite.code).toBe(1);
    expect(overwrite.stderr).toContain('TB621');
    expect(overwrite.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    const forced = tongbao(['export', original, '--force', '--out', 'first.xlsx'], project);
    expect(forced.code).toBe(0);
    // both quarters carry the same date, so the workbooks are the same bytes
    expect(Buffer.compare(readFileSync(join(project, 'again.xlsx')), readFileSync(join(project, 'first.xlsx')))).toBe(0);
  });

  it('imports the readable rows of a sheet, names each unreadable one at its cell, and stops at a row the checks refuse', () => {
    const quarter = join('data', '示例市', '2025-q3-表格.yaml');
    const head = 'period: { year: 2025, quarter: 3 }\ndate: 2025-10-15\n';
    writeFileSync(join(project, quarter), head);
    const sheet = join('data', '示例市', '账号.csv');
    const csv = (platform: string) =>
      `账号名称,平台,开办主体,所属地区,是否检查\n示例发布,微信订阅号,市政府办公室,市本级,是\n示例教育,${platform},市教育局,市本级,是\n示例卫健,新浪微博,市卫健委,市本级,也许\n`;
    // a platform the issuer does not list is refused by the checks: nothing is written, the cell is named
    writeFileSync(join(project, sheet), csv('博客'));
    const refused = tongbao(['import', sheet, '--into', quarter], project);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/账号\.csv B3 平台 — 错误：.*TB205/);
    expect(refused.stderr).toContain('没有写入任何文件');
    expect(readFileSync(join(project, quarter), 'utf8')).toBe(head);
    // a cell that cannot be read leaves its row out; the others are imported
    writeFileSync(join(project, sheet), csv('新浪微博'));
    const run = tongbao(['import', sheet, '--into', quarter], project);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/账号\.csv E4 是否检查 — 错误：/);
    expect(run.stdout).toContain('导入政务新媒体：更新 0 个，新增 2 个，未变 0 个；1 处未能读取，见上（这些行没有导入）。已写入');
  });

  it('tells misuse apart: exit 2 with the usage', () => {
    const missing = tongbao(['import', workbook], project);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--into');
    const kind = tongbao(['import', workbook, '--into', copy, '--kind', '博客'], project);
    expect(kind.code).toBe(2);
    expect(tongbao(['export', original, '--out', 'a.docx'], project).code).toBe(2);
  });
});
