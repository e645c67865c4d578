// Charts placed without large blank areas: a chart is kept whole with its caption and note
// (print.css), so when it does not fit under the text it goes to the next page and the page
// before can end half empty. When that page would end more than MOST_BLANK_LINES lines early, the
// picture is set smaller, a whole grid line at a time (the text after it stays on the grid) and
// never below CHART.minLines, so that the chart fits under the text; the caption keeps its size
// and stays with it. When even the smallest picture does not fit, the chart floats (as a figure
// does in LaTeX): it goes after the following blocks, the first place where it fits under the
// text or leaves at most MOST_BLANK_LINES lines blank, so that the text fills the page. It floats
// only past paragraphs, lower headings, lists and tables of its own part: never past a level-1
// heading (一、), another chart, the closing block or anything else, so its 见图N stays before it
// and it stays in its section; and never to just after a heading, which belongs to its text.
// The DOCX moves it alike (chart/placement.ts: withChartsMoved over the notice tree's nodes).
//
// Measured on Chromium's own pagination (probe.ts): a marker before each chart (where the page
// before it ends), one between its picture and its caption, one after its note; to float a chart,
// one after each block it may go past.

import type { Element, ElementContent } from 'hast';
import { CHART, CHART_LINES, GRID, PAGE } from '../../layout/gbt9704.js';
import { chartHeightMm, withChartsMoved, type ChartMoves } from '../chart/placement.js';
import { probeMarker, type MarkerPosition } from './probe.js';

/** A page may end this many blank lines early before a chart is set smaller to fill it. */
const MOST_BLANK_LINES = 3;
/**
 * Chromium writes marker positions rounded to whole CSS pixels (0.26 mm); the room and the caption
 * are whole grid lines, so a measure this close under a whole line is that line.
 */
const MARKER_ROUNDING_MM = 0.3;

const LINE_MM = GRID.linePitchMm;

export const chartMarkers = (index: number) => ({
  before: `chart-${index}-before`,
  caption: `chart-${index}-caption`,
  after: `chart-${index}-after`,
  /** after the `blocks`-th block following the chart, in a pass that floats it past them */
  past: (blocks: number) => `chart-${index}-past-${blocks}`,
});

const isChart = (node: ElementContent): node is Element => node.type === 'element' && String(node.properties.className) === 'chart';

/** Each chart's picture lines, by the chart's place among the article's charts. */
export type ChartLines = ReadonlyMap<number, number>;

/** The article with each chart replaced by what `each` makes of it. */
function mapCharts(article: Element, each: (chart: Element, index: number) => ElementContent[]): Element {
  let index = 0;
  return { ...article, children: article.children.flatMap((child) => (isChart(child) ? each(child, index++) : [child])) };
}

export const hasChart = (article: Element) => article.children.some(isChart);

/** The article for a measuring pass: markers before each chart, under its picture and after it. */
export function withChartMarkers(article: Element): Element {
  return mapCharts(article, (chart, index) => {
    const names = chartMarkers(index);
    const [picture, ...rest] = chart.children;
    const children = picture ? [picture, probeMarker(names.caption), ...rest] : rest;
    return [probeMarker(names.before), { ...chart, children }, probeMarker(names.after)];
  });
}


/** The article with each chart's picture set to its lines (print.css reads them from the chart's style). */
export function withChartLines(article: Element, lines: ChartLines): Element {
  if (lines.size === 0) return article;
  return mapCharts(article, (chart, index) => {
    const count = lines.get(index);
    if (count === undefined) return [chart];
    const style = `--chart-lines: ${count}; --chart-height: ${chartHeightMm(count).toFixed(2)}mm`;
    return [{ ...chart, properties: { ...chart.properties, style } }];
  });
}

/** The room a chart left blank at the foot of the page before it, when it went to the next page. */
function roomLeftMm(positions: ReadonlyMap<string, MarkerPosition>, index: number): number | undefined {
  const names = chartMarkers(index);
  const [before, caption, after] = [positions.get(names.before), positions.get(names.caption), positions.get(names.after)];
  if (!before || !caption || !after || after.page === before.page) return undefined;
  return PAGE.marginTopMm + PAGE.textHeightMm - before.topMm;
}

/** The height of a chart's caption and note: from the marker under its picture to the one after it. */
function captionMm(positions: ReadonlyMap<string, MarkerPosition>, index: number): number | undefined {
  const names = chartMarkers(index);
  const [caption, after] = [positions.get(names.caption), positions.get(names.after)];
  return caption && after ? after.topMm - caption.topMm : undefined;
}

/** Whether a page ending `roomMm` above the text block's bottom edge ends more than MOST_BLANK_LINES lines early. */
const endsTooEarly = (roomMm: number) => roomMm > MOST_BLANK_LINES * LINE_MM + MARKER_ROUNDING_MM;

/** The picture lines that fit in `roomMm` with the blank line above the chart and its caption. */
const fittingLines = (roomMm: number, captionHeightMm: number) => Math.floor((roomMm + MARKER_ROUNDING_MM - LINE_MM - captionHeightMm) / LINE_MM);

/**
 * The next chart to set smaller, with its lines, or undefined: the first chart (not set already)
 * that went to the next page leaving more than MOST_BLANK_LINES lines blank, and fits under the
 * text at CHART.minLines or more.
 */
export function nextChartToFit(positions: ReadonlyMap<string, MarkerPosition>, chartCount: number, lines: ChartLines): { index: number; lines: number } | undefined {
  for (let index = 0; index < chartCount; index += 1) {
    if (lines.has(index)) continue;
    const roomMm = roomLeftMm(positions, index);
    const caption = captionMm(positions, index);
    if (roomMm === undefined || caption === undefined || !endsTooEarly(roomMm)) continue;
    const fitting = fittingLines(roomMm, caption);
    if (fitting >= CHART.minLines && fitting < CHART_LINES) return { index, lines: fitting };
  }
  return undefined;
}

