// Unit conversions the DOCX format needs, and the text block width in twips.

import { PAGE } from '../../layout/gbt9704.js';

/** DrawingML positions are in EMU: 914 400 per inch, so 635 per twip and 36 000 per mm. */
export const EMU_PER_TWIP = 635;
export const EMU_PER_MM = 36_000;

/** docx sizes images in CSS pixels, 96 to the inch. */
export const PX_PER_MM = 96 / 25.4;

/** 版心 width: the page less both margins (8845 twips = 156 mm). */
export const TEXT_WIDTH_TWIP = PAGE.widthTwip - PAGE.marginLeftTwip - PAGE.marginRightTwip;
