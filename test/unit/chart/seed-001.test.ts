// Seed 001 (广西 2020年第一季度) declares 图1 (first-level indices against the last quarter) and
// 图2 (the lowest second-level indicators); both reach every format: inline SVG with a text
// alternative and data table in the HTML, SVG + PNG pictures in the DOCX, text in the PDF.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'tongbao-charts-'));
let folder = '';
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
beforeAll(async () => {
  const [built] = await build({
    files: [join(PROJECT_ROOT, 'data/seeds/001-广西/2020-q1.yaml')],
    formats: ['html', 'docx', 'pdf'],
    outDir,
    projectRoot: PROJECT_ROOT,
  });
  folder = built!.folder;
}, 120_000);

const TITLE_1 = '政府门户网站一级扣分指标2020年第一季度与2019年第四季度情况对比';
const TITLE_2 = '政府门户网站得分较低的二级扣分指标情况';

describe('seed 001 charts', () => {
  it('inlines 图1 and 图2 in the HTML as named SVG with their data tables', () => {
    const html = readFileSync(join(folder, '通报.html'), 'utf8');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain(`role="img" aria-label="图1 ${TITLE_1}"`);
    expect(html).toContain(`role="img" aria-label="图2 ${TITLE_2}"`);
    expect(html).toContain('<th scope="row">发布解读</th><td class="figure-cell">0.87</td>');
    expect(html).toContain('<th scope="row">可用性</th><td class="figure-cell">0.46</td>');
    expect(html).toContain('（注：平均得分指数=该项平均得分/该项分值）');
  });

  it('puts each chart in the DOCX as an SVG picture with its PNG fallback and a caption 图N 标题', () => {
    const parts = unzipSync(readFileSync(join(folder, '通报.docx')));
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/')).sort();
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(2);
    const documentXml = strFromU8(parts['word/document.xml']!);
    expect(documentXml.match(/<asvg:svgBlip /g)).toHaveLength(2);
    expect(documentXml).toMatch(/<wp:docPr id="101"[^>]*descr="图1 政府门户网站一级扣分指标/);
    const text = documentXml.replace(/<[^>]+>/g, '');
    expect(text).toContain(`图1 ${TITLE_1}`);
    expect(text).toContain(`图2 ${TITLE_2}`);
    const svg = media.find((name) => name.endsWith('.svg'))!;
    expect(strFromU8(parts[svg]!)).toContain('>发布解读</text>');
  });

  it('leaves no page of the PDF more than 3 lines short because a chart went on: 图1 is set smaller to fill page 2', () => {
    const path = join(folder, '通报.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
    const words = (page: number) =>
      [...execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' }).matchAll(/yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map((m) => ({ bottomMm: (Number(m[1]) * 25.4) / 72, text: m[2]! }))
        // the page number sits under the text block (262 mm)
        .filter((word) => word.bottomMm < 263);
    const line = 225 / 22;
    for (let page = 1; page < pages; page += 1) {
      const next = words(page + 1)[0]?.text ?? '';
      // an attachment starts a page of its own
      if (/^附件\d*$/.test(next)) continue;
      const lastBottom = Math.max(...words(page).map((word) => word.bottomMm));
      expect((262 - lastBottom) / line, `page ${page}, next page starts “${next}”`).toBeLessThan(3 + 0.5);
    }
  });

  it('draws the charts as vector text in the PDF', () => {
    const text = execFileSync('pdftotext', [join(folder, '通报.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const words of [`图1${TITLE_1}`, `图2${TITLE_2}`, '2019年第四季度', '统一登录', '站内搜索']) expect(text).toContain(words);
  });
});
