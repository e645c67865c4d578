// Measuring a rendering: where Chromium's own pagination put a few points of the notice.
// A marker is a one-pixel-high link to a reserved address; Chromium writes every link into the
// PDF as an annotation with its page and rectangle, which we read back from the PDF's objects
// (pdf-objects.ts). Markers take no room in the layout and appear only in the measuring pass.

import type { Element } from 'hast';
import { pdfObjects, references } from './pdf-objects.js';

const MARKER_ORIGIN = 'https://marker.tongbao.invalid/';
const POINTS_PER_MM = 72 / 25.4;

/**
 * A marker: by default a block of height 1 px pulled back by 1 px, so nothing after it moves; with
 * another class, the box print.css gives that class (`seal-marker`: the seal's, out of the flow).
 */
export function probeMarker(name: string, className = 'probe-marker'): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `${MARKER_ORIGIN}${name}`, className: [className] },
    children: [],
  };
}

/**
 * A marker around one character of text, for where a paragraph breaks over pages: an inline link
 * takes the character's own box and changes neither its width nor where lines break.
 */
export function inlineProbeMarker(name: string, character: string): Element {
  return { type: 'element', tagName: 'a', properties: { href: `${MARKER_ORIGIN}${name}` }, children: [{ type: 'text', value: character }] };
}

export interface MarkerPosition {
  /** 1-based page number */
  readonly page: number;
  /** the marker's top edge, from the page's top edge */
  readonly topMm: number;
}

/** A marker's position with its rectangle in the page's PDF coordinates: x1 y1 x2 y2, points from the bottom left. */
export type MarkerBox = MarkerPosition & { readonly rectPt: readonly [number, number, number, number] };

/** A marker's height: an inline marker's is its character's box, which stands the line's half-leading below the line's top. */
export const markerHeightMm = (box: MarkerBox) => Math.abs(box.rectPt[3] - box.rectPt[1]) / POINTS_PER_MM;

export function pdfPageCount(pdf: Uint8Array): number {
  return pdfObjects(Buffer.from(pdf).toString('latin1')).pages().length;
}

/** Every marker's page, top edge and rectangle, by name. */
export function markerPositions(pdf: Uint8Array): Map<string, MarkerBox> {
  const objects = pdfObjects(Buffer.from(pdf).toString('latin1'));
  const positions = new Map<string, MarkerBox>();
  objects.pages().forEach((pageObject, index) => {
    const page = objects.dictionary(pageObject) ?? '';
    const mediaBox = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/.exec(page)?.[1]?.trim().split(/\s+/).map(Number);
    const pageHeightPt = mediaBox?.[3] ?? 0;
    for (const annotation of references(/\/Annots\s*\[([^\]]*)\]/.exec(page)?.[1])) {
      const dictionary = objects.dictionary(annotation) ?? '';
      const uri = /\/URI\s*\(([^)]*)\)/.exec(dictionary)?.[1];
      const rect = /\/Rect\s*\[\s*([\d.\s-]+)\]/.exec(dictionary)?.[1]?.trim().split(/\s+/).map(Number);
      if (!uri?.startsWith(MARKER_ORIGIN) || !rect || rect.length !== 4) continue;
      const topPt = Math.max(rect[1] ?? 0, rect[3] ?? 0);
      positions.set(uri.slice(MARKER_ORIGIN.length), { page: index + 1, topMm: (pageHeightPt - topPt) / POINTS_PER_MM, rectPt: [rect[0]!, rect[1]!, rect[2]!, rect[3]!] });
    }
  });
  return positions;
}
