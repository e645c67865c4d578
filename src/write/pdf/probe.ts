// Measuring a rendering: where Chromium's own pagination put a few points of the notice.
// A marker is a one-pixel-high link to a reserved address; Chromium writes every link into the
// PDF as an annotation with its page and rectangle, which we read back from the PDF's objects
// (through the cross-reference table, so no byte inside a compressed stream is ever mistaken
// for structure). Markers take no room in the layout and appear only in the measuring pass.

import type { Element } from 'hast';

const MARKER_ORIGIN = 'https://marker.tongbao.invalid/';
const POINTS_PER_MM = 72 / 25.4;

/** A marker: a block of height 1 px pulled back by 1 px, so nothing after it moves. */
export function probeMarker(name: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `${MARKER_ORIGIN}${name}`, className: ['probe-marker'] },
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

/** An object's dictionary by number, cut before its stream. */
type ObjectDictionary = (object: number) => string | undefined;

/** Each cross-reference entry is exactly 20 bytes (ISO 32000-1, 7.5.4): `nnnnnnnnnn ggggg n` and an end of line. */
const XREF_ENTRY_BYTES = 20;

/**
 * The PDF's objects, read only when asked for: a tagged PDF of a long table has hundreds of
 * thousands of objects, and measuring needs only the page tree and the pages' annotations.
 */
function objectDictionaries(pdf: string): ObjectDictionary {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.slice(pdf.lastIndexOf('startxref')));
  if (!startxref) throw new Error('PDF 没有 startxref：无法读取测量结果');
  const table = /^xref\s+(\d+)\s+(\d+)\s+/.exec(pdf.slice(Number(startxref[1]), Number(startxref[1]) + 64));
  if (!table) throw new Error('PDF 的交叉引用表不是经典格式：无法读取测量结果');
  const first = Number(table[1]);
  const count = Number(table[2]);
  const entriesAt = Number(startxref[1]) + table[0].length;
  return (object) => {
    const index = object - first;
    if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
    const entry = /^(\d{10}) \d{5} ([nf])/.exec(pdf.slice(entriesAt + index * XREF_ENTRY_BYTES, entriesAt + (index + 1) * XREF_ENTRY_BYTES));
    if (!entry) throw new Error('PDF 的交叉引用表不是经典格式：无法读取测量结果');
    if (entry[2] !== 'n') return undefined;
    const offset = Number(entry[1]);
    const body = pdf.slice(offset, pdf.indexOf('endobj', offset));
    const stream = body.indexOf('stream');
    return stream < 0 ? body : body.slice(0, stream);
  };
}

const references = (list: string | undefined) => [...(list ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));

/** Page objects in reading order, walking the page tree (Skia nests it when pages are many). */
function pagesInOrder(objects: ObjectDictionary, node: number): number[] {
  const dictionary = objects(node) ?? '';
  if (/\/Type\s*\/Page\b/.test(dictionary)) return [node];
  return references(/\/Kids\s*\[([^\]]*)\]/.exec(dictionary)?.[1]).flatMap((kid) => pagesInOrder(objects, kid));
}

function pageObjects(pdf: string): { objects: ObjectDictionary; pages: number[] } {
  const objects = objectDictionaries(pdf);
  const trailer = pdf.slice(pdf.lastIndexOf('trailer'));
  const root = references(/\/Root\s+(\d+\s+0\s+R)/.exec(trailer)?.[1])[0];
  const catalog = (root === undefined ? undefined : objects(root)) ?? '';
  const pagesRoot = references(/\/Pages\s+(\d+\s+0\s+R)/.exec(catalog)?.[1])[0];
  if (pagesRoot === undefined) throw new Error('PDF 没有页面树：无法读取测量结果');
  return { objects, pages: pagesInOrder(objects, pagesRoot) };
}

export function pdfPageCount(pdf: Uint8Array): number {
  return pageObjects(Buffer.from(pdf).toString('latin1')).pages.length;
}

/** Every marker's page and top edge, by name. */
export function markerPositions(pdf: Uint8Array): Map<string, MarkerPosition> {
  const { objects, pages } = pageObjects(Buffer.from(pdf).toString('latin1'));
  const positions = new Map<string, MarkerPosition>();
  pages.forEach((pageObject, index) => {
    const page = objects(pageObject) ?? '';
    const mediaBox = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/.exec(page)?.[1]?.trim().split(/\s+/).map(Number);
    const pageHeightPt = mediaBox?.[3] ?? 0;
    for (const annotation of references(/\/Annots\s*\[([^\]]*)\]/.exec(page)?.[1])) {
      const dictionary = objects(annotation) ?? '';
      const uri = /\/URI\s*\(([^)]*)\)/.exec(dictionary)?.[1];
      const rect = /\/Rect\s*\[\s*([\d.\s-]+)\]/.exec(dictionary)?.[1]?.trim().split(/\s+/).map(Number);
      if (!uri?.startsWith(MARKER_ORIGIN) || !rect || rect.length !== 4) continue;
      const topPt = Math.max(rect[1] ?? 0, rect[3] ?? 0);
      positions.set(uri.slice(MARKER_ORIGIN.length), { page: index + 1, topMm: (pageHeightPt - topPt) / POINTS_PER_MM });
    }
  });
  return positions;
}
