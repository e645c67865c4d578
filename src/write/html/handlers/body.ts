// Body nodes whose default conversion does not fit a notice: headings sit one level below
// the title, and raw HTML (which templates or data may carry) is shown, never interpreted.

import type { Text } from 'hast';
import type { Heading, Html } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import { patched } from './patch.js';

/** 一、 （一） 1. （1） are depth 1–4 and become h2–h5; the number is already in the text. */
export function heading(state: State, node: Heading) {
  const level = Math.min(node.depth + 1, 6);
  return patched(state, node, { type: 'element', tagName: `h${level}`, properties: {}, children: state.all(node) });
}

export function html(state: State, node: Html): Text {
  const result: Text = { type: 'text', value: node.value };
  state.patch(node, result);
  return result;
}
