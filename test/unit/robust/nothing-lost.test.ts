// Nothing lost: a build that fails, for bad data, a lint error, a browser that dies at once or
// one that hangs, an output folder it cannot use or an output it cannot replace, leaves the
// previous outputs byte for byte as they were, says why in Chinese, and leaves no browser
// process behind. Problems with where the files go are found before anything renders.

import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { goodProject, snapshot } from './corpus.js';
import { LOCKING_WORKS, lockAgainstWrites } from './locking.js';

async function failedBuild(run: () => Promise<unknown>): Promise<readonly Diagnostic[]> {
  try {
    await run();
  } catch (error) {
    if (isTongbaoError(error)) return error.diagnostics;
    throw error;
  }
  throw new Error('the build succeeded');
}

function script(folder: string, name: string, body: string): string {
  const path = join(folder, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a failed build leaves the previous outputs untouched', () => {
  const project = goodProject();
  const scripts = mkdtempSync(join(tmpdir(), 'tongbao-browsers-'));
  const outDir = join(project.root, 'out');
  const quarter = join(project.issuerFolder, '2025-q3.yaml');
  const options = { files: [quarter], outDir, projectRoot: project.root };
  let previous: Record<string, string>;

  beforeAll(async () => {
    await build({ ...options, formats: ['html', 'docx'] });
    previous = snapshot(outDir);
  });
  afterAll(() => {
    project.remove();
    rmSync(scripts, { recursive: true, force: true });
  });

  it('has a previous build to protect', () => {
    expect(Object.keys(previous)).toEqual([
      '城/2025-q3/图1.png',
      '城/2025-q3/图1.svg',
      '城/2025-q3/通报.docx',
      '城/2025-q3/通报.fragment.html',
      '城/2025-q3/通报.html',
      '城/2025-q3/通报.公开信息.json',
      '城/2025-q3/通报.公开信息.txt',
    ]);
  });

  it('when the browser exits at once: TB501, nothing of the notice written', async () => {
    const browserPath = script(scripts, 'crashing-browser', 'echo "Segmentation fault" >&2\nexit 139');
    const problems = await failedBuild(() => build({ ...options, formats: ['html', 'docx', 'pdf'], browserPath }));
    expect(problems.map((d) => d.code)).toEqual(['TB501']);
    expect(problems[0]?.message).toContain(`无法启动浏览器 ${browserPath}`);
    expect(snapshot(outDir)).toEqual(previous);
  });

  it('when the browser hangs: TB501 says it is stuck after the timeout, and the browser is ended', async () => {
    const pidFile = join(scripts, 'hanging.pid');
    const browserPath = script(scripts, 'hanging-browser', `echo $$ > ${pidFile}\nexec sleep 600`);
    const started = performance.now();
    const problems = await failedBuild(() =>
      build({ ...options, formats: ['html', 'docx', 'pdf'], browserPath, browserLaunchTimeoutMs: 1500 }),
    );
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(problems.map((d) => d.code)).toEqual(['TB501']);
    expect(problems[0]?.message).toContain('秒内没有启动完成，看来已经卡住');
    expect(snapshot(outDir)).toEqual(previous);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await expect.poll(() => isRunning(pid), { timeout: 5000 }).toBe(false);
  });

  it('when the lint finds personal data: the error, at its place, and nothing written', async () => {
    const good = readFileSync(quarter, 'utf8');
    writeFileSync(quarter, good.replace('逐项整改到位。', '逐项整改到位，有疑问请联系13912345678。'));
    try {
      const problems = await failedBuild(() => build({ ...options, formats: ['html', 'docx'] }));
      expect(problems.map((d) => [d.code, d.field])).toEqual([['TB302', 'narrative.requirements']]);
      expect(snapshot(outDir)).toEqual(previous);
    } finally {
      writeFileSync(quarter, good);
    }
  });

  it('prints lint warnings and still builds', async () => {
    const good = readFileSync(quarter, 'utf8');
    writeFileSync(quarter, good.replace('重视不够，首页', '重视不够,首页'));
    const lines: string[] = [];
    try {
      await build({ ...options, formats: ['html'], outDir: join(project.root, 'out-warned'), log: (line) => lines.push(line) });
      // the project's issuer has not set up its website either: the page's build says so too
      expect(lines.filter((line) => line.includes('警告'))).toEqual([
        expect.stringMatching(/2025-q3\.yaml:\d+:\d+ narrative\.problems — 警告：中文里用了半角标点“,”.*（TB306）/),
        expect.stringMatching(/_issuer\.yaml:1:1 — 警告：发文机关设置的 site 里没有写/),
      ]);
    } finally {
      writeFileSync(quarter, good);
    }
  });
});

