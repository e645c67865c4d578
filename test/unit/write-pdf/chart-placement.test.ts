// Charts placed without large blank areas (issue 13, item 7): a chart is kept whole with its
// caption, so where it does not fit under the text it is set smaller or floats past the text
// after it, and no page ends more than 3 lines early but the page where the body ends and a page
// before an attachment, a blank page or the 版记. Measured on the bundled example and on variants
// of it that bring the chart nearer a page's end, in the PDF; the DOCX, which follows the PDF's
// measured layout, sets the chart between the same blocks.

import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { RootContent } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareNotice } from '../../../src/build.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import { writeDocx } from '../../../src/write/docx/index.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { writePdf } from '../../../src/write/pdf/index.js';
import { gridParagraph } from './grid-notices.js';
import { earlyPageEnds, pageCount, textBlockLines } from './measure.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'tongbao-chart-placement-'));
const session = createBrowserSession();
const DATE_LINE = '2025年10月15日';

/** The example's tree with its blocks changed before its chart: (children) => children. */
const VARIANTS: Record<string, (children: RootContent[]) => RootContent[]> = {
  // page 2 ends 5 lines early before the chart, which does not fit even at 6 picture lines
  'the example': (children) => children,
  // a line more before the chart: 4 lines left under the text
  'the chart 4 lines above a page end': (children) => [...children.slice(0, 8), gridParagraph(1), ...children.slice(8)],
  // 一、's first part (heading and paragraph) left out: 9 lines left under the text
  'the chart 9 lines above a page end': (children) => [...children.slice(0, 6), ...children.slice(8)],
};

const built = new Map<string, { pdf: string; documentXml: string }>();

beforeAll(async () => {
  const { document } = await prepareNotice(join(PROJECT_ROOT, 'data/示例市/2025-q3.yaml'), () => {});
  for (const [name, change] of Object.entries(VARIANTS)) {
    const doc: NoticeDocument = { ...document, tree: { ...document.tree, children: change([...document.tree.children]) } };
    const context = { browser: session.browser, printsPdf: true };
    const [[pdf], [docx]] = await Promise.all([writePdf(doc, context), writeDocx(doc, context)]);
    const path = join(folder, `${name}.pdf`);
    writeFileSync(path, pdf!.bytes);
    built.set(name, { pdf: path, documentXml: strFromU8(unzipSync(docx!.bytes)['word/document.xml']!) });
  }
}, 180_000);

afterAll(() => session.close());

/** The DOCX's body paragraphs' texts, with the chart's picture paragraph as 【图1】. */
function docxParagraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) =>
    /<wp:docPr [^>]*name="figure-1"/.test(paragraph) ? '【图1】' : [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/\s+/g, ''),
  );
}

/** The PDF's text without page numbers, one string. */
function pdfText(path: string): string {
  return Array.from({ length: pageCount(path) }, (_, i) => textBlockLines(path, i + 1).join('')).join('').replace(/\s+/g, '');
}

describe.each(Object.keys(VARIANTS))('%s', (name) => {
  it('has no page that ends more than 3 lines early but where the body ends, or before an attachment or the 版记', () => {
    const early = earlyPageEnds(built.get(name)!.pdf, DATE_LINE).filter((end) => end.blankLines > 3.5);
    expect(early.map(({ page, blankLines }) => `p${page}: ${blankLines.toFixed(1)} lines blank`)).toEqual([]);
  });

  it('sets the chart in the DOCX between the same blocks as in the PDF', () => {
    const { pdf, documentXml } = built.get(name)!;
    const paragraphs = docxParagraphs(documentXml);
    const at = paragraphs.indexOf('【图1】');
    const [before, caption, note, after] = [paragraphs[at - 1]!, paragraphs[at + 1]!, paragraphs[at + 2]!, paragraphs[at + 3]!];
    expect(caption).toMatch(/^图1/);
    const text = pdfText(pdf);
    // between the text before it and its caption lie the chart's own labels, and no paragraph
    const labels = text.slice(text.indexOf(before) + before.length, text.indexOf(caption));
    expect(paragraphs.filter((paragraph) => paragraph.length >= 10 && labels.includes(paragraph.slice(0, 10)))).toEqual([]);
    expect(text.slice(text.indexOf(note) + note.length).startsWith(after)).toBe(true);
  });
});
