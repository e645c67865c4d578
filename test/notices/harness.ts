// Builds a fixture notice (test/notices/<name>/) in all three formats, once per test file,
// and reads back the text a reader gets from each: the web page's article, the DOCX's
// paragraphs, the PDF's text. Spaces and line breaks that only the layout puts in are taken
// out (and the PDF's page numbers, which fall between two lines of a sentence), so a
// sentence is found whole wherever a line or a page broke it.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import { build } from '../../src/build.js';
import { readerText } from '../seeds/reader-text.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export interface NoticeTexts {
  readonly html: string;
  readonly docx: string;
  readonly pdf: string;
  /**
   * The PDF's text in the order it was drawn (pdftotext -raw): a table's cells one after
   * another, where the reading order of the page interleaves the lines of cells side by side.
   */
  readonly pdfDrawn: string;
}

const flat = (text: string): string => text.replace(/\s+/g, '');

/** The DOCX's visible text: every w:t in document order, entities decoded. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map(([, text]) => text!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Builds `quarterFile` (relative to test/notices/) and returns its three texts, flattened. */
export async function buildNotice(quarterFile: string): Promise<NoticeTexts> {
  const outDir = mkdtempSync(join(tmpdir(), 'tongbao-notice-'));
  try {
    const [notice] = await build({
      files: [join(import.meta.dirname, quarterFile)],
      formats: ['html', 'docx', 'pdf'],
      outDir,
      projectRoot: PROJECT_ROOT,
      log: () => {},
    });
    const file = (name: string) => join(notice!.folder, name);
    const pdf = execFileSync('pdftotext', [file('通报.pdf'), '-'], { encoding: 'utf8' });
    const pdfDrawn = execFileSync('pdftotext', ['-raw', file('通报.pdf'), '-'], { encoding: 'utf8' });
    return {
      html: flat(readerText(readFileSync(file('通报.fragment.html'), 'utf8'))),
      docx: flat(docxText(readFileSync(file('通报.docx')))),
      // page numbers (— 2 —) stand between the lines a page break parts
      pdf: flat(pdf).replace(/—\d+—/g, ''),
      pdfDrawn: flat(pdfDrawn).replace(/—\d+—/g, ''),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Every sentence, whole, in the HTML, the DOCX and the PDF. In the PDF a sentence is whole when
 * pdftotext reads it so, or when its glyphs are drawn one after another: the reading order is
 * a guess from the glyphs' boxes, which a run-in heading in another font can throw (its box is
 * lower than the line's, and pdftotext reads it after the paragraph).
 */
export function expectEverywhere(texts: NoticeTexts, sentences: readonly string[]): void {
  for (const sentence of sentences) {
    const wanted = flat(sentence);
    expect(texts.html, `HTML: ${sentence}`).toContain(wanted);
    expect(texts.docx, `DOCX: ${sentence}`).toContain(wanted);
    if (!texts.pdf.includes(wanted)) expect(texts.pdfDrawn, `PDF: ${sentence}`).toContain(wanted);
  }
}

/**
 * Attachment table rows, each given cell by cell, found whole (its cells one after another)
 * in the HTML, the DOCX and the PDF as drawn: a cell's text wraps inside its column, so the
 * PDF's reading order, line by line across the columns, cannot show a row whole.
 */
export function expectRows(texts: NoticeTexts, rows: ReadonlyArray<readonly string[]>): void {
  for (const cells of rows) {
    const wanted = flat(cells.join(''));
    expect(texts.html, `HTML row: ${cells.join(' | ')}`).toContain(wanted);
    expect(texts.docx, `DOCX row: ${cells.join(' | ')}`).toContain(wanted);
    expect(texts.pdfDrawn, `PDF row: ${cells.join(' | ')}`).toContain(wanted);
  }
}

/** Text that must appear in none of the formats (a wrong figure, an empty 其中). */
export function expectNowhere(texts: NoticeTexts, fragments: readonly string[]): void {
  for (const fragment of fragments) {
    for (const [format, text] of Object.entries(texts)) expect(text, `${format}: ${fragment}`).not.toContain(flat(fragment));
  }
}
