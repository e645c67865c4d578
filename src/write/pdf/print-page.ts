// The print page: the same article as the web page, in print mode (with the seal), styled by
// print.css over the layout variables and the seal's diameter.

import type { NoticeDocument } from '../../model/document.js';
import { fontVariables, printLayoutVariables, rootRule } from '../../layout/css-vars.js';
import { standalonePage } from '../html/page.js';
import { readStyleSheet } from '../html/style-sheets.js';
import { noticeToHast } from '../html/to-hast.js';

function sealDiameterMm(doc: NoticeDocument): number | undefined {
  const signature = doc.tree.children.find((node) => node.type === 'gongwenSignature');
  return signature?.seal?.diameterMm;
}

export async function printHtml(doc: NoticeDocument): Promise<string> {
  const variables = { ...fontVariables(), ...printLayoutVariables({ sealDiameterMm: sealDiameterMm(doc) }) };
  const styleSheet = rootRule(variables) + (await readStyleSheet('print.css'));
  // <title> becomes the PDF's /Title
  return standalonePage({ title: doc.titleText, styleSheet, article: noticeToHast({ doc, mode: 'print' }) });
}
