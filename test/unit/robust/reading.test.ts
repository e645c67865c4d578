// Files no one should write but someone will: a byte-order mark (accepted), an empty file, a
// huge one, nesting thousands deep, a folder or an unreadable file where a data file belongs,
// links leading out of the project, keys named like Object's own members. Each ends in a
// clear diagnostic, quickly, never a crash, a hang or a polluted prototype.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_MB } from '../../../src/load/read-file.js';
import { badCases, diagnosticsOf, goodProject } from './corpus.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

let project: ReturnType<typeof goodProject>;
afterEach(() => project?.remove());

/** Writes `text` over the good quarter file (or another file of the issuer folder) and returns the diagnostics. */
async function quarterWith(text: string | Buffer, file = '2025-q3.yaml') {
  project = goodProject();
  writeFileSync(join(project.issuerFolder, file), text);
  return await diagnosticsOf(join(project.issuerFolder, '2025-q3.yaml'), project.root);
}

const summary = (diagnostics: Awaited<ReturnType<typeof diagnosticsOf>>) => diagnostics.map((d) => [d.code, d.place?.line, d.place?.column]);

describe('reading data files', () => {
  it('accepts a UTF-8 byte-order mark, and counts columns without it', async () => {
    project = goodProject();
    const good = readFileSync(join(project.issuerFolder, '2025-q3.yaml'), 'utf8');
    expect(await quarterWith(`\uFEFF${good}`)).toEqual([]);
    expect(summary(await quarterWith(`\uFEFFwebistes: []\n${good}`))).toEqual([['TB104', 1, 1]]);
  });

  it('reports an empty file (0 bytes) as a missing table at 1:1', async () => {
    expect(summary(await quarterWith(''))).toEqual([['TB103', 1, 1]]);
    expect(summary(await quarterWith('', '_issuer.yaml'))).toEqual([['TB103', 1, 1]]);
  });

  it(`refuses a file over ${MAX_FILE_MB} MB before reading it`, async () => {
    const started = performance.now();
    const diagnostics = await quarterWith(Buffer.alloc((MAX_FILE_MB + 1) * 1024 * 1024, '# 注释\n'));
    expect(summary(diagnostics)).toEqual([['TB116', 1, 1]]);
    expect(diagnostics[0]?.message).toMatch(/^文件有 5\.0 MB，超过了数据文件的上限 4 MB$/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports nesting thousands deep, which exhausts the parser, as too deep', async () => {
    const depth = 50_000;
    const diagnostics = await quarterWith(`period: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    expect(diagnostics.map((d) => d.code)).toEqual(['TB117']);
  });

  it('reports a folder where the quarter file should be, and a file no one may read', async () => {
    project = goodProject();
    mkdirSync(join(project.issuerFolder, 'folder.yaml'));
    expect((await diagnosticsOf(join(project.issuerFolder, 'folder.yaml'), project.root)).map((d) => [d.code, d.message])).toEqual([
      ['TB108', expect.stringMatching(/folder\.yaml”不是文件$/)],
    ]);
    if (process.getuid?.() === 0) return; // root reads every file
    const locked = join(project.issuerFolder, '2025-q3.yaml');
    chmodSync(locked, 0o000);
    expect((await diagnosticsOf(locked, project.root)).map((d) => d.code)).toEqual(['TB119']);
  });

  it('follows links: one leading out of the project folder is outside, one inside is fine', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tongbao-elsewhere-'));
    try {
      project = goodProject();
      writeFileSync(join(elsewhere, '2025-q2.yaml'), readFileSync(join(project.issuerFolder, '2025-q2.yaml')));
      symlinkSync(join(elsewhere, '2025-q2.yaml'), join(project.issuerFolder, 'out.yaml'));
      symlinkSync(join(project.issuerFolder, '2025-q2.yaml'), join(project.issuerFolder, 'in.yaml'));
      symlinkSync(elsewhere, join(project.issuerFolder, '模板'));
      const quarter = readFileSync(join(project.issuerFolder, '2025-q3.yaml'), 'utf8');
      const load = async (text: string) => {
        writeFileSync(join(project.issuerFolder, '2025-q3.yaml'), text);
        return await diagnosticsOf(join(project.issuerFolder, '2025-q3.yaml'), project.root);
      };
      expect(await load(quarter.replace('previous: 2025-q2.yaml', 'previous: in.yaml'))).toEqual([]);
      expect((await load(quarter.replace('previous: 2025-q2.yaml', 'previous: out.yaml'))).map((d) => [d.code, d.field])).toEqual([['TB107', 'previous']]);
      const templatesOut = quarter.replace('previous: 2025-q2.yaml', 'previous: 2025-q2.yaml\nissuer: { templates: 模板 }');
      expect((await load(templatesOut)).map((d) => [d.code, d.field])).toEqual([['TB107', 'issuer.templates']]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('keeps __proto__ and constructor keys as plain unknown names, polluting no prototype', async () => {
    const diagnostics = await quarterWith(
      readFileSync(join(PROJECT_ROOT, 'test/bad/good/2025-q3.yaml'), 'utf8')
        .replace('互动交流: 18,', '互动交流: 18, __proto__: 5, constructor: 3,')
        .replace('deadline: 2025-10-31', 'deadline: 2025-10-31\n__proto__: { polluted: true }'),
    );
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['TB104', '__proto__'],
      ['TB206', 'websites[0].scores.__proto__'],
      ['TB206', 'websites[0].scores.constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('tongbao check on a bad file', () => {
  it('prints file:line:column, the problem in Chinese and the code, and exits 1', async () => {
    const gbk = badCases().find((c) => c.name === 'quarter/encoding-gbk.yaml');
    project = goodProject();
    writeFileSync(join(project.issuerFolder, '2025-q3.yaml'), gbk?.bytes ?? '');
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'tongbao.mjs'), 'check', join('城', '2025-q3.yaml')], {
      cwd: project.root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('城/2025-q3.yaml:2:3 — 错误：文件不是 UTF-8 编码，看来是用GBK（记事本的“ANSI”）保存的');
    expect(run.stderr).toContain('（TB114）');
    expect(run.stderr).toContain('提示：用记事本打开该文件');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
