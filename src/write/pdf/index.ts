// The PDF writer: the print page rendered by the build's browser, tagged for screen readers,
// with tongbao's document properties and its dates fixed to the notice's date so the same input
// gives the same bytes. A notice with a closing block, a 版记 or a chart is laid out as the
// measuring pass decided (print-layout.ts, shared with the DOCX writer): charts set smaller or
// floated to fill the page before them, the closing block set closer or not, the 版记 under the
// text or on a later page. An issuer that signs gets the PDF digitally signed over its seal (signature.ts).

import type { Element } from 'hast';
import type { Browser } from 'puppeteer-core';
import type { NoticeDocument } from '../../model/document.js';
import { FILE_NAMES } from '../file-names.js';
import type { Writer } from '../types.js';
import { withDocumentInfo } from './document-info.js';
import { printArticle, printHtml } from './print-page.js';
import { printLayout, withPrintLayout, type PrintLayout } from './print-layout.js';
import { pdfPageCount } from './probe.js';
import { renderPdf } from './render.js';
import { openSigner, signedPdf } from './signature.js';
import { TONGBAO_VERSION } from '../../version.js';

/** The final rendering, laid out as the measuring pass decided; its pages checked against the decision. */
async function renderLaidOut(options: { doc: NoticeDocument; article: Element; browser: Browser; layout: PrintLayout }): Promise<Uint8Array> {
  const { doc, article, browser, layout } = options;
  const html = await printHtml({ doc, article, colophon: layout.colophon?.placement, closingLinePitchMm: layout.closingLinePitchMm });
  const pdf = await renderPdf({ browser, html });
  const pages = pdfPageCount(pdf);
  if (layout.colophon && pages !== layout.colophon.pageCount) {
    throw new Error(`版记排版出错：按测量应为 ${layout.colophon.pageCount} 页，实际排出 ${pages} 页`);
  }
  return pdf;
}

export const writePdf: Writer = async (doc, context) => {
  // opened first: a missing or wrong password fails the build before anything is printed
  const signer = doc.signing && (await openSigner(doc.signing));
  const layout = await printLayout(doc, context);
  const article = withPrintLayout(printArticle(doc), layout);
  const pdf = await renderLaidOut({ doc, article, browser: await context.browser(), layout });
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
  const described = withDocumentInfo(pdf, info);
  if (!signer || !doc.signing) return [{ name: FILE_NAMES.pdf, bytes: described }];
  const { reason, location } = doc.signing;
  const signing = { signer, field: layout.seal ?? {}, date: doc.date, ...(reason && { reason }), ...(location && { location }) };
  return [{ name: FILE_NAMES.pdf, bytes: await signedPdf(described, signing) }];
};
