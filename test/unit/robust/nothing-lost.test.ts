// Nothing lost: a build that fails, for bad data, a lint error, a browser that dies at once or
// one that hangs, leaves the previous outputs byte for byte as they were, says why in Chinese,
// and leaves no browser process behind.

import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';
import { isTongbaoError } from '../../../src/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { goodProject, snapshot } from './corpus.js';

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
    expect(Object.keys(previous)).toEqual(['城/2025-q3/通报.docx', '城/2025-q3/通报.fragment.html', '城/2025-q3/通报.html']);
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
      expect(lines.filter((line) => line.includes('警告'))).toEqual([
        expect.stringMatching(/2025-q3\.yaml:\d+:\d+ narrative\.problems — 警告：中文里用了半角标点“,”.*（TB306）/),
      ]);
    } finally {
      writeFileSync(quarter, good);
    }
  });
});
