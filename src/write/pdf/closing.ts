// Never a page holding only the signature (GB/T 9704 7.3.5.5: when the space left cannot take
// the seal and the date, adjust; the old 此页无正文 page is gone). Chromium ignores
// break-before: avoid but honours widows inside a paragraph, so in print the last body paragraph
// becomes one block whose last "lines" are the 附件说明 and the signature, set as inline blocks
// (print.css): with widows, the paragraph's last two lines of text go along with them to a new
// page whenever they need one — and no more of the text than that.

import type { Element, ElementContent } from 'hast';
import { ownElement } from '../html/own-elements.js';

const classOf = (node: ElementContent | undefined) => (node?.type === 'element' ? String(node.properties.className ?? '') : '');

export function withClosingLines(article: Element): Element {
  const children = article.children;
  const elementBefore = (index: number) => {
    for (let i = index - 1; i >= 0; i -= 1) if (children[i]?.type === 'element') return i;
    return -1;
  };
  const signature = children.findIndex((child) => classOf(child) === 'signature');
  if (signature < 0) return article;
  const list = classOf(children[elementBefore(signature)]) === 'attachment-list' ? elementBefore(signature) : -1;
  const last = elementBefore(list >= 0 ? list : signature);
  const paragraph = children[last];
  // a notice ends its body with a paragraph; anything else keeps its own page breaks
  if (paragraph?.type !== 'element' || paragraph.tagName !== 'p' || classOf(paragraph) !== '') return article;
  const lines = [list, signature].flatMap((index) => {
    const block = children[index];
    return index >= 0 && block ? [ownElement('closing-line', [block])] : [];
  });
  const lineBreak: Element = { type: 'element', tagName: 'br', properties: {}, children: [] };
  const closing = ownElement('closing', [...paragraph.children, lineBreak, ...lines]);
  return { ...article, children: [...children.slice(0, last), closing, ...children.slice(signature + 1)] };
}
