// The page every section shares: A4, the GB/T 9704 margins in literal twips, the header and
// footer distances of the notice's format, and Word's 22 × 28 document grid.

import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import { GRID, LETTERHEAD, PAGE } from '../../layout/gbt9704.js';
import { footerDistanceTwip } from './footer.js';
import type { NoticeFormat } from './letterhead.js';
import { twipsFromMm } from './units.js';

export function pageSetup(format: NoticeFormat): Pick<ISectionPropertiesOptions, 'page' | 'grid'> {
  return {
    page: {
      // literal twips: converting 210 mm or 37 mm floors them by one
      size: { width: PAGE.widthTwip, height: PAGE.heightTwip },
      margin: {
        top: PAGE.marginTopTwip,
        bottom: PAGE.marginBottomTwip,
        left: PAGE.marginLeftTwip,
        right: PAGE.marginRightTwip,
        // only 信函格式 has a header: its organ's top edge 30 mm from the page top (10.1)
        header: twipsFromMm(LETTERHEAD.letterOrganTopFromPageTopMm),
        footer: footerDistanceTwip(format),
      },
    },
    // 22 lines × 28 characters (5.2.3), as Word's 页面设置 → 文档网格 shows it
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: GRID.linePitchTwip, charSpace: GRID.charSpaceWord },
  };
}
