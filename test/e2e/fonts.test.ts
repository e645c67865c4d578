// `tongbao fonts` as an office runs it: it names, per role, faces that are really installed here
// (fontconfig lists them), says how the PDF embeds them, writes the issuer's own DOCX names, and
// when only CFF faces (Noto CJK) are left it reports the Type 3 fonts and the packages to install.

import { spawnSync, execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');

function tongbao(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? PROJECT_ROOT, env: { ...process.env, ...options.env }, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Each role's block of the report: its heading line and the PDF and DOCX lines under it. */
function roleBlocks(stdout: string): Map<string, { pdf: string; docx: string }> {
  const lines = stdout.split('\n');
  const blocks = new Map<string, { pdf: string; docx: string }>();
  lines.forEach((line, i) => {
    const role = /^ {2}(\S+?)（/.exec(line)?.[1];
    if (role && lines[i + 1]?.trim().startsWith('PDF：')) blocks.set(role, { pdf: lines[i + 1]!.trim(), docx: lines[i + 2]!.trim() });
  });
  return blocks;
}

const installedFamilies = new Set(
  execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((name) => name.trim()),
);

describe('tongbao fonts', () => {
  it('names for every role a face installed here, embedded as a named font, and the DOCX name', () => {
    const run = tongbao(['fonts']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const blocks = roleBlocks(run.stdout);
    expect([...blocks.keys()]).toEqual(['小标宋', '仿宋', '黑体', '楷体', '宋体']);
    for (const [role, { pdf, docx }] of blocks) {
      const faces = /^PDF：(.*?)(?:，|$)/.exec(pdf)![1]!.split('、').map((face) => face.replace(/（替代字体）$/, ''));
      for (const face of faces) expect(installedFamilies.has(face), `${role}: ${face}`).toBe(true);
      expect(pdf, role).toMatch(/嵌入为 \S/);
      expect(pdf, role).not.toContain('Type 3');
      expect(docx, role).toMatch(/^DOCX：写入“(方正小标宋简体|仿宋_GB2312|黑体|楷体_GB2312|宋体)”，本机(已|未)安装/);
      expect(docx.includes('本机已安装'), role).toBe(installedFamilies.has(/“(.*)”/.exec(docx)![1]!));
    }
  });

  it('checks the issuer’s own font names when run in its data folder', () => {
    const project = mkdtempSync(join(tmpdir(), 'tongbao-fonts-'));
    writeFileSync(join(project, 'package.json'), '{}\n');
    cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(project, '示例市'), { recursive: true });
    const issuer = join(project, '示例市', '_issuer.yaml');
    appendFileSync(issuer, '\nfonts: { fangsong: 仿宋, kaiti: 楷体 }\n');
    const run = tongbao(['fonts'], { cwd: join(project, '示例市') });
    expect(run.stderr).toBe('');
    const blocks = roleBlocks(run.stdout);
    expect(blocks.get('仿宋')?.docx).toMatch(/^DOCX：写入“仿宋”/);
    expect(blocks.get('楷体')?.docx).toMatch(/^DOCX：写入“楷体”/);
    expect(blocks.get('黑体')?.docx).toMatch(/^DOCX：写入“黑体”/);
  });

  it('reports Type 3 fonts and the TrueType packages when fontconfig offers only CFF faces', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tongbao-fontconfig-'));
    const config = join(folder, 'fonts.conf');
    writeFileSync(
      config,
      '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>' +
        `<cachedir>${folder}/cache</cachedir><selectfont><rejectfont><glob>/usr/share/fonts/truetype/arphic*/*</glob>` +
        '<glob>/usr/share/fonts/truetype/wqy/*</glob></rejectfont></selectfont></fontconfig>',
    );
    const run = tongbao(['fonts'], { env: { FONTCONFIG_FILE: config } });
    expect(run.code).toBe(0);
    const blocks = roleBlocks(run.stdout);
    expect(blocks.get('仿宋')?.pdf).toMatch(/Noto Serif CJK SC.*Type 3/);
    expect(run.stdout).toMatch(/apt-get install .*fonts-arphic-uming/);
  });
});
