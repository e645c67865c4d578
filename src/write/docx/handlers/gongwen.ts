// The 公文 elements around the body (GB/T 9704-2012 7.3): 标题, 主送机关, 附件说明, 附注 and the
// 附件 pages. 署名 and 成文日期 with the seal are in signature.ts; 版头 (with the 发文字号) and
// 版记 are placed by the sections (letterhead.ts, colophon.ts).

import { Paragraph, TextRun } from 'docx';
import type { GongwenAttachmentItem } from '../../../model/document.js';
import { BODY_CHAR_TWIP } from '../../../layout/gbt9704.js';
import { closingSpacing } from '../closing.js';
import { STYLE } from '../styles.js';
import type { BlockHandlers, State } from '../state.js';
import { widthInChars } from '../../../layout/text-width.js';
import { blankLines } from './blocks.js';

const ATTACHMENT_LIST_LEAD = '附件：';
/** 7.3.4: 附件说明 starts 左空二字 */
const ATTACHMENT_LIST_INDENT_CHARS = 2;

/**
 * 附件：1.名称 with 2.名称 … under 1., and every wrapped line under the first character of its
 * name (7.3.4): each paragraph's left indent is where its name starts, its first line hangs out
 * to where 附件： or the number starts.
 */
function attachmentListParagraph(item: GongwenAttachmentItem, isFirst: boolean, state: State): Paragraph {
  const label = item.number === undefined ? '' : `${item.number}.`;
  const numberStartChars = ATTACHMENT_LIST_INDENT_CHARS + widthInChars(ATTACHMENT_LIST_LEAD);
  const nameStartChars = numberStartChars + widthInChars(label);
  const lineStartChars = isFirst ? ATTACHMENT_LIST_INDENT_CHARS : numberStartChars;
  return new Paragraph({
    style: STYLE.attachmentList,
    ...closingSpacing(state),
    indent: { left: nameStartChars * BODY_CHAR_TWIP, hanging: (nameStartChars - lineStartChars) * BODY_CHAR_TWIP },
    children: [new TextRun(isFirst ? ATTACHMENT_LIST_LEAD + label : label), ...state.phrasing(item.children)],
  });
}

export const gongwenHandlers: BlockHandlers = {
  gongwenTitle: (node, state) => [new Paragraph({ style: STYLE.title, children: state.phrasing(node.children) })],
  // 7.3.2: 标题下空一行
  gongwenAddressee: (node, state) => [
    ...blankLines(1),
    new Paragraph({ style: STYLE.addressee, children: state.phrasing(node.children) }),
  ],
  // 7.3.4: 正文下空一行; the blank line stays with the list, and the list with the signature
  gongwenAttachmentList: (node, state) => [
    ...blankLines(1, STYLE.keptBlank, closingSpacing(state)),
    ...node.children.map((item, index) => attachmentListParagraph(item, index === 0, state)),
  ],
  gongwenAnnotation: (node, state) => [new Paragraph({ style: STYLE.annotation, ...closingSpacing(state), children: state.phrasing(node.children) })],
  // 7.3.7: each attachment on a new page, 附件N 顶格 on the first line, the title centred on the
  // third. The page break sits on the paragraph: docx styles cannot carry pageBreakBefore.
  gongwenAttachment: (node, state) => [
    new Paragraph({ style: STYLE.attachmentLabel, pageBreakBefore: true, children: [new TextRun(`附件${node.number ?? ''}`)] }),
    ...blankLines(1),
    new Paragraph({ style: STYLE.attachmentTitle, children: state.phrasing(node.title) }),
    ...blankLines(1),
    ...state.blocks(node.children),
  ],
};
