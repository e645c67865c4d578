// The OFD of the example and of the printed seeds, checked against its own PDF: the package's
// structure as GB/T 33190 lays it out (read with xmldom), its text against poppler's text of
// the PDF, and its pages as an independent reader (ofd.js, in Chromium) draws them against
// poppler's pages of the PDF.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, prepareNotice } from '../../../src/build.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import { ofdFromPdf } from '../../../src/write/ofd/index.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { renderWithOfdJs } from './ofd-js.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
const NOTICES = ['data/示例市/2025-q3.yaml', 'data/seeds/001-广西/2020-q1.yaml', 'data/seeds/002-上海/2025-q3.yaml', 'data/seeds/003-黑龙江/2022-q2.yaml', 'data/seeds/004-普洱/2022-q1.yaml'];
const outDir = mkdtempSync(join(tmpdir(), 'tongbao-ofd-'));
const session = createBrowserSession();

interface Built {
  readonly pdfPath: string;
  readonly pdf: Uint8Array;
  readonly ofd: Uint8Array;
  readonly document: NoticeDocument;
}
const built = new Map<string, Built>();

beforeAll(async () => {
  // one build for all: one browser, two notices at a time
  const results = await build({ files: NOTICES.map((notice) => join(PROJECT_ROOT, notice)), formats: ['pdf', 'ofd'], outDir, projectRoot: PROJECT_ROOT, log: () => {} });
  for (const [index, notice] of NOTICES.entries()) {
    const folder = results[index]!.folder;
    const pdfPath = join(folder, '通报.pdf');
    const { document } = await prepareNotice(join(PROJECT_ROOT, notice), () => {});
    built.set(notice, { pdfPath, pdf: new Uint8Array(readFileSync(pdfPath)), ofd: new Uint8Array(readFileSync(join(folder, '通报.ofd'))), document });
  }
}, 900_000);
afterAll(async () => {
  await session.close();
  rmSync(outDir, { recursive: true, force: true });
});

const OFD_NS = 'http://www.ofdspec.org/2016';

/** Every part of the package; each XML part parsed strictly: a fatal error or a warning fails. */
function unpack(ofd: Uint8Array): { files: Record<string, Uint8Array>; xml: (path: string) => XmlDocument } {
  const files = unzipSync(ofd);
  const xml = (path: string) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`the package has no ${path}`);
    return new DOMParser({ onError: (level, message) => { throw new Error(`${path}: ${level}: ${message}`); } }).parseFromString(strFromU8(bytes), 'application/xml');
  };
  return { files, xml };
}

const children = (node: XmlDocument | XmlElement, name: string): XmlElement[] => Array.from(node.getElementsByTagNameNS(OFD_NS, name));
const one = (node: XmlDocument | XmlElement, name: string): XmlElement => {
  const found = children(node, name);
  if (found.length !== 1) throw new Error(`expected one ofd:${name}, found ${found.length}`);
  return found[0]!;
};
const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);

