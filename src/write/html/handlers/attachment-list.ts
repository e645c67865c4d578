// 附件说明: "附件：1.名称" with later items under the first, each title a link to its attachment.

import type { ElementContent } from 'hast';
import type { GongwenAttachmentItem, GongwenAttachmentList } from '../../../model/document.js';
import type { State } from 'mdast-util-to-hast';
import { ownElement } from '../own-elements.js';
import { patched } from './patch.js';

const text = (value: string) => ({ type: 'text', value }) as const;

export function gongwenAttachmentList(state: State, node: GongwenAttachmentList) {
  const items = ownElement('attachment-items', state.wrap(state.all(node), true));
  const label = ownElement('attachment-list-label', [text('附件：')]);
  return patched(state, node, ownElement('attachment-list', [label, items]));
}

export function gongwenAttachmentItem(state: State, node: GongwenAttachmentItem) {
  const link: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${node.target}` },
    children: state.all(node),
  };
  const number = node.number === undefined ? [] : [ownElement('attachment-number', [text(`${node.number}.`)])];
  return patched(state, node, { type: 'element', tagName: 'li', properties: {}, children: [...number, link] });
}
