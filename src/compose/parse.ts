// Markdown → the one document tree: remark parses (with tables and container
// blocks), then tongbao's transforms make the 公文 nodes and number the headings.

import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SealImage } from '../model/document.js';
import { toChartNodes, type ChartDeclaration } from './charts.js';
import { toGongwenNodes } from './gongwen-blocks.js';
import { numberHeadings } from './heading-numbers.js';
import { remarkTables } from './remark-tables.js';

const parser = unified().use(remarkParse).use(remarkTables).use(remarkDirective);

export function parseNotice(markdown: string, options: { seal?: SealImage; charts?: readonly ChartDeclaration[] }): Root {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  toChartNodes(tree, options.charts ?? []);
  toGongwenNodes(tree, options);
  numberHeadings(tree);
  return tree;
}
