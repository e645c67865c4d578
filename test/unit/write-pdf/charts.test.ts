// Charts set smaller to fill the page before them: from the measured ends of the text, the
// chart's picture and its caption, a whole number of grid lines, never below CHART.minLines.

import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { chartMarkers, nextChartToFit, withChartLines } from '../../../src/write/pdf/charts.js';

const LINE = 225 / 22;
const TOP = 37;
const BOTTOM = 262;

/** Chart 0 after text ending `blankLines` lines above the bottom, moved to the next page with a caption and note of 3 lines. */
function movedChart(blankLines: number) {
  const names = chartMarkers(0);
  return new Map([
    [names.before, { page: 2, topMm: BOTTOM - blankLines * LINE }],
    [names.caption, { page: 3, topMm: TOP + 8 * LINE }],
    [names.after, { page: 3, topMm: TOP + 11 * LINE }],
  ]);
}

describe('nextChartToFit', () => {
  it('sets the picture of a chart that left more than 3 lines blank to the lines that fit: the blank line above it, the picture, the caption', () => {
    // 11 lines of room: 1 blank + 7 picture lines + 3 caption lines
    expect(nextChartToFit(movedChart(11), 1, new Map())).toEqual({ index: 0, lines: 7 });
  });

  it('never sets a picture below 6 lines (3/4 of its height), nor touches a chart that left 3 lines or fewer', () => {
    expect(nextChartToFit(movedChart(9.5), 1, new Map())).toBeUndefined();
    expect(nextChartToFit(movedChart(3), 1, new Map())).toBeUndefined();
  });

  it('leaves a chart that stayed on its page, and one already set', () => {
    const stayed = new Map([...movedChart(11)].map(([name, position]) => [name, { ...position, page: 2 }]));
    expect(nextChartToFit(stayed, 1, new Map())).toBeUndefined();
    expect(nextChartToFit(movedChart(11), 1, new Map([[0, 7]]))).toBeUndefined();
  });
});

describe('withChartLines', () => {
  it('writes the picture’s lines and height on the chart it sets, shorter by whole lines', () => {
    const chart = (id: string): Element => ({ type: 'element', tagName: 'figure', properties: { className: ['chart'], id }, children: [] });
    const article: Element = { type: 'element', tagName: 'article', properties: {}, children: [chart('a'), chart('b')] };
    const [first, second] = withChartLines(article, new Map([[1, 6]])).children as Element[];
    expect(first!.properties.style).toBeUndefined();
    expect(second!.properties.style).toBe(`--chart-lines: 6; --chart-height: ${(80 - 2 * LINE).toFixed(2)}mm`);
  });
});
