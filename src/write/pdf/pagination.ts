// Where the 版记 goes (GB/T 9704 7.4, 7.5). Its last rule lies on the text block's bottom edge of
// the notice's last page, which must be an even page (printed on both sides, the 版记 is on the
// back of the last sheet). It shares the page the text ends on when that page is even and has
// room; otherwise it moves to the next even page, after a blank page when needed. A blank page
// and the 版记 page after it carry no page number.
//
// The decision needs Chromium's own pagination, so the notice is rendered once with markers
// (probe.ts) at the end of the text and at the end of the 版记 set on a page of its own.

import type { Element, ElementContent } from 'hast';
import type { ColophonPlacement } from '../../layout/css-vars.js';
import { COLOPHON, GRID, PAGE } from '../../layout/gbt9704.js';
import { probeMarker, type MarkerPosition } from './probe.js';

export const COLOPHON_MARKERS = { textEnd: 'text-end', colophonEnd: 'colophon-end' } as const;

/** A marker this close to the text block's top sits on the first line: the text filled the page before. */
const PAGE_TOP_TOLERANCE_MM = 0.5;

/**
 * Chromium writes link rectangles rounded to whole CSS pixels (0.26 mm), so a marker can read up
 * to half a pixel high; the 版记 under the text keeps this much clear of the page's bottom edge
 * so that it can never spill onto the next page.
 */
const MARKER_ROUNDING_MM = 0.15;

export interface ColophonLayout {
  readonly placement: ColophonPlacement;
  /** pages of the final rendering, to check it against */
  readonly pageCount: number;
}

export function placeColophon(measured: { textEnd: MarkerPosition; colophonEnd: MarkerPosition }): ColophonLayout {
  const lineMm = GRID.linePitchMm;
  const textBottomMm = PAGE.marginTopMm + PAGE.textHeightMm;
  // every line of the 版记 is one line of the grid, so its height is a whole number of lines
  const colophonMm = Math.round((measured.colophonEnd.topMm - PAGE.marginTopMm) / lineMm) * lineMm;
  const filledPage = measured.textEnd.topMm - PAGE.marginTopMm < PAGE_TOP_TOLERANCE_MM;
  const lastPage = filledPage ? measured.textEnd.page - 1 : measured.textEnd.page;
  const roomMm = filledPage ? 0 : textBottomMm - measured.textEnd.topMm;
  if (lastPage % 2 === 0 && roomMm >= colophonMm + COLOPHON.minBlankLinesAbove * lineMm) {
    const offsetMm = roomMm - colophonMm - MARKER_ROUNDING_MM;
    return { placement: { newPage: false, blankPageBefore: false, offsetMm }, pageCount: lastPage };
  }
  const blankPageBefore = lastPage % 2 === 0;
  return {
    placement: { newPage: true, blankPageBefore, offsetMm: PAGE.textHeightMm - colophonMm },
    pageCount: lastPage + (blankPageBefore ? 2 : 1),
  };
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';
const hasClass = (node: ElementContent, name: string) => isElement(node) && String(node.properties.className) === name;

/** The article for the measuring pass: a marker where the text ends and one under the 版记. */
export function withColophonMarkers(article: Element): Element {
  const children = article.children.flatMap((child) => {
    if (hasClass(child, 'colophon-blank-page')) return [probeMarker(COLOPHON_MARKERS.textEnd), child];
    // inside the 版记, so that the marker shares its unnumbered page instead of starting a new one
    if (hasClass(child, 'colophon') && isElement(child)) return [{ ...child, children: [...child.children, probeMarker(COLOPHON_MARKERS.colophonEnd)] }];
    return [child];
  });
  return { ...article, children };
}
