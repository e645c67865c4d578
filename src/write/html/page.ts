// A standalone HTML page around the notice article: the web page and the print page the
// PDF is rendered from differ only in their style sheet.

import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PageMeta } from './publication.js';

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const newline: ElementContent = { type: 'text', value: '\n' };

/** Where the article's HTML goes in the page's: a comment, which the body holds nothing else like. */
const ARTICLE_PLACE = '<!--article-->';

export function standalonePage(options: { title: string; meta?: readonly PageMeta[]; styleSheet: string; article: Element }): string {
  return pageAroundArticle({ ...options, articleHtml: toHtml(options.article) });
}

/**
 * The page around an article already written as HTML, for a writer that also needs the article
 * on its own (the CMS fragment) and so serialises it once. An element serialises the same
 * inside <body> as alone.
 *
 * The style sheet is ours, not the user's, so it goes into <style> as is; it must not
 * contain "</style", which would end the element early.
 */
export function pageAroundArticle(options: { title: string; meta?: readonly PageMeta[]; styleSheet: string; articleHtml: string }): string {
  if (/<\/style/i.test(options.styleSheet)) throw new Error('样式表中不能出现 </style>');
  const head = element('head', {}, [
    newline,
    element('meta', { charSet: 'utf-8' }),
    newline,
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    newline,
    ...(options.meta ?? []).flatMap(({ name, content }) => [element('meta', { name, content }), newline]),
    element('title', {}, [{ type: 'text', value: options.title }]),
    newline,
    element('style', {}, [{ type: 'text', value: `\n${options.styleSheet}` }]),
    newline,
  ]);
  // the landmark a screen reader jumps to: the article is all the page's content
  const body = element('body', {}, [newline, element('main', {}, [{ type: 'comment', value: 'article' }]), newline]);
  const page: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, newline, element('html', { lang: 'zh-CN' }, [newline, head, newline, body, newline]), newline],
  };
  // html-validate's recommended doctype-style: <!DOCTYPE html>
  const html = toHtml(page, { upperDoctype: true });
  // the last one: the title and style sheet come before the body
  const place = html.lastIndexOf(ARTICLE_PLACE);
  return html.slice(0, place) + options.articleHtml + html.slice(place + ARTICLE_PLACE.length);
}
