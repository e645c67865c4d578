// The HTML writer: a standalone, readable web page (通报.html) with the government page
// metadata, the bare article for pasting into a site's content management system
// (通报.fragment.html) and the 政府信息公开 form's fields beside them. No seal on the web.

import { toHtml } from 'hast-util-to-html';
import { fontVariables, rootRule } from '../../layout/css-vars.js';
import { FILE_NAMES } from '../file-names.js';
import type { Writer } from '../types.js';
import { pageAroundArticle } from './page.js';
import { disclosureFiles, pageMetadata } from './publication.js';
import { readStyleSheet } from './style-sheets.js';
import { noticeToHast } from './to-hast.js';

const utf8 = new TextEncoder();

export const writeHtml: Writer = async (doc) => {
  const articleHtml = toHtml(noticeToHast({ doc, mode: 'web' }));
  const styleSheet = rootRule(fontVariables()) + (await readStyleSheet('web.css'));
  const page = pageAroundArticle({ title: doc.titleText, meta: pageMetadata(doc), styleSheet, articleHtml });
  return [
    { name: FILE_NAMES.page, bytes: utf8.encode(page) },
    { name: FILE_NAMES.fragment, bytes: utf8.encode(`${articleHtml}\n`) },
    ...disclosureFiles(doc),
  ];
};
