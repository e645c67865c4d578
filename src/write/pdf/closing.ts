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
import { inlineProbeMarker, markerHeightMm, probeMarker, type MarkerBox, type MarkerPosition } from './probe.js';

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

/**
 * Blocks whose every line is a body line of the grid, which the closer pitch can cover with the
 * closing block: paragraphs, headings and lists (a chart, table or part title keeps its layout).
 */
const isTextBlock = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && (/^(h[2-6]|ul|ol)$/.test(node.tagName) || (node.tagName === 'p' && ['', 'closer'].includes(classOf(node))));

/** The article's indices of the text blocks right before the closing block, nearest first. */
function textBlocksBeforeClosing(article: Element): number[] {
  const closing = article.children.findIndex((child) => classOf(child) === 'closing');
  const indices: number[] = [];
  for (let i = closing - 1; i >= 0; i -= 1) {
    const child = article.children[i];
    if (child?.type !== 'element') continue;
    if (!isTextBlock(child)) break;
    indices.push(i);
  }
  return closing < 0 ? [] : indices;
}

/** The marker before the text block `count` blocks up from the closing block (1: right above it). */
export const closerBlockMarker = (count: number) => `${CLOSER_BLOCK_MARKER}${count}`;
export const CLOSER_BLOCK_MARKER = 'closer-block-';

/**
 * The element with its first character inside an inline marker. A marker block between a heading
 * and the text it is kept with would let the page break there, so the measure would not be the
 * print; an inline marker changes no line.
 */
function withFirstCharacterMarked(element: Element, name: string): Element {
  let marked = false;
  const mark = (nodes: readonly ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (marked) return [node];
      if (node.type === 'text' && node.value.trim() !== '') {
        marked = true;
        const [first = '', ...rest] = [...node.value.trimStart()];
        const leading = node.value.slice(0, node.value.length - node.value.trimStart().length);
        return [...(leading ? [{ type: 'text' as const, value: leading }] : []), inlineProbeMarker(name, first), { type: 'text', value: rest.join('') }];
      }
      // a link cannot hold another
      return node.type === 'element' && node.tagName !== 'a' ? [{ ...node, children: mark(node.children) }] : [node];
    });
  return { ...element, children: mark(element.children) };
}

/** The article for the measuring pass: a marker on the first character of each text block above the closing block. */
export function withCloserBlockMarkers(article: Element): Element {
  const marked = new Map(textBlocksBeforeClosing(article).map((index, nearest) => [index, nearest + 1]));
  const children = article.children.map((child, index) => {
    const count = marked.get(index);
    return count === undefined || child.type !== 'element' ? child : withFirstCharacterMarked(child, closerBlockMarker(count));
  });
  return { ...article, children };
}

/** Allowance for a line's top above the text block's top. */
const TEXT_TOP_ALLOWANCE_MM = 1;

/**
 * Chromium files the links of a paragraph that runs over a page edge under the page where it ends,
 * placed as if the paragraph ran on above that page's text block: a marker whose top lies above
 * the text block is on an earlier page.
 */
export const isOnEarlierPage = (position: MarkerPosition) => position.topMm < PAGE.marginTopMm - TEXT_TOP_ALLOWANCE_MM;

/** Where a closer block starts: a first character filed under a later page is on the page before, as far down its text block. */
function blockStart(position: MarkerPosition | undefined): MarkerPosition | undefined {
  if (!position || !isOnEarlierPage(position)) return position;
  return { page: position.page - 1, topMm: position.topMm + PAGE.textHeightMm };
}

/**
 * How far above a closer block's marker its first line starts, as measured at the grid's pitch:
 * the marker is the first character's box, half the leading below the line's top.
 */
function halfLeadingMm(marker: MarkerPosition | MarkerBox | undefined): number {
  return marker && 'rectPt' in marker ? (GRID.linePitchMm - markerHeightMm(marker)) / 2 : 0;
}

/** The article with the `count` text blocks above the closing block set at its closer pitch (print.css: .closer). */
export function withCloserBlocks(article: Element, count: number): Element {
  const closer = new Set(textBlocksBeforeClosing(article).slice(0, count));
  if (closer.size === 0) return article;
  const children = article.children.map((child, index) => {
    if (!closer.has(index) || child.type !== 'element') return child;
    const className = [...[child.properties.className ?? []].flat().map(String), 'closer'];
    return { ...child, properties: { ...child.properties, className } };
  });
  return { ...article, children };
}

/** Chromium places lines at fractions of a pixel: the closer-set block keeps this much clear of the page's edge. */
const FIT_ALLOWANCE_MM = 0.3;

/** What the closer pitch has to fit: the lines from the first closer block to the end of the closing block. */
export interface CloserRegion {
  /** room from the first closer block's top to the text block's bottom, over every page it spans */
  readonly roomMm: number;
  /** the region's height at the grid's pitch, laid out without page breaks */
  readonly heightMm: number;
  /**
   * lines more than the region holds at the grid's pitch, when a page break inside it leaves the
   * rest of a line blank: the pitch is tried again for one line more
   */
  readonly extraLines?: number;
  /**
   * when the region runs over a page break: room from its first line's top to the text block's
   * bottom on its first page, which the pitch leaves PAGE_BREAK_SLACK_MM of
   */
  readonly firstPageRoomMm?: number;
}

