// 标题 and 主送机关: the lines above the body. The title is the page's only h1.
// (The 发文字号 belongs to the 版头 in print: see letterhead.ts.)

import type { ElementContent } from 'hast';
import type { PhrasingContent } from 'mdast';
import type { GongwenAddressee, GongwenTitle } from '../../../model/document.js';
import type { State } from 'mdast-util-to-hast';
import { ownElement } from '../own-elements.js';
import { patched } from './patch.js';

/**
 * A title's content with its lines (compose/title-breaks.ts) as bare <br>: the new line
 * mdast-util-to-hast writes after each would read as a space where a phone hides the breaks.
 */
export function titleContent(state: State, content: PhrasingContent[]): ElementContent[] {
  const children = state.all({ type: 'paragraph', children: content });
  const isBreak = (child: ElementContent | undefined) => child?.type === 'element' && child.tagName === 'br';
  return children.filter((child, i) => !(child.type === 'text' && child.value === '\n' && isBreak(children[i - 1])));
}

export function gongwenTitle(state: State, node: GongwenTitle) {
  return patched(state, node, { type: 'element', tagName: 'h1', properties: {}, children: titleContent(state, node.children) });
}

export function gongwenAddressee(state: State, node: GongwenAddressee) {
  return patched(state, node, ownElement('addressee', state.all(node)));
}
