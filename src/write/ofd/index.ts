// The OFD writer (GB/T 33190-2016, the format of 电子公文 systems and of 数科, 福昕 and WPS):
// made from the notice's printed PDF, so its pages are the PDF's pages glyph for glyph — the
// same fonts (the subsets Chromium embedded), the same positions, the rules, borders, charts
// and the seal — rather than a second layout that could break lines or pages elsewhere.
// pdf.js reads where everything is drawn (pdf-drawing.ts); package.ts writes the XML.

import { createHash } from 'node:crypto';
import type { NoticeDocument } from '../../model/document.js';
import { TONGBAO_VERSION } from '../../version.js';
import { FILE_NAMES } from '../file-names.js';
import { zipAtDate } from '../office-package.js';
import type { Writer } from '../types.js';
import { embeddedFonts } from './font-files.js';
import { ofdParts } from './package.js';
import { pageDrawing, type PageDrawing } from './pdf-drawing.js';
import { encodePng } from './png.js';

export const writeOfd: Writer = async (doc, context) => {
  // the build's own PDF when it prints one; else this writer prints it (tests, a build of OFD alone)
  const pdf = context.printedPdf ? await context.printedPdf() : (await (await import('../pdf/index.js')).writePdf(doc, context))[0]!.bytes;
  return [{ name: FILE_NAMES.ofd, bytes: await ofdFromPdf(pdf, doc) }];
};

/** The OFD package of a notice printed as `pdf`. */
export async function ofdFromPdf(pdf: Uint8Array, doc: Pick<NoticeDocument, 'titleText' | 'author' | 'date' | 'publication'>): Promise<Uint8Array> {
  const fonts = embeddedFonts(pdf);
  const pages = await readPages(pdf, fonts);
  const { abstract, site, docNumber } = doc.publication ?? { site: {} };
  const parts = ofdParts({
    info: {
      // the same document, the same identifier: a digest of what it shows
      docId: createHash('sha256').update(pdf).digest('hex').slice(0, 32),
      title: doc.titleText,
      author: doc.author,
      ...(abstract && { subject: abstract }),
      keywords: site.keywords ?? [],
      creator: 'tongbao',
      creatorVersion: TONGBAO_VERSION,
      date: doc.date,
      custom: docNumber ? [['文号', docNumber]] : [],
    },
    pages,
    fonts,
    encodeImage: (image) => encodePng(image.width, image.height, image.rgba),
  });
  return zipAtDate({ parts, isoDate: doc.date });
}

async function readPages(pdf: Uint8Array, fonts: ReadonlyMap<string, unknown>): Promise<PageDrawing[]> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js may detach the buffer it is given: a copy keeps the caller's bytes whole
  const task = getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: PageDrawing[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const fontName = (id: string): string => {
        const name = (page.commonObjs.get(id) as { name?: string }).name ?? '';
        if (!fonts.has(name)) throw new Error(`OFD: PDF 用到的字体 ${name || id} 没有嵌入 TrueType 字形（可能是 Type 3 字体），无法写入 OFD；请先运行 scripts/setup.sh 安装 TrueType 字体`);
        return name;
      };
      pages.push(await pageDrawing(page, OPS, fontName));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
