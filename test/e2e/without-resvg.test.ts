// A machine where @resvg/resvg-js cannot load (no build for LoongArch): the CLI still starts,
// and a notice's charts come out as PNGs the browser draws, the same size as resvg's, in the
// HTML's image files and inside the DOCX.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');
const WITHOUT_RESVG = join(PROJECT_ROOT, 'test', 'fixtures', 'without-resvg.mjs');

function tongbao(options: { args: string[]; cwd: string; resvg: boolean }) {
  const preload = options.resvg ? [] : ['--import', WITHOUT_RESVG];
  const run = spawnSync(process.execPath, [...preload, CLI, ...options.args], { cwd: options.cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The share of pixels that are not white: a chart drawn, not a blank page. */
function inkShare(png: PNG): number {
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) ink++;
  return ink / (png.width * png.height);
}

describe('tongbao without @resvg/resvg-js', () => {
  let project: string;
  const built = (name: string) => join(project, name, '示例市', '2025-q3');

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'tongbao-no-resvg-'));
    writeFileSync(join(project, 'package.json'), '{}\n');
    cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(project, 'data', '示例市'), { recursive: true });
    const quarter = join('data', '示例市', '2025-q3.yaml');
    for (const [out, resvg] of [['without', false], ['with', true]] as const) {
      const run = tongbao({ args: ['build', quarter, '--format', 'html,docx', '--out', out], cwd: project, resvg });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
  });

  it('starts, and really cannot load resvg', () => {
    expect(tongbao({ args: ['--help'], cwd: project, resvg: false }).code).toBe(0);
    const probe = spawnSync(process.execPath, ['--import', WITHOUT_RESVG, '--input-type=module', '-e', "await import('@resvg/resvg-js')"], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(probe.stderr).toContain('Cannot find package @resvg/resvg-js');
  });

  it('draws each chart in the browser, as large as resvg draws it, and puts that PNG in the DOCX', () => {
    const fromBrowser = readFileSync(join(built('without'), '图1.png'));
    const fromResvg = readFileSync(join(built('with'), '图1.png'));
    expect(fromBrowser.equals(fromResvg)).toBe(false);
    const [browserPng, resvgPng] = [PNG.sync.read(fromBrowser), PNG.sync.read(fromResvg)];
    expect([browserPng.width, browserPng.height]).toEqual([resvgPng.width, resvgPng.height]);
    // the bars and labels cover a similar share of the picture either way
    expect(inkShare(browserPng)).toBeGreaterThan(0.02);
    expect(Math.abs(inkShare(browserPng) - inkShare(resvgPng))).toBeLessThan(0.05);
    const media = Object.entries(unzipSync(readFileSync(join(built('without'), '通报.docx')))).filter(([name]) => name.startsWith('word/media/'));
    expect(media.some(([, bytes]) => Buffer.from(bytes).equals(fromBrowser))).toBe(true);
  });

  it('writes the same HTML page either way: only the pictures are drawn elsewhere', () => {
    expect(readFileSync(join(built('without'), '通报.html'), 'utf8')).toBe(readFileSync(join(built('with'), '通报.html'), 'utf8'));
  });
});
