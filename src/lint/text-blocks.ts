// The published text of a notice, block by block (a paragraph, a heading, a table cell, a
// 公文 element): what the lint rules read. A block's text is joined across its inline
// formatting, so a phone number half in bold is still one number.

import type { Node } from 'mdast';

/** Inline (phrasing) node types: their text belongs to the block around them. */
const INLINE_TYPES = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference',
  'image', 'imageReference', 'footnoteReference', 'html', 'textDirective',
]);

export interface TextBlock {
  /** the block's node type, e.g. paragraph, gongwenTitle */
  readonly type: string;
  readonly text: string;
}

type AnyNode = Node & { readonly children?: readonly AnyNode[]; readonly value?: unknown };

const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null && 'type' in value;
const isInline = (node: AnyNode): boolean => INLINE_TYPES.has(node.type) || typeof node.value === 'string';

function inlineText(nodes: readonly AnyNode[]): string {
  return nodes.map((node) => (typeof node.value === 'string' ? node.value : inlineText(node.children ?? []))).join('');
}

/**
 * Every block of text in the tree, in document order. Besides `children`, any property
 * holding a list of nodes (an attachment's title, the 版记's lines) is text too: a new
 * 公文 element's text is read without this module learning its name.
 */
export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (node: AnyNode): void => {
    const children = node.children ?? [];
    if (children.length > 0 && children.every(isInline)) {
      blocks.push({ type: node.type, text: inlineText(children) });
    } else {
      children.forEach(visit);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'children' || !Array.isArray(value) || value.length === 0 || !value.every(isNode)) continue;
      if (value.every(isInline)) blocks.push({ type: `${node.type}.${key}`, text: inlineText(value) });
      else value.forEach(visit);
    }
  };
  visit(root as AnyNode);
  return blocks;
}