export const chartCount = (article: Element) => article.children.filter(isChart).length;

const isMarker = (node: ElementContent) => node.type === 'element' && String(node.properties.className) === 'probe-marker';
/** A node of the notice tree in the article: an element, or raw HTML shown as text (blank text only joins them). */
const isArticleBlock = (node: ElementContent) => (node.type === 'element' && !isMarker(node)) || (node.type === 'text' && node.value.trim() !== '');

/** The article with its charts floated as `moves` says. */
const withArticleChartsMoved = (article: Element, moves: ChartMoves): Element =>
  moves.size === 0 ? article : { ...article, children: withChartsMoved(article.children, moves, { chart: isChart, block: isArticleBlock }) };

/** Blocks a chart floats past: body paragraphs (a classed <p> is the 主送 or the like), lower headings, lists, tables. */
const FLOATS_PAST = new Set(['p', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote']);
/** 一、 is an <h2>: the chart stays in its section. */
const LOWER_HEADING = /^h[3-6]$/;

/**
 * The blocks after chart `index` it may float past, in order, each saying whether the chart may
 * stand right after it (not after a heading, which belongs to the text under it).
 */
export function floatRange(article: Element, index: number): Array<{ readonly mayFollow: boolean }> {
  const blocks = article.children.filter(isArticleBlock);
  const at = blocks.indexOf(blocks.filter(isChart)[index]!);
  const range: Array<{ mayFollow: boolean }> = [];
  for (const block of blocks.slice(at + 1)) {
    if (block.type !== 'element' || !FLOATS_PAST.has(block.tagName) || (block.tagName === 'p' && block.properties.className !== undefined)) break;
    range.push({ mayFollow: !LOWER_HEADING.test(block.tagName) });
  }
  return range;
}

/** The article for a floating pass: chart `index` after the `count` blocks after it, with a marker after each of them. */
export function withFloatMarkers(article: Element, index: number, count: number): Element {
  const names = chartMarkers(index);
  const marked: ElementContent[] = [];
  let charts = 0;
  let blocks = -1;
  for (const child of article.children) {
    if (isChart(child) && charts++ === index) {
      blocks = 0;
      continue;
    }
    marked.push(child);
    if (blocks < 0 || blocks >= count || !isArticleBlock(child)) continue;
    blocks += 1;
    marked.push(probeMarker(names.past(blocks)));
    if (blocks === count) marked.push(article.children.filter(isChart)[index]!);
  }
  return { ...article, children: marked };
}

/**
 * How many blocks chart `index` floats past, from a floating pass (withFloatMarkers): the fewest
 * after which it fits under the text, at CHART.minLines or more, or leaves at most
 * MOST_BLANK_LINES lines blank; undefined when no place in its range does.
 */
export function floatPlace(positions: ReadonlyMap<string, MarkerPosition>, index: number, range: ReadonlyArray<{ readonly mayFollow: boolean }>): number | undefined {
  const caption = captionMm(positions, index);
  if (caption === undefined) return undefined;
  for (let past = 1; past <= range.length; past += 1) {
    const end = positions.get(chartMarkers(index).past(past));
    if (!range[past - 1]!.mayFollow || !end) continue;
    const roomMm = PAGE.marginTopMm + PAGE.textHeightMm - end.topMm;
    if (!endsTooEarly(roomMm) || fittingLines(roomMm, caption) >= CHART.minLines) return past;
  }
  return undefined;
}

/** Where the charts go: set smaller, floated past blocks, both by index. */
export interface ChartPlacement {
  readonly lines: ChartLines;
  readonly moves: ChartMoves;
}

export const withChartPlacement = (article: Element, placement: ChartPlacement): Element => withChartLines(withArticleChartsMoved(article, placement.moves), placement.lines);

type Measure<M> = (article: Element) => Promise<M & { readonly positions: ReadonlyMap<string, MarkerPosition> }>;

/**
 * Charts placed one by one, measuring again after each decision: first a chart that left its page
 * more than MOST_BLANK_LINES lines early is set smaller to fit; when it cannot be, it floats.
 * `measure` renders an article with the chart markers (withChartMarkers) and reads them back.
 */
export async function placeCharts<M>(article: Element, measure: Measure<M>): Promise<{ placement: ChartPlacement; measured: M }> {
  const count = chartCount(article);
  let placement: ChartPlacement = { lines: new Map(), moves: new Map() };
  // a chart that cannot float stays, and is not tried again
  const stays = new Set<number>();
  let measured = await measure(article);
  for (;;) {
    const smaller = nextChartToFit(measured.positions, count, placement.lines);
    if (smaller) {
      placement = { ...placement, lines: new Map([...placement.lines, [smaller.index, smaller.lines]]) };
    } else {
      const index = Array.from({ length: count }, (_, i) => i).find(
        (i) => !placement.lines.has(i) && !placement.moves.has(i) && !stays.has(i) && endsTooEarly(roomLeftMm(measured.positions, i) ?? 0),
      );
      if (index === undefined) return { placement, measured };
      const laidOut = withChartPlacement(article, placement);
      const range = floatRange(laidOut, index);
      const floating = range.length === 0 ? undefined : await measure(withFloatMarkers(laidOut, index, range.length));
      const past = floating && floatPlace(floating.positions, index, range);
      if (past === undefined) {
        stays.add(index);
        continue;
      }
      placement = { ...placement, moves: new Map([...placement.moves, [index, past]]) };
    }
    measured = await measure(withChartPlacement(article, placement));
  }
}
