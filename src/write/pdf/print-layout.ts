// The print page's pagination, measured once per notice in the build's browser and handed to both
// writers as plain data, so the PDF and the DOCX break their pages alike: whether the closing
// block is set closer to stay on its page (closing.ts), where Chromium broke the closing paragraph
// when it moved on, where the 版记 belongs (pagination.ts), and which charts are set smaller or
// floated past the text after them to fill the page before them (charts.ts). Chromium's
// pagination is the one source of truth: the DOCX has no layout engine of its own at build time,
// and Word and LibreOffice honour keep-with-next differently (LibreOffice moves a whole paragraph).
//
// The notice is rendered with markers (probe.ts): before and at the end of the closing block, on
// every character of the closing paragraph, where the text ends and under the 版记.

import type { Element, ElementContent } from 'hast';
import type { Browser, Page } from 'puppeteer-core';
import type { Root } from 'mdast';
import type { NoticeDocument } from '../../model/document.js';
import { PAGE } from '../../layout/gbt9704.js';
import type { WriterContext } from '../types.js';
import type { ChartMoves } from '../chart/placement.js';
import { hasChart, placeCharts, withChartMarkers, withChartPlacement, type ChartLines } from './charts.js';
import { CLOSER_BLOCK_MARKER, CLOSING_MARKERS, closerPitchesMm, closerRegions, isOnEarlierPage, withCloserBlockMarkers, withCloserBlocks, withClosingMarkers } from './closing.js';
import { COLOPHON_MARKERS, placeColophon, withColophonMarkers, type ColophonLayout } from './pagination.js';
import { hasColophon, printArticle, printHtml, sealDiameterMm } from './print-page.js';
import { inlineProbeMarker, markerPositions, probeMarker, type MarkerBox, type MarkerPosition } from './probe.js';
import { renderPdf } from './render.js';

export interface PrintLayout {
  /** the closing block's line pitch when it is set closer to stay on its page (7.3.5.5) */
  readonly closingLinePitchMm?: number;
  /**
   * Body blocks (paragraphs, headings, lists) right above the closing paragraph set at the same
   * closer pitch, counted up from it: the text of the page(s) the closer pitch covers.
   */
  readonly closerBlocks?: number;
  /**
   * When the closing paragraph runs over a page edge, with its last lines going along with the
   * 附件说明 and signature: how many characters of its text stay on the earlier page.
   */
  readonly closingBreakOffset?: number;
  /** where the 版记 goes, when the notice has one */
  readonly colophon?: ColophonLayout;
  /** charts set smaller than their full height, by index, in grid lines */
  readonly chartLines?: ChartLines;
  /** charts floated past the blocks after them, by index: how many blocks */
  readonly chartMoves?: ChartMoves;
  /** where the seal is printed, when the notice is sealed: the digital signature's field goes over it */
  readonly seal?: Pick<MarkerBox, 'page' | 'rectPt'>;
}

const MM_PER_CSS_PX = 25.4 / 96;

/**
 * Each closer block's distance to the closing block's end, by its count up from the closing block
 * (0: the closing block itself), on the page laid out on screen as wide as the text block, where
 * nothing breaks over pages.
 */
async function closerHeightsMm(page: Page): Promise<Map<number, number>> {
  const heightsPx = await page.evaluate(
    (width, markerPrefix) => {
      document.documentElement.style.width = width;
      const closing = document.querySelector('.closing')?.getBoundingClientRect();
      if (!closing) return [];
      const heights: [number, number][] = [[0, closing.height]];
      for (let count = 1; ; count += 1) {
        const marker = document.querySelector(`a[href$="/${markerPrefix}${count}"]`);
        if (!marker) return heights;
        heights.push([count, closing.bottom - marker.getBoundingClientRect().top]);
      }
    },
    `${PAGE.textWidthMm}mm`,
    CLOSER_BLOCK_MARKER,
  );
  return new Map(heightsPx.map(([count, px]) => [count, px * MM_PER_CSS_PX]));
}

