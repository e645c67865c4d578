// Opens the DOCX in LibreOffice (headless, converted to PDF) and compares its pagination with
// the PDF writer's for the same notice: both follow the print page's measured pagination
// (src/write/pdf/print-layout.ts), so they have as many pages, each starting with the same line,
// and the 版记's rules lie where GB/T 9704 puts them. LibreOffice stands in for Word here.
// Characters per line are not compared: LibreOffice spaces digits from Chinese text (it ignores
// w:autoSpaceDE), so a line with digits may wrap a character earlier than in Word or the PDF; the
// notices here are written so that no page break depends on that.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { NoticeDocument } from '../../../src/model/document.js';
import { GRID, PAGE } from '../../../src/layout/gbt9704.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { writePdf } from '../../../src/write/pdf/index.js';
import { writeAndUnpack } from './docx-parts.js';
import { SOFFICE, convertWithLibreOffice, firstLines } from './libreoffice.js';
import { notice, withColophon } from './notices.js';
import { noticeEndingWithBody } from '../write-pdf/grid-notices.js';
import { pageCount, pageWords } from '../write-pdf/measure.js';

const folder = mkdtempSync(join(tmpdir(), 'tongbao-docx-lo-'));
const session = createBrowserSession();

/** Each page's text, without spaces (LibreOffice puts spaces inside "— 1 —"). */
function pageTexts(pdfPath: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, pageCount(pdfPath))
    .map((page) => page.replace(/\s+/g, ''));
}

interface Rule {
  /** the rule's middle, mm from the page's top */
  readonly yMm: number;
  readonly lengthMm: number;
}

