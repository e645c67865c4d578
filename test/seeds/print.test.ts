// The printed seeds 002–004 (001 is built with its charts in test/unit/chart/seed-001.test.ts):
// what a print shop and a proofreader check on each real PDF — fonts, copied text, title lines,
// table cells — read back with poppler and MuPDF. The seeds carry no 版记: its rules are measured
// on the example (test/e2e/build.test.ts) and on made notices (test/unit/write-pdf/layout.test.ts).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, prepareNotice } from '../../src/build.js';
import { printArticle } from '../../src/write/pdf/print-page.js';
import { titleLines } from '../fixtures/title-lines.js';
import { loneTableLines, pageCount, pageWords } from '../unit/write-pdf/measure.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = ['data/seeds/002-上海/2025-q3.yaml', 'data/seeds/003-黑龙江/2022-q2.yaml', 'data/seeds/004-普洱/2022-q1.yaml'];
const outDir = mkdtempSync(join(tmpdir(), 'tongbao-seed-print-'));
const printed = new Map<string, { pdf: string; article: Element }>();

beforeAll(async () => {
  for (const seed of SEEDS) {
    const [notice] = await build({ files: [join(PROJECT_ROOT, seed)], formats: ['pdf'], outDir, projectRoot: PROJECT_ROOT, log: () => {} });
    const article = printArticle((await prepareNotice(join(PROJECT_ROOT, seed), () => {})).document);
    printed.set(seed, { pdf: join(notice!.folder, '通报.pdf'), article });
  }
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/g, '').replace(/—\d+—/g, '');
/** Characters a reader's copy must never hold: Kangxi and CJK radicals, compatibility ideographs. */
const LOOK_ALIKES = /[\u2E80-\u2FDF\uF900-\uFAFF]/u;

const allWords = (pdf: string) => Array.from({ length: pageCount(pdf) }, (_, i) => pageWords(pdf, i + 1)).flat();

describe.each(SEEDS)('the PDF of %s', (seed) => {
  it('embeds no Type 3 font', () => {
    const fonts = execFileSync('pdffonts', [printed.get(seed)!.pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((line) => line.includes('Type 3'))).toEqual([]);
  });

  it('copies as its source text through pdftotext and MuPDF: every block whole, no look-alike character', () => {
    const { pdf, article } = printed.get(seed)!;
    // table cells are covered below: a cell over two lines reads interleaved with its row's other cells
    const blocks = selectAll('h1, h2, h3, h4, p', article)
      .map((block) => flat(toString(block)))
      .filter(Boolean);
    expect(blocks.length).toBeGreaterThan(10);
    for (const text of [execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }), execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', pdf], { encoding: 'utf8' })]) {
      const copied = flat(text);
      for (const block of blocks) expect(copied).toContain(block);
      expect(copied).not.toMatch(LOOK_ALIKES);
    }
  });

  it('sets every title line as broken, none of one character', () => {
    const { pdf, article } = printed.get(seed)!;
    const words = allWords(pdf).map((word) => word.text);
    for (const line of titleLines(article, 'h1, .attachment-title').flat()) {
      expect([...line].length, line).toBeGreaterThan(1);
      expect(words).toContain(line);
    }
  });

  it('prints table cells of up to four characters on one line, and no cell line of one character alone', () => {
    const { pdf, article } = printed.get(seed)!;
    const words = allWords(pdf);
    const shortCells = selectAll('td', article)
      .map((cell) => toString(cell))
      .filter((text) => /^\p{Script=Han}{2,4}$/u.test(text));
    for (const cell of new Set(shortCells)) {
      expect(words.filter((word) => word.text === cell).length, cell).toBeGreaterThanOrEqual(shortCells.filter((text) => text === cell).length);
    }
    const lone = loneTableLines(words);
    expect(lone.map((word) => word.text)).toEqual([]);
  });
});
