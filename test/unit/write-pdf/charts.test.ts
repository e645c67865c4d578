// Charts set smaller to fill the page before them: from the measured ends of the text, the
// chart's picture and its caption, a whole number of grid lines, never below CHART.minLines.

import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { withChartsMoved } from '../../../src/write/chart/placement.js';
import { chartMarkers, floatPlace, floatRange, nextChartToFit, withChartLines, withFloatMarkers } from '../../../src/write/pdf/charts.js';

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

const element = (tagName: string, className?: string): Element => ({ type: 'element', tagName, properties: className ? { className: [className] } : {}, children: [] });
const figure = () => element('figure', 'chart');
const blank = { type: 'text', value: '\n' } as const;
const tags = (article: Element) => article.children.flatMap((child) => (child.type === 'element' ? [child.tagName + (child.properties.className ? `.${String(child.properties.className)}` : '')] : []));

describe('withChartsMoved', () => {
  it('moves each chart past as many blocks after it as asked, counting only blocks, and leaves the others', () => {
    const nodes = ['p1', 'chart', ' ', 'p2', ' ', 'h3', ' ', 'p3', 'chart', 'p4'];
    const is = { chart: (node: string) => node === 'chart', block: (node: string) => node.trim() !== '' };
    expect(withChartsMoved(nodes, new Map([[0, 3]]), is)).toEqual(['p1', ' ', 'p2', ' ', 'h3', ' ', 'p3', 'chart', 'chart', 'p4']);
    expect(withChartsMoved(nodes, new Map([[1, 1]]), is)).toEqual(['p1', 'chart', ' ', 'p2', ' ', 'h3', ' ', 'p3', 'p4', 'chart']);
    expect(withChartsMoved(nodes, new Map(), is)).toEqual(nodes);
  });
});

describe('floatRange', () => {
  it('runs over body paragraphs, lower headings, lists and tables up to a level-1 heading, never standing right after a heading', () => {
    const article: Element = { ...element('article'), children: [element('p'), figure(), blank, element('p'), blank, element('h3'), element('p'), element('table'), element('h2'), element('p')] };
    expect(floatRange(article, 0)).toEqual([{ mayFollow: true }, { mayFollow: false }, { mayFollow: true }, { mayFollow: true }]);
  });

  it('stops at another chart, at the closing block and at raw HTML shown as text (a node of the tree too)', () => {
    const article: Element = { ...element('article'), children: [figure(), element('p'), figure(), element('p'), element('div', 'closing')] };
    expect(floatRange(article, 0)).toHaveLength(1);
    expect(floatRange(article, 1)).toHaveLength(1);
    const raw: Element = { ...element('article'), children: [figure(), blank, element('p'), { type: 'text', value: '<b>x</b>' }, element('p')] };
    expect(floatRange(raw, 0)).toHaveLength(1);
  });
});

describe('withFloatMarkers', () => {
  it('puts the chart after the blocks of its range, each followed by its marker', () => {
    const article: Element = { ...element('article'), children: [element('p'), figure(), blank, element('p'), element('h3'), element('p'), element('h2')] };
    expect(tags(withFloatMarkers(article, 0, 3))).toEqual(['p', 'p', 'a.probe-marker', 'h3', 'a.probe-marker', 'p', 'a.probe-marker', 'figure.chart', 'h2']);
  });
});

describe('floatPlace', () => {
  /** chart 0 floated past 3 blocks (the second a heading) ending on page 2 at the given lines above its bottom */
  function floated(...linesLeft: number[]) {
    const names = chartMarkers(0);
    return new Map([
      ...linesLeft.map((left, i) => [names.past(i + 1), { page: 2, topMm: BOTTOM - left * LINE }] as const),
      [names.caption, { page: 3, topMm: TOP + 8 * LINE }],
      [names.after, { page: 3, topMm: TOP + 11 * LINE }],
    ]);
  }
  const range = [{ mayFollow: true }, { mayFollow: false }, { mayFollow: true }];

  it('floats the chart past the fewest blocks after which the page ends at most 3 lines early', () => {
    expect(floatPlace(floated(5, 4, 3), 0, range)).toBe(3);
    expect(floatPlace(floated(3, 2, 0), 0, range)).toBe(1);
  });

  it('never leaves the chart right after a heading', () => {
    expect(floatPlace(floated(5, 2, 4), 0, range)).toBeUndefined();
  });

  it('floats it to where it fits under the text at 6 picture lines or more', () => {
    // 10 lines: the blank line, 6 picture lines, 3 caption lines
    expect(floatPlace(floated(9.5, 10, 10), 0, range)).toBe(3);
  });
});
