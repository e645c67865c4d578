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
/** Where the page's <meta> go in the head: before the title, as the 规范's pages have them. */
const META_PLACE = '<!--meta-->';

/**
 * Attribute text with every character that could begin or end markup written as a reference.
 * hast-util-to-html leaves `<` in attribute values, where a browser reads it as text; but a
 * notice's title comes from the data, and the tools that read a page's source for its <meta>
 * (a CMS import, a crawler) are not all browsers.
 */
const attributeText = (value: string): string => value.replace(/[&<>"]/g, (character) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`);

const metaHtml = (meta: readonly PageMeta[]): string =>
  meta.map(({ name, content }) => `<meta name="${attributeText(name)}" content="${attributeText(content)}">\n`).join('');

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
    { type: 'comment', value: 'meta' },
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
  // the first: nothing from the data comes before it; the last: the title and style sheet come before the body
  const withMeta = html.replace(META_PLACE, () => metaHtml(options.meta ?? []));
  const place = withMeta.lastIndexOf(ARTICLE_PLACE);
  return withMeta.slice(0, place) + options.articleHtml + withMeta.slice(place + ARTICLE_PLACE.length);
}
