// The command line as office staff meet it: exit codes, Chinese messages with
// file:line:column and no stack trace, nothing lost when a build fails or when it succeeds
// (only the files it writes are replaced), same bytes twice.

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../unit/robust/corpus.js';
import { LOCKING_WORKS, lockAgainstWrites } from '../unit/robust/locking.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');

function tongbao(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A project of the office's own: a copy of the example with its own package.json. */
function officeProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'tongbao-office-'));
  writeFileSync(join(project, 'package.json'), '{}\n');
  cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(project, 'data', '示例市'), { recursive: true });
  return project;
}

describe('tongbao build on an office project', () => {
  let project: string;
  let quarterFile: string;
  let noticeFolder: string;
  let firstBuild: Record<string, string>;

  beforeAll(() => {
    project = officeProject();
    quarterFile = join('data', '示例市', '2025-q3.yaml');
    noticeFolder = join(project, 'out', '示例市', '2025-q3');
    const run = tongbao(['build', quarterFile], project);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    firstBuild = snapshot(noticeFolder);
  });

  it('writes every format and says where', () => {
    expect(Object.keys(firstBuild)).toEqual(['.tongbao-build.json', '图1.png', '图1.svg', '通报.docx', '通报.fragment.html', '通报.html', '通报.pdf', '通报.公开信息.json', '通报.公开信息.txt']);
  });

  it('gives the same bytes when built again from the same input', () => {
    // --force: unchanged, it would be skipped
    expect(tongbao(['build', quarterFile, '--force'], project).code).toBe(0);
    expect(snapshot(noticeFolder)).toEqual(firstBuild);
  });

  it('on bad data, names file:line:column and the field in Chinese, exits 1 and leaves the outputs untouched', () => {
    const file = join(project, quarterFile);
    const good = readFileSync(file, 'utf8');
    const bad = good.replace('received: 37, finished: 37', 'received: 三十七, finished: 37');
    expect(bad).not.toBe(good);
    writeFileSync(file, bad);
    try {
      const run = tongbao(['build', quarterFile], project);
      expect(run.code).toBe(1);
      const line = bad.split('\n').findIndex((l) => l.includes('三十七')) + 1;
      expect(run.stderr).toMatch(new RegExp(`2025-q3\\.yaml:${line}:\\d+ messages\\[0\\]\\.received`));
      expect(run.stderr).toContain('三十七');
      expect(run.stderr).toContain('原有的输出保持不变');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(noticeFolder)).toEqual(firstBuild);
    } finally {
      writeFileSync(file, good);
    }
  });

  it('checks without writing, and rejects wrong usage with exit code 2', () => {
    const checked = tongbao(['check', quarterFile], project);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('检查通过');
    const wrongFormat = tongbao(['build', quarterFile, '--format', 'odt'], project);
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.stderr).toContain('--format');
    expect(tongbao(['publish'], project).code).toBe(2);
  });

  it('rebuilding only the HTML replaces only the HTML: the DOCX, the PDF and the user’s own files stay as they were', () => {
    const file = join(project, quarterFile);
    const good = readFileSync(file, 'utf8');
    const edited = good.replace('信息发布审核机制不健全。', '信息发布审核机制不健全，本次重新生成。');
    expect(edited).not.toBe(good);
    mkdirSync(join(noticeFolder, '我的资料'));
    writeFileSync(join(noticeFolder, '我的资料', '底稿.txt'), '自己的底稿');
    copyFileSync(join(noticeFolder, '通报.docx'), join(noticeFolder, '我的修改.docx'));
    const before = snapshot(noticeFolder);
    writeFileSync(file, edited);
    try {
      const run = tongbao(['build', quarterFile, '--format', 'html'], project);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const after = snapshot(noticeFolder);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const kept of ['通报.docx', '通报.pdf', '我的修改.docx', '我的资料/底稿.txt']) expect(after[kept], kept).toBe(before[kept]);
      for (const page of ['通报.html', '通报.fragment.html']) {
        expect(readFileSync(join(noticeFolder, page), 'utf8'), page).toContain('本次重新生成');
      }
    } finally {
      writeFileSync(file, good);
      rmSync(join(noticeFolder, '我的资料'), { recursive: true });
      rmSync(join(noticeFolder, '我的修改.docx'));
    }
  });
});

describe('tongbao build where its files cannot go', () => {
  let project: string;
  const quarterFile = join('data', '示例市', '2025-q3.yaml');

  beforeAll(() => {
    project = officeProject();
  });

  /** A failed build as the user meets it: exit 1, no stack trace, the closing line, and nothing rendered. */
  function failsBeforeRendering(args: string[]): string {
    const run = tongbao(['build', ...args, '--format', 'html,docx'], project);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at |内部错误/);
    expect(run.stderr).toContain('未生成任何文件；原有的输出保持不变');
    expect(run.stdout).not.toContain('输出 ');
    return run.stderr;
  }

  it('--out naming an existing file: names it in Chinese, exits 1, leaves the file as it was', () => {
    writeFileSync(join(project, '发布稿'), '这是一个文件');
    const stderr = failsBeforeRendering([quarterFile, '--out', '发布稿']);
    expect(stderr).toContain('错误：“发布稿”是一个文件，不是文件夹，不能把生成的文件放进去（TB602）');
    expect(stderr).toContain('用 --out 另选一个输出文件夹');
    expect(readFileSync(join(project, '发布稿'), 'utf8')).toBe('这是一个文件');
  });

  it('two quarter files bound for one folder: names both and the folder, writes nothing', () => {
    const copy = join('data', '示例市', '2025-q3-副本.yaml');
    copyFileSync(join(project, quarterFile), join(project, copy));
    try {
      const stderr = failsBeforeRendering([quarterFile, copy, '--out', '两份']);
      const folder = join('两份', '示例市', '2025-q3');
      expect(stderr).toContain(`错误：“${quarterFile}”和“${copy}”都要输出到文件夹“${folder}”，后生成的会覆盖先生成的（TB601）`);
      expect(existsSync(join(project, '两份'))).toBe(false);
    } finally {
      rmSync(join(project, copy));
    }
  });

  it.skipIf(!LOCKING_WORKS)('an output folder that takes no new files: a Chinese error and exit 1, not an internal error', () => {
    mkdirSync(join(project, '只读'));
    const unlock = lockAgainstWrites(join(project, '只读'));
    try {
      const stderr = failsBeforeRendering([quarterFile, '--out', '只读']);
      expect(stderr).toMatch(/错误：无法在文件夹“只读”里写入文件（.+，E[A-Z]+）（TB603）/);
    } finally {
      unlock();
    }
  });
});
