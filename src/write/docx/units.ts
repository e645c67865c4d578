// Unit conversions the DOCX format needs, and the text block width in twips.

import { PAGE } from '../../layout/gbt9704.js';

/** DrawingML positions are in EMU: 914 400 per inch, so 635 per twip and 36 000 per mm. */
export const EMU_PER_TWIP = 635;
export const EMU_PER_MM = 36_000;

/** docx sizes images in CSS pixels, 96 to the inch. */
export const PX_PER_MM = 96 / 25.4;

/** 版心 width: the page less both margins (8845 twips = 156 mm). */
export const TEXT_WIDTH_TWIP = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;

/** 版心 height: the page less both margins (12756 twips = 225 mm, 22 lines of 579 and a remainder). */
export const TEXT_HEIGHT_TWIP = PAGE.heightTwip - PAGE.marginTopTwip - PAGE.marginBottomTwip;

/** A length in whole twips (1440 per inch), for spacing, indents and distances. */
export function twipsFromMm(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A length in points (border space and widths are given in points or eighths of a point). */
export function pointsFromMm(mm: number): number {
  return (mm * 72) / 25.4;
}
