// The closing block kept together (GB/T 9704 7.3.5): never a page holding only the signature, only
// the 附注, or the part of a seal that crossed a page edge. Chromium ignores break-before: avoid
// but honours widows inside a paragraph, so in print the last body paragraph becomes one block
// whose last "lines" are the 附件说明 and the signature with its 附注, set as inline blocks
// (print.css): an inline block never breaks across pages, and with widows the paragraph's last
// two lines of text go along with them to a new page whenever they need one — and no more of the
// text than that. The signature's inline block is at least as tall as its seal, so the seal
// moves with it.

import type { Element, ElementContent } from 'hast';
import { CLOSING, GRID, PAGE, sealLines } from '../../layout/gbt9704.js';
import { ownElement } from '../html/own-elements.js';
import { probeMarker, type MarkerPosition } from './probe.js';

const classOf = (node: ElementContent | undefined) => (node?.type === 'element' ? String(node.properties.className ?? '') : '');

export function withClosingLines(article: Element): Element {
  const children = article.children;
  const elementBefore = (index: number) => {
    for (let i = index - 1; i >= 0; i -= 1) if (children[i]?.type === 'element') return i;
    return -1;
  };
  const elementAfter = (index: number) => {
    for (let i = index + 1; i < children.length; i += 1) if (children[i]?.type === 'element') return i;
    return -1;
  };
  const signature = children.findIndex((child) => classOf(child) === 'signature');
  if (signature < 0) return article;
  const list = classOf(children[elementBefore(signature)]) === 'attachment-list' ? elementBefore(signature) : -1;
  const annotation = classOf(children[elementAfter(signature)]) === 'annotation' ? elementAfter(signature) : -1;
  const end = annotation >= 0 ? annotation : signature;
  const last = elementBefore(list >= 0 ? list : signature);
  const paragraph = children[last];
  // a notice ends its body with a paragraph; after anything else the closing lines stand alone,
  // each still whole
  const textLines = paragraph?.type === 'element' && paragraph.tagName === 'p' && classOf(paragraph) === '';
  const blocksOf = (from: number, to: number) => children.slice(from, to + 1).filter((child) => child.type === 'element');
  const lines = [
    ...(list >= 0 ? [ownElement('closing-line', blocksOf(list, list))] : []),
    ownElement('closing-line', blocksOf(signature, end)),
  ];
  const lineBreak: Element = { type: 'element', tagName: 'br', properties: {}, children: [] };
  const start = textLines ? last : list >= 0 ? list : signature;
  const closing = textLines ? [ownElement('closing', [...paragraph.children, lineBreak, ...lines])] : lines;
  return { ...article, children: [...children.slice(0, start), ...closing, ...children.slice(end + 1)] };
}

export const CLOSING_MARKERS = { start: 'closing-start', end: 'closing-end' } as const;

/**
 * The article for the measuring pass: a marker before the closing block and one at the end of its
 * last line, inside that unbreakable line, so that it is on the page where the block ends.
 */
export function withClosingMarkers(article: Element): Element {
  const children = article.children.flatMap((child) => {
    if (child.type !== 'element' || classOf(child) !== 'closing') return [child];
    const line = child.children.at(-1);
    if (line?.type !== 'element') return [child];
    const marked = { ...line, children: [...line.children, probeMarker(CLOSING_MARKERS.end)] };
    return [probeMarker(CLOSING_MARKERS.start), { ...child, children: [...child.children.slice(0, -1), marked] }];
  });
  return { ...article, children };
}

export interface ClosingMeasure {
  readonly start: MarkerPosition;
  readonly end: MarkerPosition;
  /** the block's height laid out without page breaks */
  readonly heightMm: number;
}

/** Chromium places lines at fractions of a pixel: the closer-set block keeps this much clear of the page's edge. */
const FIT_ALLOWANCE_MM = 0.3;

/**
 * The line pitch that keeps a closing block on the page it starts on (GB/T 9704 7.3.5.5: 调整行距),
 * or undefined when it is on one page already or would have to be set closer than CLOSING allows.
 * Every line of the block shrinks with the pitch but the seal, which keeps its diameter.
 */
export function closingLinePitchMm(measured: ClosingMeasure, sealDiameterMm?: number): number | undefined {
  if (measured.start.page === measured.end.page) return undefined;
  const lineMm = GRID.linePitchMm;
  const roomMm = PAGE.marginTopMm + PAGE.textHeightMm - measured.start.topMm - FIT_ALLOWANCE_MM;
  const lines = Math.round(measured.heightMm / lineMm);
  const seal = sealDiameterMm === undefined ? { mm: 0, lines: 0 } : { mm: sealDiameterMm, lines: sealLines(sealDiameterMm) };
  const evenly = roomMm / lines;
  const pitch = seal.lines * evenly >= seal.mm ? evenly : (roomMm - seal.mm) / (lines - seal.lines);
  return pitch >= lineMm * CLOSING.minLinePitchRatio ? Math.floor(pitch * 100) / 100 : undefined;
}
