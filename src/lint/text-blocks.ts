// The published text of a notice, block by block (a paragraph, a heading, a table cell, a
// 公文 element): what the lint rules read. A block's text is joined across its inline
// formatting, so a phone number half in bold is still one number. Each character can say
// where a template wrote it, when one did (WrittenSpan, kept on text nodes by compose).

import type { Node } from 'mdast';
import type { WrittenSpan } from '../model/document.js';
import type { SourcePlace } from '../model/records.js';

/** Inline (phrasing) node types: their text belongs to the block around them. */
const INLINE_TYPES = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference',
  'image', 'imageReference', 'footnoteReference', 'html', 'textDirective',
]);

export interface TextBlock {
  /** the block's node type, e.g. paragraph, gongwenTitle */
  readonly type: string;
  readonly text: string;
  /** the template place that wrote the character at `offset` of the text, when a template did */
  readonly writtenAt: (offset: number) => SourcePlace | undefined;
}

type AnyNode = Node & { readonly children?: readonly AnyNode[]; readonly value?: unknown; readonly data?: { readonly written?: readonly WrittenSpan[] } };

const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null && 'type' in value;
const isInline = (node: AnyNode): boolean => INLINE_TYPES.has(node.type) || typeof node.value === 'string';

/** A node holding text, and where its text starts in the block's. */
interface Piece {
  readonly start: number;
  readonly written: readonly WrittenSpan[];
}

function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return items[i];
  return undefined;
}

/** The text nodes under `nodes`, each with where its text starts in their joined text. */
function collectPieces(nodes: readonly AnyNode[], pieces: Piece[], texts: string[], length: number): number {
  let end = length;
  for (const node of nodes) {
    if (typeof node.value !== 'string') {
      end = collectPieces(node.children ?? [], pieces, texts, end);
      continue;
    }
    pieces.push({ start: end, written: node.data?.written ?? [] });
    texts.push(node.value);
    end += node.value.length;
  }
  return end;
}

function writtenAtIn(pieces: readonly Piece[], offset: number): SourcePlace | undefined {
  const piece = lastWhere(pieces, (p) => p.start <= offset);
  const within = offset - (piece?.start ?? 0);
  const span = piece && lastWhere(piece.written, (s) => s.at <= within);
  if (!span) return undefined;
  return span.literal ? { ...span.place, column: span.place.column + within - span.at } : span.place;
}

function inlineBlock(type: string, nodes: readonly AnyNode[]): TextBlock {
  // most blocks of a country's notice are table cells of one text node: their text is its value
  const [only] = nodes;
  if (nodes.length === 1 && typeof only?.value === 'string') return { type, text: only.value, writtenAt: writtenAtIn.bind(undefined, [{ start: 0, written: only.data?.written ?? [] }]) };
  const pieces: Piece[] = [];
  const texts: string[] = [];
  collectPieces(nodes, pieces, texts, 0);
  // bound, not a closure written here: a country's notice has tens of thousands of blocks, and
  // the build names every function a statement defines (esbuild keepNames) each time it runs
  return { type, text: texts.join(''), writtenAt: writtenAtIn.bind(undefined, pieces) };
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
      blocks.push(inlineBlock(node.type, children));
    } else {
      children.forEach(visit);
    }
    // for…in, not Object.entries: a tree of a country's attachment tables has hundreds of thousands of nodes
    for (const key in node) {
      const value: unknown = (node as unknown as Record<string, unknown>)[key];
      if (key === 'children' || !Array.isArray(value) || value.length === 0 || !value.every(isNode)) continue;
      if (value.every(isInline)) blocks.push(inlineBlock(`${node.type}.${key}`, value));
      else value.forEach(visit);
    }
  };
  visit(root as AnyNode);
  return blocks;
}
