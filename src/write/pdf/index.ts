// The PDF writer: the print page rendered by the build's browser, tagged for screen readers,
// with tongbao's document properties and its dates fixed to the notice's date so the same input
// gives the same bytes. A notice with a 版记 is rendered
// twice: once to measure where the text ends, once with the 版记 where it belongs.

import type { Element } from 'hast';
import type { Browser } from 'puppeteer-core';
import type { NoticeDocument } from '../../model/document.js';
import { FILE_NAMES } from '../file-names.js';
import type { Writer } from '../types.js';
import { COLOPHON_MARKERS, placeColophon, withColophonMarkers } from './pagination.js';
import { withDocumentInfo } from './document-info.js';
import { hasColophon, printArticle, printHtml } from './print-page.js';
import { markerPositions, pdfPageCount } from './probe.js';
import { renderPdf } from './render.js';
import { TONGBAO_VERSION } from '../../version.js';

async function renderWithColophon(options: { doc: NoticeDocument; article: Element; browser: Browser }): Promise<Uint8Array> {
  const { doc, article, browser } = options;
  const probe = await renderPdf({ browser, html: await printHtml({ doc, article: withColophonMarkers(article) }) });
  const positions = markerPositions(probe);
  const textEnd = positions.get(COLOPHON_MARKERS.textEnd);
  const colophonEnd = positions.get(COLOPHON_MARKERS.colophonEnd);
  if (!textEnd || !colophonEnd) throw new Error('测量排版时没有在 PDF 中找到正文末尾或版记的标记');
  const layout = placeColophon({ textEnd, colophonEnd });
  const pdf = await renderPdf({ browser, html: await printHtml({ doc, article, colophon: layout.placement }) });
  const pages = pdfPageCount(pdf);
  if (pages !== layout.pageCount) {
    throw new Error(`版记排版出错：按测量应为 ${layout.pageCount} 页，实际排出 ${pages} 页`);
  }
  return pdf;
}

export const writePdf: Writer = async (doc, context) => {
  const browser = await context.browser();
  const article = printArticle(doc);
  const pdf = hasColophon(article)
    ? await renderWithColophon({ doc, article, browser })
    : await renderPdf({ browser, html: await printHtml({ doc, article }) });
  const maker = `tongbao ${TONGBAO_VERSION}`;
  const { abstract, site } = doc.publication ?? { site: {} };
  const info = {
    title: doc.titleText,
    author: doc.author,
    ...(abstract && { subject: abstract }),
    ...(site.keywords && { keywords: site.keywords.join(',') }),
    creator: maker,
    producer: maker,
    date: doc.date,
  };
  return [{ name: FILE_NAMES.pdf, bytes: withDocumentInfo(pdf, info) }];
};
