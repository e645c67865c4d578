// Many notices in one `tongbao build`, as an office builds every region's notice each quarter:
// folders and patterns name them, a bad one among good ones fails alone and is listed at the
// end, unchanged notices are skipped (until their data, or their outputs, change, or --force),
// the outputs are the bytes single builds give, and progress is shown only where it can be.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../unit/robust/corpus.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');
const REGIONS = ['甲市', '乙市', '丙市'];
const QUARTER = '2025-q3.yaml';

function tongbao(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** An office project with three data folders, each a copy of the example. */
function regionsProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'tongbao-batch-'));
  writeFileSync(join(project, 'package.json'), '{}\n');
  for (const region of REGIONS) cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(project, 'data', region), { recursive: true });
  return project;
}

const outputsOf = (project: string, region: string) => snapshot(join(project, 'out', region, '2025-q3'));

/** Runs `change` on a region's quarter file, then puts it back. */
function withQuarterEdited<T>(project: string, region: string, edit: (text: string) => string, run: () => T): T {
  const file = join(project, 'data', region, QUARTER);
  const original = readFileSync(file, 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  writeFileSync(file, edited);
  try {
    return run();
  } finally {
    writeFileSync(file, original);
  }
}

describe('tongbao build of a folder of data folders (HTML and DOCX)', () => {
  let project: string;
  let first: ReturnType<typeof tongbao>;
  let firstOutputs: Record<string, Record<string, string>>;
  const build = (...extra: string[]) => tongbao(['build', 'data', '--format', 'html,docx', ...extra], project);

  beforeAll(() => {
    project = regionsProject();
    first = build();
    firstOutputs = Object.fromEntries(REGIONS.map((region) => [region, outputsOf(project, region)]));
  });

  it('builds the latest quarter of every data folder below it, one plain line per notice when not on a terminal', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('文件夹“data”：找到 3 个数据文件夹，各用其中最新一个季度');
    const lines = first.stdout.split('\n').filter((line) => /^\[\d\/3\]/.test(line));
    expect(lines.map((line) => line.replace(/^\[\d\/3\] /, '')).sort()).toEqual(REGIONS.map((region) => `已生成 ${join('out', region, '2025-q3')}`).sort());
    expect(first.stdout).toContain('共 3 份通报：成功 3，跳过 0，失败 0。');
    // no bar on a pipe: nothing redrawn in place
    expect(first.stdout).not.toMatch(/[\r\x1b]/);
    for (const region of REGIONS) expect(Object.keys(firstOutputs[region]!)).toContain('通报.docx');
  });

  it('skips unchanged notices, and rebuilds one whose data was edited or whose output was deleted', () => {
    const again = build();
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('共 3 份通报：成功 0，跳过 3（输出已是最新；要重新生成请加 --force），失败 0。');
    for (const region of REGIONS) expect(outputsOf(project, region)).toEqual(firstOutputs[region]);

    rmSync(join(project, 'out', '丙市', '2025-q3', '通报.docx'));
    const edited = withQuarterEdited(project, '甲市', (text) => text.replace('信息发布审核机制不健全。', '信息发布审核机制不健全，已重新生成。'), build);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('共 3 份通报：成功 2，跳过 1（输出已是最新；要重新生成请加 --force），失败 0。');
    expect(edited.stdout).toContain(`未改动，跳过 ${join('data', '乙市', QUARTER)}`);
    expect(readFileSync(join(project, 'out', '甲市', '2025-q3', '通报.html'), 'utf8')).toContain('已重新生成');
    expect(outputsOf(project, '丙市')).toEqual(firstOutputs['丙市']);
  });

  it('--force rebuilds unchanged notices; --quiet says nothing when all went well', () => {
    const forced = build('--force', '--quiet');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe('');
    expect(forced.stderr).toBe('');
    const told = build('--force');
    expect(told.stdout).toContain('共 3 份通报：成功 3，跳过 0，失败 0。');
  });

  it('a bad notice among good ones: the good ones are built, the bad one is listed with its problem, its old outputs stay, exit 1', () => {
    const before = outputsOf(project, '乙市');
    const run = withQuarterEdited(project, '乙市', (text) => text.replace('received: 37, finished: 37', 'received: 三十七, finished: 37'), () => build('--force'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2025-q3\.yaml:\d+:\d+ messages\[0\]\.received/);
    expect(run.stderr).toContain('共 3 份通报：成功 2，跳过 0，失败 1。失败的通报未生成任何文件；原有的输出保持不变：');
    expect(run.stderr).toContain(`  ${join('data', '乙市', QUARTER)}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toContain(`失败 ${join('data', '乙市', QUARTER)}`);
    expect(outputsOf(project, '乙市')).toEqual(before);
  });

  it('expands patterns itself, and says so when a pattern or a folder names no data', () => {
    const patterned = tongbao(['build', 'data/*市/2025-q3.yaml', '--format', 'html', '--out', 'out-html'], project);
    expect(patterned.code).toBe(0);
    expect(patterned.stdout).toContain('共 3 份通报：成功 3，跳过 0，失败 0。');
    const nothing = tongbao(['build', 'data/*县/*.yaml'], project);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('“data/*县/*.yaml”没有匹配到任何文件或文件夹');
    const empty = tongbao(['build', 'out-html'], project);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('文件夹“out-html”不是数据文件夹，里面也没有数据文件夹');
  });
});

describe('a batch gives the bytes single builds give (all three formats)', () => {
  it('two notices built together, PDF included, equal each built alone', () => {
    const project = regionsProject();
    const together = tongbao(['build', 'data/甲市', 'data/乙市', '--out', 'together'], project);
    expect(together.stderr).toBe('');
    expect(together.code).toBe(0);
    const alone = tongbao(['build', 'data/乙市', '--out', 'alone'], project);
    expect(alone.code).toBe(0);
    const built = snapshot(join(project, 'together', '乙市'));
    expect(Object.keys(built)).toContain('2025-q3/通报.pdf');
    expect(built).toEqual(snapshot(join(project, 'alone', '乙市')));
  });
});

describe('a data folder whose latest quarter cannot be told, among good ones (HTML)', () => {
  it('fails alone with the problems a build of it alone shows; the other folders are built, exit 1', () => {
    const project = regionsProject();
    // a quarter file that cannot be read might be the latest; a folder with no quarter file has none
    writeFileSync(join(project, 'data', '乙市', '2025-q4.yaml'), 'period: { year: 2025, quarter: 4\n');
    for (const name of ['2025-q2.yaml', QUARTER]) rmSync(join(project, 'data', '丙市', name));

    const batch = tongbao(['build', 'data', '--format', 'html'], project);
    expect(batch.code).toBe(1);
    expect(batch.stdout).toContain(`已生成 ${join('out', '甲市', '2025-q3')}`);
    expect(Object.keys(outputsOf(project, '甲市'))).toContain('通报.html');
    expect(batch.stderr).toContain('共 3 份通报：成功 1，跳过 0，失败 2。失败的通报未生成任何文件；原有的输出保持不变：');
    expect(batch.stderr).not.toMatch(/\n\s+at /);
    for (const region of ['乙市', '丙市']) {
      const alone = tongbao(['build', join('data', region), '--format', 'html'], project);
      expect(alone.code).toBe(1);
      expect(alone.stdout).toBe('');
      // a single build's problems, then its tally: the batch names the folder and shows the same problems
      const [problems, tally] = alone.stderr.split('\n\n');
      expect(tally).toBe('共 1 处错误，未生成任何文件；原有的输出保持不变。\n');
      expect(batch.stderr).toContain(`\n${join('data', region)}：\n${problems}\n`);
      expect(batch.stderr).toContain(`\n  ${join('data', region)}`);
      expect(batch.stdout).toContain(`失败 ${join('data', region)}`);
    }
    expect(batch.stderr).toMatch(/2025-q4\.yaml:\d+:\d+ — 错误：YAML 写法有误.*（TB101）/);
    expect(batch.stderr).toMatch(/丙市”里没有季度检查记录文件.*（TB652）/);
  });
});
