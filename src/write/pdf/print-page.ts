// The print page: the same article as the web page, in print mode (版头, seal, 版记), styled by
// print.css over the layout variables: the seal's diameter, the organ name's width, the fonts the
// issuer chose, and where the 版记 goes. 信函格式 adds its own first-page rules.

import type { Element } from 'hast';
import { printLayoutVariables, fontVariables, rootRule, type ColophonPlacement } from '../../layout/css-vars.js';
import { toString as plainText } from 'mdast-util-to-string';
import type { NoticeDocument } from '../../model/document.js';
import { standalonePage } from '../html/page.js';
import { readStyleSheet, type StyleSheetName } from '../html/style-sheets.js';
import { noticeToHast } from '../html/to-hast.js';
import { withBreakOpportunities } from './break-opportunities.js';
import { withClosingLines } from './closing.js';

/** The 署名's seal diameter, when the notice is sealed. */
export function sealDiameterMm(doc: NoticeDocument): number | undefined {
  return doc.tree.children.find((node) => node.type === 'gongwenSignature')?.seal?.diameterMm;
}

export function printArticle(doc: NoticeDocument): Element {
  return withClosingLines(withBreakOpportunities(noticeToHast({ doc, mode: 'print' })));
}

/** Whether the article carries a 版记 (信函格式 without 抄送 has none). */
export function hasColophon(article: Element): boolean {
  return article.children.some((child) => child.type === 'element' && String(child.properties.className) === 'colophon');
}

function letterhead(doc: NoticeDocument) {
  const node = doc.tree.children[0];
  return node?.type === 'gongwenLetterhead' ? node : undefined;
}

export async function printHtml(options: {
  doc: NoticeDocument;
  article: Element;
  colophon?: ColophonPlacement;
  closingLinePitchMm?: number;
}): Promise<string> {
  const { doc } = options;
  const organ = letterhead(doc);
  const variables = {
    ...fontVariables(doc.fonts),
    ...printLayoutVariables({
      sealDiameterMm: sealDiameterMm(doc),
      organName: organ ? plainText(organ.children) : '',
      colophon: options.colophon,
      closingLinePitchMm: options.closingLinePitchMm,
    }),
  };
  const sheets: StyleSheetName[] = organ?.format === 'letter' ? ['print.css', 'print-letter.css'] : ['print.css'];
  const styleSheet = rootRule(variables) + (await Promise.all(sheets.map(readStyleSheet))).join('\n');
  // <title> becomes the PDF's /Title
  return standalonePage({ title: doc.titleText, styleSheet, article: options.article });
}