/**
 * Room a page break inside a closer region keeps below the last line of the page before it.
 * Chromium fills a page to within a fraction of a pixel; LibreOffice, setting the DOCX at the
 * same pitch, places each line up to ≈0.9 mm lower and would move a line that fits that closely
 * to the next page, and the closing block with it.
 */
const PAGE_BREAK_SLACK_MM = 1;

const hundredthsDown = (mm: number) => Math.floor(mm * 100) / 100;

/**
 * The pitch, or just enough less that the region's first page keeps PAGE_BREAK_SLACK_MM below its
 * last line; undefined when that would be closer than CLOSING allows.
 */
function withPageBreakSlack(pitchMm: number, firstPageRoomMm: number | undefined): number | undefined {
  if (firstPageRoomMm === undefined) return pitchMm;
  const lines = Math.floor(firstPageRoomMm / pitchMm);
  if (lines === 0 || firstPageRoomMm - lines * pitchMm >= PAGE_BREAK_SLACK_MM) return pitchMm;
  const lowered = hundredthsDown((firstPageRoomMm - PAGE_BREAK_SLACK_MM) / lines);
  return lowered >= CLOSING.minLinePitchMm ? lowered : undefined;
}

/**
 * The line pitch that fits the region into its room (GB/T 9704 7.3.5.5: 调整行距), or undefined
 * when it would have to be set closer than CLOSING allows. Every line shrinks with the pitch but
 * the seal's, which keeps its diameter.
 */
export function closerLinePitchMm(region: CloserRegion, sealDiameterMm?: number): number | undefined {
  const lineMm = GRID.linePitchMm;
  const roomMm = region.roomMm - FIT_ALLOWANCE_MM;
  const lines = Math.round(region.heightMm / lineMm) + (region.extraLines ?? 0);
  const seal = sealDiameterMm === undefined ? { mm: 0, lines: 0 } : { mm: sealDiameterMm, lines: sealLines(sealDiameterMm) };
  const evenly = roomMm / lines;
  const fitting = seal.lines * evenly >= seal.mm ? evenly : (roomMm - seal.mm) / (lines - seal.lines);
  const fits = fitting >= CLOSING.minLinePitchMm && fitting < lineMm;
  return fits ? withPageBreakSlack(hundredthsDown(fitting), region.firstPageRoomMm) : undefined;
}

/**
 * Lines a page break inside a closer region can leave blank at the foot of its first page (a
 * heading kept with the lines after it): the pitch is tried again with room for up to this many
 * lines more, and at last at CLOSING's floor, before the region grows a page.
 */
const MOST_EXTRA_LINES = 3;

/** The pitches to try for a region, closest to the grid's first. */
export function closerPitchesMm(region: CloserRegion, sealDiameterMm?: number): number[] {
  const pitches: number[] = [];
  for (let extraLines = 0; extraLines <= MOST_EXTRA_LINES; extraLines += 1) {
    const pitch = closerLinePitchMm({ ...region, extraLines }, sealDiameterMm);
    if (pitch === undefined) break;
    pitches.push(pitch);
  }
  const floor = Math.ceil(CLOSING.minLinePitchMm * 100) / 100;
  return pitches.length > 0 && pitches.at(-1)! > floor ? [...pitches, floor] : pitches;
}

/**
 * The regions worth trying when the closing block ends a page after the one it starts on, the
 * fewest pages first: the text from the first block that starts on the page the block leaves
 * (and then on the page before it) to the block's end. `heightsMm` are each closer block's
 * distance to the block's end without page breaks, by its count up from the block.
 */
export function closerRegions(options: {
  positions: ReadonlyMap<string, MarkerPosition | MarkerBox>;
  heightsMm: ReadonlyMap<number, number>;
}): { blocks: number; region: CloserRegion }[] {
  const { positions, heightsMm } = options;
  const start = positions.get(CLOSING_MARKERS.start);
  const end = positions.get(CLOSING_MARKERS.end);
  if (!start || !end || start.page === end.page) return [];
  const leftPage = end.page - 1;
  const textBottomMm = PAGE.marginTopMm + PAGE.textHeightMm;
  const regions: { blocks: number; region: CloserRegion }[] = [];
  for (let pages = 1; pages <= CLOSING.mostPages; pages += 1) {
    const firstPage = leftPage - pages + 1;
    // no page before page 1: there a missing marker (page 0 below) would count as a block on it, for ever
    if (firstPage < 1) break;
    // the farthest block up that starts on the region's first page or later; 0: the closing block alone
    let blocks = 0;
    while ((blockStart(positions.get(closerBlockMarker(blocks + 1)))?.page ?? 0) >= firstPage) blocks += 1;
    const top = blocks === 0 ? start : blockStart(positions.get(closerBlockMarker(blocks)));
    const heightMm = heightsMm.get(blocks);
    if (!top || top.page < firstPage || heightMm === undefined) continue;
    if (regions.some((known) => known.blocks === blocks)) continue;
    const roomMm = textBottomMm - top.topMm + (leftPage - top.page) * PAGE.textHeightMm;
    // the closing block's marker is a block of its own, at its line's top
    const firstLineTopMm = top.topMm - (blocks === 0 ? 0 : halfLeadingMm(positions.get(closerBlockMarker(blocks))));
    const overPageBreak = top.page < leftPage ? { firstPageRoomMm: textBottomMm - firstLineTopMm } : {};
    regions.push({ blocks, region: { roomMm, heightMm, ...overPageBreak } });
  }
  return regions;
}
