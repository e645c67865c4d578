// 标题, 发文字号, 主送机关: the lines above the body. The title is the page's only h1.

import type { GongwenAddressee, GongwenDocNumber, GongwenTitle } from '../../../model/document.js';
import type { State } from 'mdast-util-to-hast';
import { ownElement } from '../own-elements.js';
import { patched } from './patch.js';

export function gongwenTitle(state: State, node: GongwenTitle) {
  return patched(state, node, { type: 'element', tagName: 'h1', properties: {}, children: state.all(node) });
}

export function gongwenDocNumber(state: State, node: GongwenDocNumber) {
  return patched(state, node, ownElement('doc-number', state.all(node)));
}

export function gongwenAddressee(state: State, node: GongwenAddressee) {
  return patched(state, node, ownElement('addressee', state.all(node)));
}
