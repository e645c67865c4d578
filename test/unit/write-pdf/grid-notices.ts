// Notices whose line count is known in advance, built from the sample notice: their body text is
// Chinese without punctuation (so 避头尾 never moves a character), 26 characters after the
// two-character indent and then 28 per line, so a paragraph of n lines is exactly n lines.

import type { Paragraph, RootContent } from 'mdast';
import type { NoticeDocument } from '../../../src/model/document.js';
import { sampleNotice, type SampleNoticeOptions } from '../../fixtures/sample-notice.js';

export const GRID_TEXT = '政府网站和政务新媒体检查工作要求各区各部门高度重视压实主体责任';

/** A paragraph filling exactly `lines` lines of 28 characters. */
export function gridParagraph(lines: number): Paragraph {
  const length = 26 + 28 * (lines - 1);
  const value = GRID_TEXT.repeat(Math.ceil(length / GRID_TEXT.length)).slice(0, length);
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

function withChildren(doc: NoticeDocument, children: RootContent[]): NoticeDocument {
  return { ...doc, tree: { ...doc.tree, children } };
}

/** The sample notice with a long paragraph after the introduction: a full page of body text. */
export function noticeWithFullBodyPage(options: SampleNoticeOptions): NoticeDocument {
  const doc = sampleNotice(options);
  const children = [...doc.tree.children];
  const introduction = children.findIndex((node) => node.type === 'paragraph');
  children.splice(introduction + 1, 0, gridParagraph(30));
  return withChildren(doc, children);
}

/** The sample notice with a paragraph of `text` after the introduction. */
export function noticeWithParagraph(options: SampleNoticeOptions, text: string): NoticeDocument {
  const doc = sampleNotice(options);
  const children = [...doc.tree.children];
  const introduction = children.findIndex((node) => node.type === 'paragraph');
  children.splice(introduction + 1, 0, { type: 'paragraph', children: [{ type: 'text', value: text }] });
  return withChildren(doc, children);
}

/** The sample notice whose second attachment is `lines` lines of text under a one-line title. */
export function noticeWithTextAttachment(options: SampleNoticeOptions & { lines: number }): NoticeDocument {
  const doc = sampleNotice(options);
  const title = [{ type: 'text' as const, value: '检查不合格名单' }];
  const children = doc.tree.children.map((node): RootContent => {
    if (node.type === 'gongwenAttachment' && node.number === 2) return { ...node, title, children: [gridParagraph(options.lines)] };
    if (node.type !== 'gongwenAttachmentList') return node;
    return { ...node, children: node.children.map((item) => (item.number === 2 ? { ...item, children: title } : item)) };
  });
  return withChildren(doc, children);
}

/**
 * Title (one line), addressee and paragraphs of the given line counts, then the sealed signature:
 * no 附件说明, no 附注, no attachments, no 版记.
 */
export function noticeEndingWithBody(paragraphLines: number[]): NoticeDocument {
  const doc = sampleNotice();
  const keep = (node: RootContent) => node.type === 'gongwenAddressee' || node.type === 'gongwenSignature';
  const title: RootContent = { type: 'gongwenTitle', children: [{ type: 'text', value: '关于检查情况的通报' }] };
  const [addressee, signature] = doc.tree.children.filter(keep);
  return withChildren(doc, [title, addressee!, ...paragraphLines.map(gridParagraph), signature!]);
}

/**
 * The closing block walked down the page: title, addressee, a paragraph of `linesBefore` lines and
 * one of three, then the sample's 附件说明 (two items), the signature sealed with a seal of
 * `sealMm`, and the 附注; no attachments, no 版记, no 版头.
 */
export function noticeWithClosingAfter(linesBefore: number, sealMm: number): NoticeDocument {
  const doc = sampleNotice();
  const title: RootContent = { type: 'gongwenTitle', children: [{ type: 'text', value: '关于检查情况的通报' }] };
  const closingTypes = new Set(['gongwenAddressee', 'gongwenAttachmentList', 'gongwenSignature', 'gongwenAnnotation']);
  const [addressee, list, signature, annotation] = doc.tree.children
    .filter((node) => closingTypes.has(node.type))
    .map((node) => (node.type === 'gongwenSignature' && node.seal ? { ...node, seal: { ...node.seal, diameterMm: sealMm } } : node));
  return withChildren(doc, [title, addressee!, gridParagraph(linesBefore), gridParagraph(3), list!, signature!, annotation!]);
}

/** The closing block's texts in noticeWithClosingAfter, and the characters its body lines are made of. */
export const CLOSING = { issuer: '示例市人民政府办公室', date: '2025年10月15日', annotation: '（此件公开发布）', bodyText: GRID_TEXT } as const;

/** Lines of body text before the closing block: from well inside page 1 to over its end. */
export const CLOSING_WALK: ReadonlyArray<{ sealMm: number; linesBefore: number }> = [
  ...[5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((linesBefore) => ({ sealMm: 45, linesBefore })),
  ...[7, 8, 9, 10].map((linesBefore) => ({ sealMm: 42, linesBefore })),
  ...[5, 6, 7, 8, 9].map((linesBefore) => ({ sealMm: 60, linesBefore })),
];