describe('where the files go is checked before anything renders', () => {
  const project = goodProject();
  const scripts = mkdtempSync(join(tmpdir(), 'tongbao-browsers-'));
  const outDir = join(project.root, 'out');
  const quarter = join(project.issuerFolder, '2025-q3.yaml');
  const launched = join(scripts, 'launched');
  // a browser that leaves a mark when started: no mark, no rendering of a PDF was attempted
  const browserPath = script(scripts, 'marking-browser', `touch ${launched}\nexit 1`);
  let previous: Record<string, string>;

  /** The build's problems, after checking that no format was rendered and no browser started. */
  async function failsBeforeRendering(options: { files: string[]; outDir: string }): Promise<readonly Diagnostic[]> {
    const lines: string[] = [];
    const problems = await failedBuild(() =>
      build({ ...options, formats: ['html', 'docx', 'pdf'], projectRoot: project.root, browserPath, log: (line) => lines.push(line) }),
    );
    expect(lines.filter((line) => line.includes('输出 '))).toEqual([]);
    expect(existsSync(launched)).toBe(false);
    return problems;
  }

  beforeAll(async () => {
    await build({ files: [quarter], outDir, projectRoot: project.root, formats: ['html', 'docx'] });
    previous = snapshot(project.root);
  });
  afterAll(() => {
    project.remove();
    rmSync(scripts, { recursive: true, force: true });
  });

  it('--out naming a file: TB602 names it, and the file is left as it was', async () => {
    const file = join(project.root, '发布稿.txt');
    writeFileSync(file, '用户的文件');
    try {
      const problems = await failsBeforeRendering({ files: [quarter], outDir: file });
      expect(problems.map((d) => [d.code, d.message])).toEqual([['TB602', `“${file}”是一个文件，不是文件夹，不能把生成的文件放进去`]]);
      expect(readFileSync(file, 'utf8')).toBe('用户的文件');
    } finally {
      rmSync(file);
    }
    expect(snapshot(project.root)).toEqual(previous);
  });

  it('--out below a file: TB602 names the file', async () => {
    const file = join(project.root, '发布稿.txt');
    writeFileSync(file, '用户的文件');
    try {
      const problems = await failsBeforeRendering({ files: [quarter], outDir: join(file, '2025') });
      expect(problems.map((d) => [d.code, d.message])).toEqual([['TB602', `“${file}”是一个文件，不是文件夹，不能把生成的文件放进去`]]);
    } finally {
      rmSync(file);
    }
  });

  it('two quarter files bound for one folder: TB601 names both and the folder, nothing is written', async () => {
    const copy = join(project.issuerFolder, '2025-q3-副本.yaml');
    copyFileSync(quarter, copy);
    const freshOut = join(project.root, 'out-fresh');
    try {
      const problems = await failsBeforeRendering({ files: [quarter, copy], outDir: freshOut });
      expect(problems.map((d) => [d.code, d.message])).toEqual([
        ['TB601', `“${quarter}”和“${copy}”都要输出到文件夹“${join(freshOut, '城', '2025-q3')}”，后生成的会覆盖先生成的`],
      ]);
      expect(existsSync(freshOut)).toBe(false);
    } finally {
      rmSync(copy);
    }
  });

  it('the same quarter file named twice, however spelled, is one notice, not a collision', async () => {
    const freshOut = join(project.root, 'out-twice');
    const files = [quarter, relative(process.cwd(), quarter)];
    const built = await build({ files, outDir: freshOut, projectRoot: project.root, formats: ['html'] });
    expect(built.map((notice) => notice.folder)).toEqual([join(freshOut, '城', '2025-q3')]);
    rmSync(freshOut, { recursive: true });
  });

  it.skipIf(!LOCKING_WORKS)('an output folder that takes no new files: TB603, the previous outputs untouched', async () => {
    const folder = join(outDir, '城', '2025-q3');
    const unlock = lockAgainstWrites(folder);
    try {
      const problems = await failsBeforeRendering({ files: [quarter], outDir });
      expect(problems.map((d) => d.code)).toEqual(['TB603']);
      expect(problems[0]?.message).toContain(`无法在文件夹“${folder}”里写入文件`);
    } finally {
      unlock();
    }
    expect(snapshot(project.root)).toEqual(previous);
  });

  it.skipIf(!LOCKING_WORKS)('a missing output folder inside one that takes no new files: TB603 for that one', async () => {
    const locked = join(project.root, '只读');
    mkdirSync(locked);
    const unlock = lockAgainstWrites(locked);
    try {
      const problems = await failsBeforeRendering({ files: [quarter], outDir: join(locked, 'out') });
      expect(problems.map((d) => d.code)).toEqual(['TB603']);
      expect(problems[0]?.message).toContain(`无法在文件夹“${locked}”里写入文件`);
    } finally {
      unlock();
      rmSync(locked, { recursive: true });
    }
  });

  it.skipIf(!LOCKING_WORKS)('an output that cannot be replaced (open in Word, read-only): TB604 names it, nothing changes', async () => {
    const docx = join(outDir, '城', '2025-q3', '通报.docx');
    const unlock = lockAgainstWrites(docx);
    try {
      const problems = await failsBeforeRendering({ files: [quarter], outDir });
      expect(problems.map((d) => [d.code, d.message.split('（')[0]])).toEqual([['TB604', `无法替换“${docx}”`]]);
    } finally {
      unlock();
    }
    expect(snapshot(project.root)).toEqual(previous);
  });
});
