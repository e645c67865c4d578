// 标题 and 主送机关: the lines above the body. The title is the page's only h1.
// (The 发文字号 belongs to the 版头 in print: see letterhead.ts.)

import type { GongwenAddressee, GongwenTitle } from '../../../model/document.js';
import type { State } from 'mdast-util-to-hast';
import { ownElement } from '../own-elements.js';
import { patched } from './patch.js';

export function gongwenTitle(state: State, node: GongwenTitle) {
  return patched(state, node, { type: 'element', tagName: 'h1', properties: {}, children: state.all(node) });
}

export function gongwenAddressee(state: State, node: GongwenAddressee) {
  return patched(state, node, ownElement('addressee', state.all(node)));
}