const CHARACTER_MARKER = 'closing-char-';

const classOf = (node: ElementContent | undefined) => (node?.type === 'element' ? String(node.properties.className ?? '') : '');

/** Every character of the text, each in a marker of its own, numbered on from `counter`. */
function withCharacterMarkers(nodes: readonly ElementContent[], counter: { next: number }): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [...node.value].map((character) => inlineProbeMarker(`${CHARACTER_MARKER}${counter.next++}`, character));
    // a link inside cannot hold another; its characters still count
    if (node.type === 'element' && node.tagName === 'a') {
      counter.next += [...(node.children.find((child) => child.type === 'text')?.value ?? '')].length;
      return [node];
    }
    return node.type === 'element' ? [{ ...node, children: withCharacterMarkers(node.children, counter) }] : [node];
  });
}

/** The closing block's paragraph text (everything before its first line break) marked character by character. */
function withClosingCharacterMarkers(article: Element): Element {
  const children = article.children.map((child) => {
    if (child.type !== 'element' || classOf(child) !== 'closing') return child;
    const lineBreak = child.children.findIndex((node) => node.type === 'element' && node.tagName === 'br');
    if (lineBreak < 0) return child;
    const text = withCharacterMarkers(child.children.slice(0, lineBreak), { next: 0 });
    return { ...child, children: [...text, ...child.children.slice(lineBreak)] };
  });
  return { ...article, children };
}

/**
 * Characters of the closing paragraph before the page it ends on, when it runs over a page edge:
 * there the closing lines' page begins.
 */
function closingBreakOffset(positions: ReadonlyMap<string, MarkerPosition>): number | undefined {
  const characters: MarkerPosition[] = [];
  for (let position = positions.get(`${CHARACTER_MARKER}0`); position; position = positions.get(`${CHARACTER_MARKER}${characters.length}`)) {
    characters.push(position);
  }
  const lastPage = characters.at(-1)?.page;
  const onLastPage = (position: MarkerPosition) => position.page === lastPage && !isOnEarlierPage(position);
  const offset = characters.findIndex(onLastPage);
  return offset > 0 ? offset : undefined;
}

const SEAL_MARKER = 'seal';

/** The seal's box marked beside it, inside the closing block (the only place a seal is printed). */
function withSealMarker(article: Element): Element {
  const marked = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      return classOf(child) === 'seal' ? [child, probeMarker(SEAL_MARKER, 'seal-marker')] : [marked(child)];
    }),
  });
  return { ...article, children: article.children.map((child) => (child.type === 'element' && classOf(child) === 'closing' ? marked(child) : child)) };
}

interface Measured {
  readonly positions: Map<string, MarkerBox>;
  /** each closer block's distance to the closing block's end, without page breaks (closerHeightsMm) */
  readonly closerHeightsMm: Map<number, number>;
}

interface ClosingFit {
  readonly closingLinePitchMm?: number;
  readonly closerBlocks?: number;
}

async function measure(options: { doc: NoticeDocument; article: Element; browser: Browser; closing?: ClosingFit }): Promise<Measured> {
  const { doc, browser, closing = {} } = options;
  const article = withCloserBlocks(options.article, closing.closerBlocks ?? 0);
  const marked = withSealMarker(withClosingCharacterMarkers(withClosingMarkers(withColophonMarkers(withChartMarkers(withCloserBlockMarkers(article))))));
  let heightsMm = new Map<number, number>();
  const html = await printHtml({ doc, article: marked, closingLinePitchMm: closing.closingLinePitchMm });
  const probe = await renderPdf({ browser, html, tagged: false, inspect: async (page) => void (heightsMm = await closerHeightsMm(page)) });
  return { positions: markerPositions(probe), closerHeightsMm: heightsMm };
}

