// hast → HTML text as hast-util-to-html writes it with its default options, faster for a page of
// thousands of table rows: hast-util-to-html looks up and escapes every attribute of every cell
// (each <td align="center">) and runs every text through its entity encoder; a national notice's
// attachments spent most of the HTML writer's time there. Here each distinct pair of tags is
// written once by hast-util-to-html itself and reused (an element without attributes found by
// its name alone, without a key to build), and a text with nothing to escape is copied as it is. Whatever could serialise differently in context (svg, which switches to SVG's
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

/** An element's start and end tags as hast-util-to-html writes them. */
interface Tags {
  readonly start: string;
  readonly end: string;
}

/**
 * The element's tags as hast-util-to-html writes them, or undefined for a void element: an
 * element without children is written as its start tag and its end tag, and its attributes are
 * the same with children or without.
 */
function writtenTags(node: Element): Tags | undefined {
  const alone = toHtml({ ...node, children: [] });
  const end = `</${node.tagName}>`;
  return alone.endsWith(end) ? { start: alone.slice(0, -end.length), end } : undefined;
}

function hasAttributes(node: Element): boolean {
  for (const _ in node.properties) return true;
  return false;
}

function text(node: Text): string {
  return ESCAPED_IN_TEXT.test(node.value) ? toHtml(node) : node.value;
}

/** The HTML of `tree`, byte for byte as `toHtml(tree)` with hast-util-to-html's default options. */
export function serializeHtml(tree: Root | Element): string {
  // by the element's name alone when it has no attributes (most rows and cells), else by its
  // name and attributes: a notice's cells share a handful
  const byName = new Map<string, Tags | undefined>();
  const byKey = new Map<string, Tags | undefined>();
  const tags = (node: Element): Tags | undefined => {
    const bare = !hasAttributes(node);
    const key = bare ? node.tagName : startTagKey(node);
    if (key === undefined) return writtenTags(node);
    const known = bare ? byName : byKey;
    if (known.has(key)) return known.get(key);
    const written = writtenTags(node);
    known.set(key, written);
    return written;
  };
  // joined once at the end: a string grown piece by piece is a tree of pieces, which TextEncoder
  // would have to flatten before encoding
  const parts: string[] = [];
  const element = (node: Element): void => {
    const written = WHOLE.has(node.tagName) ? undefined : tags(node);
    if (written === undefined) {
      parts.push(toHtml(node));
      return;
    }
    parts.push(written.start);
    children(node.children);
    parts.push(written.end);
  };
  const children = (nodes: ReadonlyArray<ElementContent | RootContent>): void => {
    for (const node of nodes) {
      if (node.type === 'element') element(node);
      else if (node.type === 'text') parts.push(text(node));
      // comments, doctypes, raw HTML: written the same wherever they stand outside script and style
      else parts.push(toHtml(node));
    }
  };
  if (tree.type === 'root') children(tree.children);
  else element(tree);
  return parts.join('');
}
