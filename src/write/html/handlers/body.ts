// Body nodes whose default conversion does not fit a notice: headings sit one level below
// the title, a heading may run into its paragraph, and raw HTML (which templates or data may
// carry) is shown, never interpreted.

import type { Text } from 'hast';
import type { Heading, Html } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { GongwenPart, GongwenRunInHeading } from '../../../model/document.js';
import { ownElement } from '../own-elements.js';
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

/** （一）压实主体责任。 at the head of its paragraph, in the font of its heading level. */
export function gongwenRunInHeading(state: State, node: GongwenRunInHeading) {
  return patched(state, node, ownElement(`run-in-heading-${node.depth}`, state.all(node)));
}

/** 本市政务新媒体…检查情况: the title of a part, unnumbered, above its own 一、二、三. */
export function gongwenPart(state: State, node: GongwenPart) {
  return patched(state, node, ownElement('part-title', state.all(node)));
}