const closingEndPage = (positions: ReadonlyMap<string, MarkerPosition>) => positions.get(CLOSING_MARKERS.end)?.page ?? 0;

/**
 * 7.3.5.5: a closing block spilling onto the next page is set closer, with the text above it on
 * the page it would leave (and the page before, when that is not enough), when that keeps it
 * whole: the closest fit on the fewest pages, each tried by printing it.
 */
async function fitClosing(options: { doc: NoticeDocument; article: Element; browser: Browser; measured: Measured }): Promise<{ fit: ClosingFit; measured: Measured }> {
  const { doc, measured } = options;
  const unchanged = { fit: {}, measured };
  // the page the closing lines would leave: set closer, they end there
  const leftPage = closingEndPage(measured.positions) - 1;
  for (const { blocks, region } of closerRegions({ positions: measured.positions, heightsMm: measured.closerHeightsMm })) {
    for (const pitch of closerPitchesMm(region, sealDiameterMm(doc))) {
      const fit = { closingLinePitchMm: pitch, ...(blocks > 0 ? { closerBlocks: blocks } : {}) };
      const tried = await measure({ ...options, closing: fit });
      if (closingEndPage(tried.positions) === leftPage) return { fit, measured: tried };
    }
  }
  return unchanged;
}

function colophonLayout(measured: Measured): ColophonLayout {
  const textEnd = measured.positions.get(COLOPHON_MARKERS.textEnd);
  const colophonEnd = measured.positions.get(COLOPHON_MARKERS.colophonEnd);
  if (!textEnd || !colophonEnd) throw new Error('测量排版时没有在 PDF 中找到正文末尾或版记的标记');
  return placeColophon({ textEnd, colophonEnd });
}

const hasClosing = (article: Element) => article.children.some((child) => classOf(child) === 'closing');

async function measurePrintLayout(doc: NoticeDocument, context: WriterContext): Promise<PrintLayout> {
  const printed = printArticle(doc);
  if (!hasColophon(printed) && !hasClosing(printed) && !hasChart(printed)) return {};
  const browser = await context.browser();
  const { placement, measured: first } = await placeCharts(printed, (article) => measure({ doc, article, browser }));
  const article = withChartPlacement(printed, placement);
  const charts = { ...(placement.lines.size > 0 ? { chartLines: placement.lines } : {}), ...(placement.moves.size > 0 ? { chartMoves: placement.moves } : {}) };
  const { fit, measured: final } = await fitClosing({ doc, article, browser, measured: first });
  // set closer, the closing block can still start on the page before when the closer text runs over two pages
  const breakOffset = closingBreakOffset(final.positions);
  const closing = { ...fit, ...(breakOffset === undefined ? {} : { closingBreakOffset: breakOffset }) };
  // the seal's box matters only to a signature
  const seal = doc.signing === undefined ? undefined : final.positions.get(SEAL_MARKER);
  return {
    ...charts,
    ...closing,
    ...(hasColophon(article) ? { colophon: colophonLayout(final) } : {}),
    ...(seal ? { seal: { page: seal.page, rectPt: seal.rectPt } } : {}),
  };
}

/** The print article laid out as measured: charts at their lines and places, the text above the closing block at its pitch. */
export function withPrintLayout(article: Element, layout: PrintLayout): Element {
  const charts = { lines: layout.chartLines ?? new Map(), moves: layout.chartMoves ?? new Map() };
  return withCloserBlocks(withChartPlacement(article, charts), layout.closerBlocks ?? 0);
}

/** Per tree, so the writers of one build measure a notice once: writers read the document, never change it. */
const measured = new WeakMap<Root, Promise<PrintLayout>>();

export function printLayout(doc: NoticeDocument, context: WriterContext): Promise<PrintLayout> {
  let layout = measured.get(doc.tree);
  if (!layout) {
    layout = measurePrintLayout(doc, context);
    measured.set(doc.tree, layout);
  }
  return layout;
}
