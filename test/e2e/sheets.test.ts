// `tongbao check` on records kept in sheets, as an office runs it: the sample sheets pass,
// a sheet's unknown column is a warning printed with its place, and the sample with mistakes
// names each at its workbook, sheet, cell and header, exits 1, with no stack trace.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');

const project = mkdtempSync(join(tmpdir(), 'tongbao-sheets-'));
writeFileSync(join(project, 'package.json'), '{}\n');
cpSync(join(PROJECT_ROOT, 'test/fixtures/sheets'), join(project, '示例市'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

function tongbao(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: project, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('tongbao check on records in sheets', () => {
  it('passes the sample sheets, printing a column it does not know as a warning at its sheet', () => {
    const csv = join(project, '示例市/账号-区县.csv');
    writeFileSync(csv, '\uFEFF账号名称,平台,开办主体,所属地区,联系人\n东区发布,微信,东区人民政府办公室,东区,张三\n');

    const run = tongbao(['check', '示例市/2025-q3.yaml']);

    expect(run.code).toBe(0);
    expect(run.output).toContain('示例市/账号-区县.csv A1 — 警告：不认识这些列，不会读取：E 列“联系人”（TB157）');
    expect(run.output).toContain('检查通过');
  });

  it('names every mistake at its workbook, sheet, cell and header, exits 1, with no stack trace', () => {
    const run = tongbao(['check', '示例市/有误/2025-q3.yaml']);

    expect(run.code).toBe(1);
    expect(run.output).toContain('示例市/有误/网站-有误.xlsx 网站!H4 发布解读 — 错误：这里应填写数字（如 27.5，不加引号），实际是文字“二十”（TB103）');
    expect(run.output).toContain('示例市/有误/账号-平台.csv B2 平台 — 错误：平台“推特”不在平台列表中（TB205）');
    expect(run.output).not.toMatch(/\n\s+at /);
  });
});
