// Charts placed without large blank areas: a chart is kept whole with its caption and note
// (print.css), so when it does not fit under the text it goes to the next page and the page
// before can end half empty. When that page would end more than MOST_BLANK_LINES lines early, the
// picture is set smaller, a whole grid line at a time (the text after it stays on the grid) and
// never below CHART.minLines, so that the chart fits under the text; the caption keeps its size
// and stays with it.
//
// Measured on Chromium's own pagination (probe.ts): a marker before each chart (where the page
// before it ends), one between its picture and its caption, one after its note.

import type { Element, ElementContent } from 'hast';
import { CHART, CHART_LINES, GRID, PAGE } from '../../layout/gbt9704.js';
import { probeMarker, type MarkerPosition } from './probe.js';

/** A page may end this many blank lines early before a chart is set smaller to fill it. */
const MOST_BLANK_LINES = 3;
/**
 * Chromium writes marker positions rounded to whole CSS pixels (0.26 mm); the room and the caption
 * are whole grid lines, so a measure this close under a whole line is that line.
 */
const MARKER_ROUNDING_MM = 0.3;

const LINE_MM = GRID.linePitchMm;

export const chartMarkers = (index: number) => ({ before: `chart-${index}-before`, caption: `chart-${index}-caption`, after: `chart-${index}-after` });

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

/** A chart picture's height set to `lines` grid lines: it keeps its gap to the caption, shorter by whole lines. */
export const chartHeightMm = (lines: number): number => CHART.heightMm - (CHART_LINES - lines) * LINE_MM;

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

/**
 * The next chart to set smaller, with its lines, or undefined: the first chart (not set already)
 * that went to the next page leaving more than MOST_BLANK_LINES lines blank, and fits under the
 * text at CHART.minLines or more.
 */
export function nextChartToFit(positions: ReadonlyMap<string, MarkerPosition>, chartCount: number, lines: ChartLines): { index: number; lines: number } | undefined {
  const textBottomMm = PAGE.marginTopMm + PAGE.textHeightMm;
  for (let index = 0; index < chartCount; index += 1) {
    if (lines.has(index)) continue;
    const names = chartMarkers(index);
    const [before, caption, after] = [positions.get(names.before), positions.get(names.caption), positions.get(names.after)];
    if (!before || !caption || !after || after.page === before.page) continue;
    const roomMm = textBottomMm - before.topMm;
    if (roomMm <= MOST_BLANK_LINES * LINE_MM) continue;
    // the blank line above the chart, its picture, its caption and note
    const captionMm = after.topMm - caption.topMm;
    const fitting = Math.floor((roomMm + MARKER_ROUNDING_MM - LINE_MM - captionMm) / LINE_MM);
    if (fitting >= CHART.minLines && fitting < CHART_LINES) return { index, lines: fitting };
  }
  return undefined;
}

export const chartCount = (article: Element) => article.children.filter(isChart).length;
