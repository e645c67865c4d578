// LibreOffice standing in for Word: converting DOCX files to PDF and reading back each page's first
// line, to compare the DOCX's pagination with the PDF writer's; every test that renders a DOCX in LibreOffice converts with it.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageCount, textBlockLines } from '../write-pdf/measure.js';

/** LibreOffice's command, or undefined when it is not on the PATH (the tests that need it are skipped). */
export const SOFFICE = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0);

/**
 * Converts DOCX files to PDF in one LibreOffice run (starting it takes seconds), with a profile of
 * its own in `folder`, so a LibreOffice already running elsewhere is not in the way. Returns the PDFs' paths.
 */
export function convertWithLibreOffice(docxPaths: readonly string[], folder: string): string[] {
  const profile = pathToFileURL(join(folder, 'lo-profile')).href;
  execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...docxPaths], { stdio: 'ignore' });
  return docxPaths.map((docxPath) => {
    const pdf = join(folder, basename(docxPath).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`);
    return pdf;
  });
}

/**
 * Each page's first line of text in the text block, without spaces, as far as its first six
 * characters. A chart at the top of a page is left out: its words (vector text in the PDF writer's
 * chart, pixels in LibreOffice's) come before its caption (图N), and no sentence does.
 */
export function firstLines(pdfPath: string): string[] {
  return Array.from({ length: pageCount(pdfPath) }, (_, index) => {
    const lines = textBlockLines(pdfPath, index + 1).map((line) => line.replace(/\s+/g, ''));
    const caption = lines.findIndex((line) => /^图\d/.test(line));
    const first = caption > 0 && !/[。，；]/.test(lines.slice(0, caption).join('')) ? lines[caption] : lines[0];
    return (first ?? '').slice(0, 6);
  });
}
