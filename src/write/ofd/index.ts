// The OFD writer (GB/T 33190-2016, the format of 电子公文 systems and of 数科, 福昕 and WPS):
// made from the notice's printed PDF, so its pages are the PDF's pages glyph for glyph — the
// same fonts (the subsets Chromium embedded), the same positions, the rules, borders, charts
// and the seal — rather than a second layout that could break lines or pages elsewhere.
// pdf.js reads where everything is drawn (pdf-drawing.ts); package.ts writes the XML.

import { createHash } from 'node:crypto';
import { TongbaoError } from '../../diagnostics/diagnostic.js';
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
  // pdf.js loads (half a second) while Chromium is still printing, not after
  const reader = loadReader();
  reader.catch(() => {});
  // the build's own PDF when it prints one; else this writer prints it (tests, a build of OFD alone)
  const pdf = context.printedPdf ? await context.printedPdf() : (await (await import('../pdf/index.js')).writePdf(doc, context))[0]!.bytes;
  return [{ name: FILE_NAMES.ofd, bytes: await ofdFromPdf(pdf, doc) }];
};

/** pdf.js and the worker module it runs in this thread (its "fake worker" imports it on first use: cached then). */
async function loadReader() {
  const [pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  return pdfjs;
}

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

/**
 * Chromium embeds CFF fonts (Noto CJK, LXGW WenKai) as Type 3 glyph drawings, which OFD cannot
 * take as fonts: the machine needs the TrueType faces the font stacks prefer.
 */
function typeThreeFont(name: string): TongbaoError {
  return new TongbaoError([
    {
      code: 'TB504',
      severity: 'error',
      message: `PDF 里的字体“${name}”不是 TrueType 字体（浏览器把它画成了 Type 3 图形），无法写入 OFD。`,
      hint: '安装 TrueType 的中文字体后再生成：Debian/Ubuntu 运行 scripts/setup.sh，或安装仿宋_GB2312、方正小标宋等官方字体；tongbao fonts 会列出每种用途用的是哪种字体。',
    },
  ]);
}

async function readPages(pdf: Uint8Array, fonts: ReadonlyMap<string, unknown>): Promise<PageDrawing[]> {
  const { getDocument, OPS } = await loadReader();
  // pdf.js may detach the buffer it is given: a copy keeps the caller's bytes whole
  const task = getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: PageDrawing[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const fontName = (id: string): string => {
        const name = (page.commonObjs.get(id) as { name?: string }).name ?? '';
        if (!fonts.has(name)) throw typeThreeFont(name || id);
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