describe.each(NOTICES)('the OFD of %s', (notice) => {
  it('is a GB/T 33190 package: document root, page tree, resources, and every font and image reference resolves', () => {
    const { ofd, pdfPath, document } = built.get(notice)!;
    const { files, xml } = unpack(ofd);
    const entry = xml('OFD.xml');
    expect(entry.documentElement!.localName).toBe('OFD');
    const info = one(entry, 'DocInfo');
    expect(one(info, 'Title').textContent).toBe(document.titleText);
    expect(one(info, 'Author').textContent).toBe(document.author);
    expect(one(info, 'CreationDate').textContent).toBe(document.date);
    const docNumber = document.publication?.docNumber;
    expect(children(info, 'CustomData').map((c) => [c.getAttribute('Name'), c.textContent])).toEqual(docNumber ? [['文号', docNumber]] : []);

    const root = one(entry, 'DocRoot').textContent!;
    const folder = root.slice(0, root.lastIndexOf('/') + 1);
    const doc = xml(root);
    const common = one(doc, 'CommonData');
    const maxUnitId = Number(one(common, 'MaxUnitID').textContent);
    expect(one(one(common, 'PageArea'), 'PhysicalBox').textContent).toMatch(/^0 0 [\d.]+ [\d.]+$/);
    const resources = [...children(common, 'PublicRes'), ...children(common, 'DocumentRes')].map((r) => ({ path: folder + r.textContent, res: xml(folder + r.textContent) }));
    const resourceFile = (path: string, res: XmlDocument, file: string) => `${path.slice(0, path.lastIndexOf('/') + 1)}${res.documentElement!.getAttribute('BaseLoc')}/${file}`;
    const fonts = new Map(resources.flatMap(({ path, res }) => children(res, 'Font').map((f) => [f.getAttribute('ID'), resourceFile(path, res, one(f, 'FontFile').textContent!)] as const)));
    const images = new Map(resources.flatMap(({ path, res }) => children(res, 'MultiMedia').map((m) => [m.getAttribute('ID'), resourceFile(path, res, one(m, 'MediaFile').textContent!)] as const)));
    for (const file of [...fonts.values(), ...images.values()]) expect(files[file], file).toBeDefined();

    const pages = children(one(doc, 'Pages'), 'Page');
    expect(pages).toHaveLength(pdfPages(pdfPath));
    const ids = [...fonts.keys(), ...images.keys(), ...pages.map((p) => p.getAttribute('ID'))];
    for (const page of pages) {
      const content = xml(folder + page.getAttribute('BaseLoc'));
      for (const text of children(content, 'TextObject')) expect(fonts.has(text.getAttribute('Font'))).toBe(true);
      for (const image of children(content, 'ImageObject')) expect(images.has(image.getAttribute('ResourceID'))).toBe(true);
      ids.push(...['Layer', 'TextObject', 'PathObject', 'ImageObject'].flatMap((name) => children(content, name).map((o) => o.getAttribute('ID'))));
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...ids.map(Number))).toBeLessThanOrEqual(maxUnitId);
    // the seal of a notice that has one, drawn as an image
    if (notice.startsWith('data/示例市')) expect(images.size).toBeGreaterThan(0);
  });

  it("has the PDF's text, page by page, in the PDF's order", () => {
    const { ofd, pdfPath } = built.get(notice)!;
    const { xml } = unpack(ofd);
    const flat = (text: string) => text.replace(/\s+/g, '');
    const pages = children(xml('Doc_0/Document.xml'), 'Page').map((page) => flat(children(xml(`Doc_0/${page.getAttribute('BaseLoc')}`), 'TextCode').map((code) => code.textContent).join('')));
    // -raw: poppler's text in the order the content stream draws it
    const pdfText = pages.map((_, i) => flat(execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdfPath, '-'], { encoding: 'utf8' })));
    expect(pages).toEqual(pdfText);
    expect(pages.join('').length).toBeGreaterThan(100);
  });

  it('is the same bytes when made again from the same PDF', async () => {
    const { ofd, pdf, document } = built.get(notice)!;
    expect(Buffer.from(await ofdFromPdf(pdf, document)).equals(Buffer.from(ofd))).toBe(true);
  });

  it('looks like the PDF when ofd.js draws it', async () => {
    const { ofd, pdfPath } = built.get(notice)!;
    // ofd.js 0.2.6 places images right only at its 96-dpi scale (it divides a CTM by a fixed
    // 0.2642 mm per pixel), and it rounds the scale it is given to 0.1 px/mm: 3.8 px/mm
    const pxPerMm = 3.8;
    const ofdPages = await renderWithOfdJs(await session.browser(), ofd, 10 + 3.8 * 209.9);
    const folder = mkdtempSync(join(outDir, 'pages-'));
    execFileSync('pdftoppm', ['-r', String(pxPerMm * 25.4), '-png', pdfPath, join(folder, 'p')]);
    const pdfImages = ofdPages.map((_, i) => grey(readFileSync(join(folder, `p-${String(i + 1).padStart(String(ofdPages.length).length, '0')}.png`))));
    expect(ofdPages).toHaveLength(pdfPages(pdfPath));
    ofdPages.forEach((page, i) => {
      const drawn = grey(Buffer.from(page.png));
      const pdf = pdfImages[i]!;
      const difference = inkDifference(pdf, drawn);
      expect(difference, `page ${i + 1}`).toBeLessThan(MAX_INK_DIFFERENCE);
      // the measure tells pages apart: against another page of the PDF it is far above the threshold
      if (pdfImages.length > 1) expect(inkDifference(pdfImages[(i + 1) % pdfImages.length]!, drawn)).toBeGreaterThan(5 * MAX_INK_DIFFERENCE);
    });
  }, 120_000);
});

interface Grey {
  readonly width: number;
  readonly height: number;
  readonly at: (x: number, y: number) => number;
}

function grey(png: Buffer): Grey {
  const image = PNG.sync.read(png);
  return {
    width: image.width,
    height: image.height,
    at: (x, y) => {
      if (x < 0 || y < 0 || x >= image.width || y >= image.height) return 255;
      const i = (y * image.width + x) * 4;
      return (image.data[i]! * 299 + image.data[i + 1]! * 587 + image.data[i + 2]! * 114) / 1000;
    },
  };
}

/**
 * Two renderers never draw the same pixels: poppler and Chromium smooth edges differently, hint
 * glyphs differently, and poppler widens hairlines (the 0.17 mm table rules) to a full dark
 * pixel where Chromium draws a light grey one. So the measure is about ink, with a pixel of
 * leeway (0.26 mm at 3.8 px/mm): the share of the dark pixels (< 160) of either image that
 * have no mark at all (< 230) within one pixel in the other. The example measures 0–2.9% a
 * page (the most where poppler's and Chromium's glyph edges differ most), against 62% or more
 * for another page of it; before the 版记 rules were drawn, their page measured 56%, and a
 * legend box drawn black instead of transparent put 8% on its page. 5% passes the first and
 * fails the others.
 */
const MAX_INK_DIFFERENCE = 0.05;

function inkDifference(a: Grey, b: Grey): number {
  const unmatched = (from: Grey, to: Grey) => {
    let dark = 0;
    let alone = 0;
    for (let y = 0; y < from.height; y++) {
      for (let x = 0; x < from.width; x++) {
        if (from.at(x, y) >= 160) continue;
        dark++;
        let marked = false;
        for (let dy = -1; dy <= 1 && !marked; dy++) for (let dx = -1; dx <= 1 && !marked; dx++) marked = to.at(x + dx, y + dy) < 230;
        if (!marked) alone++;
      }
    }
    return dark === 0 ? 0 : alone / dark;
  };
  return Math.max(unmatched(a, b), unmatched(b, a));
}
