// hast → HTML text as hast-util-to-html writes it with its default options, faster for a page of
// thousands of table rows: hast-util-to-html looks up and escapes every attribute of every cell
// (each <td align="center">) and runs every text through its entity encoder; a national notice's
// attachments spent most of the HTML writer's time there. Here each distinct start tag is
// written once by hast-util-to-html itself and reused, and a text with nothing to escape is
// copied as it is. Whatever could serialise differently in context (svg, which switches to SVG's
// attribute names; script and style, whose text is not escaped; void elements and template) and
// every other kind of node is handed to hast-util-to-html whole, so the bytes are the same.

import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** Elements written by hast-util-to-html with everything inside them. */
const WHOLE = new Set(['svg', 'template', 'script', 'style']);

/** What hast-util-to-html escapes in text outside script and style: `<` and `&`, as hexadecimal references. */
const ESCAPED_IN_TEXT = /[<&]/;

/** Each part of a key with its length first, so that no two attribute lists make the same key. */
const part = (text: string): string => `${text.length}:${text}`;

/** The key of an element's start tag, or undefined when an attribute is not a plain value (none of tongbao's). */
function startTagKey(node: Element): string | undefined {
  let key = part(node.tagName);
  for (const name in node.properties) {
    const value = node.properties[name];
    if (typeof value === 'string') key += `s${part(name)}${part(value)}`;
    else if (value === null || value === undefined) key += `u${part(name)}`;
    else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) key += `${typeof value}${part(name)}${part(String(value))}`;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) key += `a${part(name)}${value.length}:${value.map(part).join('')}`;
    else return undefined;
  }
  return key;
}

/**
 * The element's start tag as hast-util-to-html writes it, or undefined for a void element: an
 * element without children is written as its start tag and its end tag, and its attributes are
 * the same with children or without.
 */
function writtenStartTag(node: Element): string | undefined {
  const alone = toHtml({ ...node, children: [] });
  const endTag = `</${node.tagName}>`;
  return alone.endsWith(endTag) ? alone.slice(0, -endTag.length) : undefined;
}

function text(node: Text): string {
  return ESCAPED_IN_TEXT.test(node.value) ? toHtml(node) : node.value;
}

/** The HTML of `tree`, byte for byte as `toHtml(tree)` with hast-util-to-html's default options. */
export function serializeHtml(tree: Root | Element): string {
  // by the element's name and attributes: a notice's cells share a handful
  const startTags = new Map<string, string | undefined>();
  const startTag = (node: Element): string | undefined => {
    const key = startTagKey(node);
    if (key === undefined) return writtenStartTag(node);
    if (startTags.has(key)) return startTags.get(key);
    const tag = writtenStartTag(node);
    startTags.set(key, tag);
    return tag;
  };
  const element = (node: Element): string => {
    if (WHOLE.has(node.tagName)) return toHtml(node);
    const start = startTag(node);
    if (start === undefined) return toHtml(node);
    return `${start}${children(node.children)}</${node.tagName}>`;
  };
  const one = (node: ElementContent | RootContent): string => {
    if (node.type === 'element') return element(node);
    if (node.type === 'text') return text(node);
    // comments, doctypes, raw HTML: written the same wherever they stand outside script and style
    return toHtml(node);
  };
  const children = (nodes: ReadonlyArray<ElementContent | RootContent>): string => {
    let html = '';
    for (const node of nodes) html += one(node);
    return html;
  };
  return tree.type === 'root' ? children(tree.children) : element(tree);
}
