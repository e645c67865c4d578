// Where the 版记 goes, from the measured end of the text and the measured height of the 版记.

import { describe, expect, it } from 'vitest';
import { placeColophon } from '../../../src/write/pdf/pagination.js';

const LINE = 225 / 22;
/** a 版记 of two lines, measured on a page of its own: its end two lines under the text block's top */
const colophonEnd = { page: 9, topMm: 37 + 2 * LINE + 0.05 };

describe('placeColophon', () => {
  it('keeps the 版记 on an even last page with room, its last rule on the bottom edge', () => {
    const layout = placeColophon({ textEnd: { page: 4, topMm: 100 }, colophonEnd });
    expect(layout.pageCount).toBe(4);
    expect(layout.placement.newPage).toBe(false);
    // 262 − 100 − two lines, less the allowance for the marker's rounding
    expect(layout.placement.offsetMm).toBeCloseTo(162 - 2 * LINE - 0.15, 6);
  });

  it('moves it to the next page, numbered, when the text ends on an odd page', () => {
    const layout = placeColophon({ textEnd: { page: 5, topMm: 100 }, colophonEnd });
    expect(layout).toEqual({ placement: { newPage: true, blankPageBefore: false, offsetMm: 225 - 2 * LINE }, pageCount: 6 });
  });

  it('needs a blank line between the text and the 版记 on a shared page', () => {
    const tooTight = 262 - 2 * LINE - LINE + 0.1;
    expect(placeColophon({ textEnd: { page: 4, topMm: tooTight }, colophonEnd }).placement.blankPageBefore).toBe(true);
    expect(placeColophon({ textEnd: { page: 4, topMm: tooTight - 0.2 }, colophonEnd }).placement.newPage).toBe(false);
  });

  it('reads a marker on the first line of a page as text that filled the page before', () => {
    const layout = placeColophon({ textEnd: { page: 7, topMm: 37.04 }, colophonEnd });
    expect(layout.placement.blankPageBefore).toBe(true);
    expect(layout.pageCount).toBe(8);
  });
});
