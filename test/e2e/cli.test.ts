// The command line as office staff meet it: exit codes, Chinese messages with
// file:line:column and no stack trace, nothing lost when a build fails, same bytes twice.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

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

function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
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
    expect(Object.keys(firstBuild)).toEqual(['通报.docx', '通报.fragment.html', '通报.html', '通报.pdf']);
  });

  it('gives the same bytes when built again from the same input', () => {
    expect(tongbao(['build', quarterFile], project).code).toBe(0);
    expect(snapshot(noticeFolder)).toEqual(firstBuild);
  });

  it('on bad data, names file:line:column and the field in Chinese, exits 1 and leaves the outputs untouched', () => {
    const file = join(project, quarterFile);
    const good = readFileSync(file, 'utf8');
    const bad = good.replace('veto: [首页不更新]', 'veto: [首页不跟新]');
    expect(bad).not.toBe(good);
    writeFileSync(file, bad);
    try {
      const run = tongbao(['build', quarterFile], project);
      expect(run.code).toBe(1);
      const line = bad.split('\n').findIndex((l) => l.includes('首页不跟新')) + 1;
      expect(run.stderr).toMatch(new RegExp(`2025-q3\\.yaml:${line}:\\d+ websites\\[\\d+\\]\\.veto\\[0\\]`));
      expect(run.stderr).toContain('首页不跟新');
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
});
