// The DOCX writer: walks the notice tree through the handlers into one A4 section on the
// GB/T 9704 page and grid, with the 公文 style sheet and mirrored page numbers, then packs it
// with fixed timestamps so the same notice always gives the same bytes.

import { Document, DocumentGridType, Packer } from 'docx';
import { GRID, PAGE, PAGE_NUMBER } from '../../layout/gbt9704.js';
import type { NoticeDocument } from '../../model/document.js';
import type { Writer } from '../types.js';
import { pageNumberFooters } from './footer.js';
import { allBlockHandlers, inlineHandlers } from './handlers/index.js';
import { withFixedTimestamps } from './reproducible.js';
import { createState } from './state.js';
import { noticeStyles } from './styles.js';

export const DOCX_FILE_NAME = '通报.docx';

function noticeDocument(doc: NoticeDocument): Document {
  const state = createState({ blockHandlers: allBlockHandlers, inlineHandlers });
  return new Document({
    title: doc.titleText,
    creator: doc.author,
    lastModifiedBy: doc.author,
    evenAndOddHeaderAndFooters: true,
    styles: noticeStyles(),
    sections: [
      {
        properties: {
          page: {
            // literal twips: converting 210 mm or 37 mm floors them by one
            size: { width: PAGE.widthTwip, height: PAGE.heightTwip },
            margin: {
              top: PAGE.marginTopTwip,
              bottom: PAGE.marginBottomTwip,
              left: PAGE.marginLeftTwip,
              right: PAGE.marginRightTwip,
              footer: PAGE_NUMBER.footerDistanceTwip,
            },
          },
          // 22 lines × 28 characters (5.2.3), as Word's 页面设置 → 文档网格 shows it
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: GRID.linePitchTwip, charSpace: GRID.charSpaceWord },
        },
        footers: pageNumberFooters(),
        children: state.blocks(doc.tree.children),
      },
    ],
  });
}

export const writeDocx: Writer = async (doc) => {
  const packed = await Packer.toBuffer(noticeDocument(doc));
  return [{ name: DOCX_FILE_NAME, bytes: withFixedTimestamps({ docx: new Uint8Array(packed), isoDate: doc.date }) }];
};
