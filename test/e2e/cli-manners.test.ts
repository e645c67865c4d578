// The command line's manners: a version, help for each command, Chinese for every slip with the
// command meant, the office's own data folder taken when no file is named (never silently the
// bundled example), and one clear message when the file given is some other kind of file.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');
const EXAMPLE = join(PROJECT_ROOT, 'data', '示例市');

function tongbao(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** No English sentence from node's argument parser and no stack trace. */
function expectChineseOnly(text: string): void {
  expect(text).not.toMatch(/Unknown option|Option '|Unexpected argument|\n\s+at /);
}

describe('version and help', () => {
  it('--version prints the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = tongbao(['--version'], tmpdir());
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`tongbao ${version}`);
  });

  it('tongbao build --help explains the command and its options, and exits 0', () => {
    const run = tongbao(['build', '--help'], tmpdir());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const option of ['--format', '--out', '--browser', '--help']) expect(run.stdout).toContain(option);
    expect(run.stdout).not.toContain('tongbao summary');
  });
});

describe('slips in Chinese, with what was meant', () => {
  it('a mistyped command: 是否想写 build？ and exit 2', () => {
    const run = tongbao(['biuld'], tmpdir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不认识的命令“biuld”，是否想写 build？');
  });

  it('a mistyped option: 是否想写 --format？, the command’s usage, exit 2, nothing built', () => {
    const out = mkdtempSync(join(tmpdir(), 'tongbao-manners-out-'));
    const run = tongbao(['build', join(EXAMPLE, '2025-q3.yaml'), '--frmat', 'html', '--out', out], tmpdir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不认识的选项 --frmat，是否想写 --format？');
    expect(run.stderr).toContain('tongbao build [季度数据文件…]');
    expectChineseOnly(run.stderr);
    expect(spawnSync('ls', [out], { encoding: 'utf8' }).stdout).toBe('');
  });
});

describe('which quarter a command without a file is for', () => {
  let office: string;
  let folder: string;

  beforeAll(() => {
    office = mkdtempSync(join(tmpdir(), 'tongbao-manners-'));
    writeFileSync(join(office, 'package.json'), '{}\n');
    folder = join(office, 'data', '本市');
    cpSync(EXAMPLE, folder, { recursive: true });
  });

  it('check in the office’s own data folder checks that folder’s latest quarter and says so', () => {
    const run = tongbao(['check'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用当前文件夹最新一个季度 2025-q3.yaml');
    expect(run.stdout).not.toContain('示例市');
  });

  it('a data folder named on the command line means its latest quarter', () => {
    // the latest quarter is told by its period, not its file name
    renameSync(join(folder, '2025-q3.yaml'), join(folder, '本季度.yaml'));
    try {
      const run = tongbao(['check', join('data', '本市')], office);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`用其中最新一个季度 ${join('data', '本市', '本季度.yaml')}`);
    } finally {
      renameSync(join(folder, '本季度.yaml'), join(folder, '2025-q3.yaml'));
    }
  });

  it('outside any data folder, says there is no quarter to take instead of checking the bundled example', () => {
    const run = tongbao(['check'], office);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('也不是数据文件夹');
    expect(run.stdout).not.toContain('检查通过');
  });

  it('in tongbao’s own folder, takes the bundled example and says so', () => {
    const run = tongbao(['check'], PROJECT_ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用 tongbao 自带的示例 data/示例市/2025-q3.yaml');
  });

  it('another kind of file where a quarter file is expected: one message saying what it is', () => {
    writeFileSync(join(office, '网站.csv'), '网站名称,网站标识码\n示例市人民政府,4400000001\n');
    writeFileSync(join(folder, '汇总.yaml'), 'title: 汇总\nissuer: 示例市\ndate: 2025-10-15\nperiod: { year: 2025, quarter: 3 }\nbasis: [依据]\nsources:\n  - region: 甲区\n    quarter: 2025-q3.yaml\n');
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      [join(folder, 'seal.png'), 'TB127', '是 PNG 图片，不是季度文件'],
      [join(folder, '检查记录-2025-q3.xlsx'), 'TB127', '是 Excel 工作簿，不是季度文件'],
      [join(office, '网站.csv'), 'TB127', '是 CSV 表格，不是季度文件'],
      [join(folder, '_issuer.yaml'), 'TB123', '这是发文机关设置文件，不是季度数据文件'],
      [join(folder, '汇总.yaml'), 'TB123', '这是汇总文件，不是季度数据文件'],
    ];
    for (const [file, code, message] of cases) {
      const run = tongbao(['check', file], office);
      expect(run.code, file).toBe(1);
      expect(run.stderr, file).toContain(message);
      expect(run.stderr.match(/（TB\d+）/g), file).toEqual([`（${code}）`]);
    }
    const summaryOfQuarter = tongbao(['summary', join(folder, '2025-q3.yaml'), '--format', 'html', '--out', join(office, 'out')], office);
    expect(summaryOfQuarter.code).toBe(1);
    expect(summaryOfQuarter.stderr.match(/（TB\d+）/g)).toEqual(['（TB128）']);
    expect(summaryOfQuarter.stderr).toContain('这是季度数据文件，不是汇总文件');
  });
});
