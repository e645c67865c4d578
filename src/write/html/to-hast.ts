// The notice tree as sanitized hast: one <article>, shared by the web page, the CMS
// fragment and the print page the PDF is rendered from. Print mode adds the seal and
// leaves tables unwrapped so they can break across pages.

import type { Element } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Nodes, Root, Table } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import type { NoticeDocument } from '../../model/document.js';
import { noticeHandlers } from './handlers/index.js';
import { ownElement } from './own-elements.js';
import { NOTICE_SCHEMA } from './sanitize-schema.js';

export type RenderMode = 'web' | 'print';

/** A node no handler knows is a bug upstream; dropping it would silently lose text. */
const failOnUnknownNode: Handler = (_state, node: { type: string }) => {
  throw new Error(`HTML 转换不认识文档树节点类型“${node.type}”：compose 不应产出它，或写出器缺少对应的处理函数。`);
};

/** A table cell that holds one figure only: digits with their decimal point, thousands commas or %. */
const FIGURE = /^[\d.,]+%?$/;

function markFigureCells(node: Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const only = child.children[0];
    if (child.tagName === 'td' && child.children.length === 1 && only?.type === 'text' && FIGURE.test(only.value.trim())) {
      child.properties = { ...child.properties, className: ['figure-cell'] };
    }
    markFigureCells(child);
  }
}

/** Each table of `node` as a leaf in a copy of the nodes above it (the rest shared), the table it stands for in `tables`. */
function withTablesAsLeaves(node: Nodes, tables: Map<Table, Table>): Nodes {
  if (node.type === 'table') {
    const leaf: Table = { ...node, children: [] };
    tables.set(leaf, node);
    return leaf;
  }
  if (!('children' in node)) return node;
  const children = node.children.map((child) => withTablesAsLeaves(child, tables));
  return children.some((child, index) => child !== node.children[index]) ? ({ ...node, children } as Nodes) : node;
}

/**
 * The notice tree as toHast is given it, with every table a leaf, and the tables those leaves
 * stand for. toHast begins by walking the whole tree for link and footnote definitions, which a
 * table never holds (its cells hold phrasing only), and unist-util-visit-parents makes and names
 * a function for each node it passes: about 0.1 s for the 100,000 nodes of a country's attachment
 * tables. The table handler converts the rows from the table itself.
 */
function treeForToHast(tree: Root): { tree: Root; tables: ReadonlyMap<Table, Table> } {
  const tables = new Map<Table, Table>();
  return { tree: withTablesAsLeaves(tree, tables) as Root, tables };
}

export function noticeToHast(options: { doc: NoticeDocument; mode: RenderMode }): Element {
  const { tree, tables } = treeForToHast(options.doc.tree);
  const converted = toHast(tree, {
    handlers: noticeHandlers({ mode: options.mode, date: options.doc.date, fonts: options.doc.fonts, tables }),
    unknownHandler: failOnUnknownNode,
  });
  const content = converted.type === 'root' ? converted.children : [converted];
  const article = ownElement('notice', [...content.filter((c) => c.type !== 'doctype'), { type: 'text', value: '\n' }]);
  markFigureCells(article);
  const clean = sanitize(article, NOTICE_SCHEMA);
  if (clean.type !== 'element') throw new Error('清理后的 HTML 不再是 <article> 元素');
  return clean;
}
