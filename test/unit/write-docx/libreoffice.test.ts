// Opens the DOCX in LibreOffice (headless, converted to PDF) and compares its pagination with
// the PDF writer's for the same notice. LibreOffice stands in for Word here: it paginates the
// same 22-line pages, but its layout is not Word's (it ignores the even-page section break, for
// one), so page counts may differ by one. Characters per line are not measured: that is Word's.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeDocument } from '../../../src/model/document.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { writePdf } from '../../../src/write/pdf/index.js';
import { writeAndUnpack } from './docx-parts.js';
import { notice, type NoticeOptions } from './notices.js';

const SOFFICE = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0);
const folder = mkdtempSync(join(tmpdir(), 'tongbao-docx-lo-'));
const session = createBrowserSession();

/** Converts with a profile of its own, so a LibreOffice already running elsewhere is not in the way. */
function convertWithLibreOffice(docxPath: string): string {
  const profile = pathToFileURL(join(folder, 'profile')).href;
  execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docxPath], { stdio: 'ignore' });
  const pdf = docxPath.replace(/\.docx$/, '.pdf');
  if (!readdirSync(folder).includes(pdf.slice(folder.length + 1))) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`);
  return pdf;
}

const pageCount = (pdfPath: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);

/** Each page's text, without spaces (LibreOffice puts spaces inside "— 1 —"). */
function pageTexts(pdfPath: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, pageCount(pdfPath))
    .map((page) => page.replace(/\s+/g, ''));
}

/** y of horizontal rules (mm from the page top): rows of dark pixels spanning most of the text block. */
function horizontalRulesMm(pdfPath: string, page: number): number[] {
  const dpi = 150;
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-gray', pdfPath], { maxBuffer: 64 << 20 });
  const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = ppm.subarray(ppm.length - width * height);
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    let dark = 0;
    for (let x = 0; x < width; x++) if (pixels[y * width + x]! < 128) dark++;
    // a rule spans the 156 mm text block; no line of text is that dense
    if (dark > width * 0.6) rows.push((y / dpi) * 25.4);
  }
  return rows.filter((y, i) => i === 0 || y - rows[i - 1]! > 0.5);
}

interface Rendered {
  readonly docxPages: string[];
  readonly docxPdf: string;
  readonly pdfPages: number;
}

async function render(name: string, doc: NoticeDocument): Promise<Rendered> {
  const docxPath = join(folder, `${name}.docx`);
  writeFileSync(docxPath, (await writeAndUnpack(doc)).bytes);
  const docxPdf = convertWithLibreOffice(docxPath);
  const [pdf] = await writePdf(doc, { browser: session.browser });
  const pdfPath = join(folder, `${name}.writer.pdf`);
  writeFileSync(pdfPath, pdf!.bytes);
  return { docxPages: pageTexts(docxPdf), docxPdf, pdfPages: pageCount(pdfPath) };
}

const CASES: Record<string, NoticeOptions> = {
  'file format, seal, long attachment, 版记': { format: 'file', failingRows: 60, hostileName: false },
  'letter format, short': { format: 'letter', hostileName: false },
  'plain, no 版记': { format: 'plain', colophon: 'none', seal: false, hostileName: false },
};

const SUITE = SOFFICE ? 'the DOCX in LibreOffice' : 'the DOCX in LibreOffice — skipped: no soffice (LibreOffice) on the PATH';

describe.skipIf(!SOFFICE)(SUITE, () => {
  const rendered = new Map<string, Rendered>();

  beforeAll(async () => {
    for (const [name, options] of Object.entries(CASES)) rendered.set(name, await render(name.replace(/\W+/g, '-'), notice(options)));
  });

  afterAll(() => session.close());

  it.each(Object.keys(CASES))('%s: opens and has as many pages as the PDF, give or take one', (name) => {
    const { docxPages, pdfPages } = rendered.get(name)!;
    expect(docxPages.length).toBeGreaterThan(1);
    expect(Math.abs(docxPages.length - pdfPages), `LibreOffice ${docxPages.length} pages, PDF writer ${pdfPages}`).toBeLessThanOrEqual(1);
  });

  it('numbers the body pages "— N —" and leaves the 版记 page, the last, unnumbered', () => {
    const { docxPages, docxPdf } = rendered.get('file format, seal, long attachment, 版记')!;
    const last = docxPages.length;
    docxPages.slice(0, -1).forEach((text, index) => expect(text, `page ${index + 1}`).toContain(`—${index + 1}—`));
    expect(docxPages[last - 1]).toContain('印发');
    expect(docxPages[last - 1]).not.toMatch(/—\d+—/);
    // three rules, the last on the text block's bottom edge (262 mm); LibreOffice starts a page
    // after an even-page break about 2 mm low, which Word does not
    const rules = horizontalRulesMm(docxPdf, last);
    expect(rules).toHaveLength(3);
    expect(rules[2]!).toBeGreaterThan(262 - 1);
    expect(rules[2]!).toBeLessThan(262 + 2.5);
  });

  it('in 信函格式 prints no page number on page 1, and numbers page 2', () => {
    const { docxPages } = rendered.get('letter format, short')!;
    expect(docxPages[0]).not.toMatch(/—\d+—/);
    expect(docxPages[1]).toContain('—2—');
  });
});
