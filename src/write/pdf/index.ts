// The PDF writer: the print page rendered by the build's browser, tagged for screen readers,
// with tongbao's document properties and its dates fixed to the notice's date so the same input
// gives the same bytes. A notice with a closing block or a 版记 is rendered first with markers
// (probe.ts) to measure Chromium's own pagination: whether a chart is set smaller to fill the page
// before it (charts.ts), whether the closing block must be set closer to stay on its page
// (closing.ts), and where the 版记 belongs (pagination.ts); then for good.

import type { Element } from 'hast';
import type { Browser, Page } from 'puppeteer-core';
import type { NoticeDocument } from '../../model/document.js';
import { PAGE } from '../../layout/gbt9704.js';
import { FILE_NAMES } from '../file-names.js';
import type { Writer } from '../types.js';
import { chartCount, hasChart, nextChartToFit, withChartLines, withChartMarkers, type ChartLines } from './charts.js';
import { CLOSING_MARKERS, closingLinePitchMm, withClosingMarkers } from './closing.js';
import { COLOPHON_MARKERS, placeColophon, withColophonMarkers, type ColophonLayout } from './pagination.js';
import { withDocumentInfo } from './document-info.js';
import { hasColophon, printArticle, printHtml, sealDiameterMm } from './print-page.js';
import { markerPositions, pdfPageCount, type MarkerPosition } from './probe.js';
import { renderPdf } from './render.js';
import { TONGBAO_VERSION } from '../../version.js';

const MM_PER_CSS_PX = 25.4 / 96;

/** The closing block's height without page breaks: the page laid out on screen, as wide as the text block. */
async function closingHeightMm(page: Page): Promise<number | undefined> {
  const heightPx = await page.evaluate((width) => {
    document.documentElement.style.width = width;
    return document.querySelector('.closing')?.getBoundingClientRect().height;
  }, `${PAGE.textWidthMm}mm`);
  return heightPx === undefined ? undefined : heightPx * MM_PER_CSS_PX;
}

interface Measured {
  readonly positions: Map<string, MarkerPosition>;
  readonly closingHeightMm?: number;
}

async function measure(options: { doc: NoticeDocument; article: Element; browser: Browser; closingLinePitchMm?: number }): Promise<Measured> {
  const { doc, article, browser } = options;
  const marked = withClosingMarkers(withColophonMarkers(withChartMarkers(article)));
  let heightMm: number | undefined;
  const html = await printHtml({ doc, article: marked, closingLinePitchMm: options.closingLinePitchMm });
  const probe = await renderPdf({ browser, html, tagged: false, inspect: async (page) => void (heightMm = await closingHeightMm(page)) });
  return { positions: markerPositions(probe), closingHeightMm: heightMm };
}

/** 7.3.5.5: a closing block spilling onto the next page is set closer when that keeps it whole. */
function fittedClosing(doc: NoticeDocument, measured: Measured): number | undefined {
  const start = measured.positions.get(CLOSING_MARKERS.start);
  const end = measured.positions.get(CLOSING_MARKERS.end);
  if (!start || !end || measured.closingHeightMm === undefined) return undefined;
  return closingLinePitchMm({ start, end, heightMm: measured.closingHeightMm }, sealDiameterMm(doc));
}

function colophonLayout(measured: Measured): ColophonLayout {
  const textEnd = measured.positions.get(COLOPHON_MARKERS.textEnd);
  const colophonEnd = measured.positions.get(COLOPHON_MARKERS.colophonEnd);
  if (!textEnd || !colophonEnd) throw new Error('测量排版时没有在 PDF 中找到正文末尾或版记的标记');
  return placeColophon({ textEnd, colophonEnd });
}

/** Charts set smaller one by one where that fills the page before them, measuring again after each. */
async function fitCharts(options: { doc: NoticeDocument; article: Element; browser: Browser }): Promise<{ article: Element; measured: Measured }> {
  let lines: ChartLines = new Map();
  let measured = await measure(options);
  for (;;) {
    const next = nextChartToFit(measured.positions, chartCount(options.article), lines);
    if (!next) return { article: withChartLines(options.article, lines), measured };
    lines = new Map([...lines, [next.index, next.lines]]);
    measured = await measure({ ...options, article: withChartLines(options.article, lines) });
  }
}

async function renderMeasured(options: { doc: NoticeDocument; article: Element; browser: Browser }): Promise<Uint8Array> {
  const { doc, browser } = options;
  const { article, measured: first } = await fitCharts(options);
  const closingLinePitch = fittedClosing(doc, first);
  if (!hasColophon(article)) return renderPdf({ browser, html: await printHtml({ doc, article, closingLinePitchMm: closingLinePitch }) });
  // a closer-set closing block ends the text elsewhere: the 版记 is placed after measuring that
  const layout = colophonLayout(closingLinePitch === undefined ? first : await measure({ ...options, article, closingLinePitchMm: closingLinePitch }));
  const html = await printHtml({ doc, article, colophon: layout.placement, closingLinePitchMm: closingLinePitch });
  const pdf = await renderPdf({ browser, html });
  const pages = pdfPageCount(pdf);
  if (pages !== layout.pageCount) {
    throw new Error(`版记排版出错：按测量应为 ${layout.pageCount} 页，实际排出 ${pages} 页`);
  }
  return pdf;
}

const hasClosing = (article: Element) =>
  article.children.some((child) => child.type === 'element' && String(child.properties.className) === 'closing');

export const writePdf: Writer = async (doc, context) => {
  const browser = await context.browser();
  const article = printArticle(doc);
  const pdf =
    hasColophon(article) || hasClosing(article) || hasChart(article)
      ? await renderMeasured({ doc, article, browser })
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