/** Horizontal rules of a page: runs of dark pixel rows whose longest dark stretch spans most of the text block. */
function horizontalRules(pdfPath: string, page: number): Rule[] {
  const dpi = 300;
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', pdfPath], { maxBuffer: 64 << 20 });
  const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = ppm.subarray(ppm.length - width * height);
  const mm = (px: number) => (px / dpi) * 25.4;
  const rows: Array<{ y: number; length: number }> = [];
  for (let y = 0; y < height; y++) {
    let run = 0;
    let longest = 0;
    for (let x = 0; x < width; x++) {
      run = pixels[y * width + x]! < 128 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    // no line of text is a dark stretch of 100 mm
    if (mm(longest) > 100) rows.push({ y, length: longest });
  }
  const rules: Array<Array<{ y: number; length: number }>> = [];
  for (const row of rows) {
    const last = rules.at(-1);
    if (last && row.y - last.at(-1)!.y <= 1) last.push(row);
    else rules.push([row]);
  }
  return rules.map((band) => ({ yMm: mm((band[0]!.y + band.at(-1)!.y + 1) / 2), lengthMm: mm(Math.max(...band.map((row) => row.length))) }));
}

interface Rendered {
  readonly docxPages: string[];
  readonly docxPdf: string;
  readonly pdfPath: string;
}

/** Writes a notice's DOCX and PDF; returns their paths. */
async function write(name: string, doc: NoticeDocument): Promise<{ docxPath: string; pdfPath: string }> {
  const docxPath = join(folder, `${name}.docx`);
  writeFileSync(docxPath, (await writeAndUnpack(doc)).bytes);
  const [pdf] = await writePdf(doc, { browser: session.browser, printsPdf: true });
  const pdfPath = join(folder, `${name}.writer.pdf`);
  writeFileSync(pdfPath, pdf!.bytes);
  return { docxPath, pdfPath };
}

/**
 * A paragraph of 5 full lines with a comma after its second line's 28th character, then one of 25
 * lines over the page break and the closing paragraph: the print page carries that 28th character
 * and the comma to the next line (避头尾, no hanging punctuation), so the paragraph takes 6 lines;
 * LibreOffice, hanging the comma past the margin, took 5, and page 2 started a line further on.
 * (Over the page break the closing paragraph itself would not show it: the DOCX breaks it where
 * the print page did.)
 */
function noticeWithCommaAfterFullLine(): NoticeDocument {
  const doc = noticeEndingWithBody([5, 25, 2]);
  const children = [...doc.tree.children];
  const index = children.findIndex((node) => node.type === 'paragraph');
  // the first line holds 26 characters after the indent, the second 28
  const at = 26 + 28;
  const text = toString(children[index]);
  children[index] = { type: 'paragraph', children: [{ type: 'text', value: `${text.slice(0, at)}，${text.slice(at)}` }] };
  return { ...doc, tree: { ...doc.tree, children } };
}

const CASES: Record<string, NoticeDocument> = {
  'file format, seal, long attachment, 版记': notice({ format: 'file', failingRows: 60, hostileName: false }),
  'letter format, short': notice({ format: 'letter', hostileName: false }),
  // without the 文号: with it, page 1 ends exactly on the line that LibreOffice's spacing of
  // 「〔2019〕」 from the Chinese before it pushes down, and the headings kept with it go to page 2
  'plain, no 文号, no 版记': notice({ format: 'plain', colophon: 'none', seal: false, hostileName: false, docNumber: false }),
  // the last paragraph broken over pages 1 and 2, the 版记 under the signature on page 2
  'closing paragraph broken, 版记 under the text': withColophon(noticeEndingWithBody([30])),
  // the text fills page 2: a blank page 3, the 版记 on page 4
  '版记 after a blank page': withColophon(noticeEndingWithBody([34])),
  // the text ends on page 3 (a page and a third after page 1's 19 lines and page 2's 22): the 版记 on page 4
  '版记 on the next, even, page': withColophon(noticeEndingWithBody([48])),
  // set closer over pages 1 and 2 so that the closing block stays on page 2 (7.3.5.5): page 1 keeps
  // room below its last line, or LibreOffice, placing lines a little lower, moves one to page 2
  'closer text over a page break': noticeEndingWithBody([36, 4]),
  // the attachment's table ends halfway down the last, even, page: the 版记 goes under it
  '版记 under a table': notice({ format: 'file', failingRows: 26, hostileName: false }),
  'a comma after a full line': noticeWithCommaAfterFullLine(),
};

/** The sample's body has many figures, which LibreOffice sets wider than the PDF does (see above). */
const WITH_SAMPLE_BODY = new Set(['file format, seal, long attachment, 版记', '版记 under a table']);
const PARITY = Object.keys(CASES).filter((name) => !WITH_SAMPLE_BODY.has(name));

const WITH_RULED_COLOPHON = [
  'file format, seal, long attachment, 版记',
  'closing paragraph broken, 版记 under the text',
  '版记 after a blank page',
  '版记 on the next, even, page',
  '版记 under a table',
];

const SUITE = SOFFICE ? 'the DOCX in LibreOffice' : 'the DOCX in LibreOffice — skipped: no soffice (LibreOffice) on the PATH';

describe.skipIf(!SOFFICE)(SUITE, () => {
  const rendered = new Map<string, Rendered>();

  beforeAll(async () => {
    const written = [];
    for (const [index, doc] of Object.values(CASES).entries()) written.push(await write(String(index), doc));
    const docxPdfs = convertWithLibreOffice(written.map(({ docxPath }) => docxPath), folder);
    for (const [index, name] of Object.keys(CASES).entries())
      rendered.set(name, { docxPages: pageTexts(docxPdfs[index]!), docxPdf: docxPdfs[index]!, pdfPath: written[index]!.pdfPath });
  }, 600_000);

  afterAll(() => session.close());

  it.each(PARITY)('%s: paginates like the PDF, page by page', (name) => {
    const { docxPdf, pdfPath } = rendered.get(name)!;
    expect(firstLines(docxPdf)).toEqual(firstLines(pdfPath));
  });

  it.each(WITH_RULED_COLOPHON)('%s: the 版记 rules are as wide as the text block, the last on its bottom edge', (name) => {
    const { docxPdf } = rendered.get(name)!;
    // the 版记's three rules are the page's last; a table above it has rules as long
    const found = horizontalRules(docxPdf, pageCount(docxPdf));
    expect(found.length).toBeGreaterThanOrEqual(3);
    const rules = found.slice(-3);
    for (const rule of rules) expect(rule.lengthMm).toBeCloseTo(PAGE.textWidthMm, 0);
    expect(Math.abs(rules[2]!.yMm - (PAGE.marginTopMm + PAGE.textHeightMm))).toBeLessThanOrEqual(0.5);
  });

  it('sets the 版记 under a table on the same page, its last rule still on the text block\'s bottom edge', () => {
    // LibreOffice sets table rows a little taller than the print page: a 版记 placed by the room
    // above it would come out short of the edge; in a box on the bottom margin it cannot
    const { docxPages } = rendered.get('版记 under a table')!;
    expect(docxPages.at(-1)).toContain('序号');
    expect(docxPages.at(-1)).toContain('印发');
  });

  it('numbers every page but a blank page before the 版记 and the 版记 page after it', () => {
    const numbers = (name: string) => rendered.get(name)!.docxPages.map((text) => /—(\d+)—/.exec(text)?.[1]);
    expect(numbers('版记 after a blank page')).toEqual(['1', '2', undefined, undefined]);
    expect(numbers('版记 on the next, even, page')).toEqual(['1', '2', '3', '4']);
    expect(rendered.get('版记 after a blank page')!.docxPages.at(-1)).toContain('印发');
  });

  it('keeps the closer-set closing block on page 2 with the paragraph above it, as the PDF does', () => {
    const { docxPages } = rendered.get('closer text over a page break')!;
    expect(docxPages).toHaveLength(2);
    expect(docxPages[1]).toContain('示例市人民政府办公室');
  });

  it('hangs no punctuation past the text block as a 29th character, as the PDF does not', () => {
    const { docxPdf, pdfPath } = rendered.get('a comma after a full line')!;
    // page 1 is odd: the 订口 (28 mm) on the left; half a character's width of allowance
    const rightEdgeMm = PAGE.marginLeftMm + PAGE.textWidthMm + GRID.charPitchMm / 2;
    const overhanging = (path: string) => pageWords(path, 1).filter((word) => word.right > rightEdgeMm).map((word) => word.text);
    expect(overhanging(pdfPath)).toEqual([]);
    expect(overhanging(docxPdf)).toEqual([]);
  });

  it('in 信函格式 prints no page number on page 1, and numbers page 2', () => {
    const { docxPages } = rendered.get('letter format, short')!;
    expect(docxPages[0]).not.toMatch(/—\d+—/);
    expect(docxPages[1]).toContain('—2—');
  });
});
