// Headings run into the paragraph after them: （一）压实主体责任。各单位要…… on one line, as
// many notices set their 要求. A narrative printed with runIn=true has its headings marked;
// after numbering, each marked heading followed by a paragraph becomes that paragraph's head,
// ending with 。 as a sentence-heading does (notice-anatomy: （一）网站日常监管不到位。).

import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { GongwenRunInHeading } from '../model/document.js';

/** Punctuation that already ends a run-in heading; anything else gets 。 */
const CLOSING = /[。！？：；…]$/;

function runInHead(heading: Heading): GongwenRunInHeading {
  const children: PhrasingContent[] = CLOSING.test(plainText(heading).trim()) ? heading.children : [...heading.children, { type: 'text', value: '。' }];
  return { type: 'gongwenRunInHeading', depth: heading.depth as GongwenRunInHeading['depth'], children };
}

export function runInHeadings(tree: Root): void {
  const children: RootContent[] = [];
  for (let index = 0; index < tree.children.length; index++) {
    const node = tree.children[index]!;
    const next = tree.children[index + 1];
    if (node.type === 'heading' && node.data?.runIn && node.depth >= 2 && next?.type === 'paragraph') {
      const paragraph: Paragraph = { ...next, children: [runInHead(node), ...next.children] };
      children.push(paragraph);
      index++;
    } else {
      children.push(node);
    }
  }
  tree.children = children;
}
