// Tables declared in templates by their columns over a list ({{#table}} {{#column "表头"}}…).
// A country's failing-unit attachments run to tens of thousands of cells; parsed as one
// Markdown table they cost seconds, row after row. So the helper keeps each cell's rendered
// Markdown aside and leaves a `::table{ref=N}` line; after parsing, the line becomes the table
// node, built here from the cells. Each cell is still read as a Markdown table cell: a cell
// holding only printed text (as every value the template prints is written, markdown-text.ts)
// is read back directly, any other is parsed by the template's own parser, in a table of its
// own. A unit named `*甲* | <b>` is that text, as in a table written out in Markdown.

import type { AlignType, Nodes, PhrasingContent, Root, Table, TableCell, Text } from 'mdast';
import type { SourcePlace } from '../model/records.js';
import { markdownText, printedText } from './markdown-text.js';
import { placeholderLine, replacePlaceholders } from './placeholders.js';
import type { TemplateOrigins } from './template-origins.js';
import { markWrittenPlaces, writtenSpans } from './written-places.js';

export interface TableColumn {
  /** the header, printed as it is (a header is text, never Markdown) */
  readonly header: string;
  readonly align: AlignType;
  /** where the template declared the column ({{#column}}) */
  readonly declaredAt?: SourcePlace;
}

/** A table as the template declared it: the columns, and each cell's Markdown as rendered, row after row. */
export interface TableDeclaration {
  readonly columns: readonly TableColumn[];
  readonly cells: readonly string[];
  readonly declaredAt?: SourcePlace;
}

/** A declared table once rendering is over: its cells' Markdown, one a line, and where each offset was written. */
export interface RenderedTable {
  readonly columns: readonly TableColumn[];
  /** how many rows of cells there are, the header aside */
  readonly rows: number;
  readonly markdown: string;
  readonly origins: TemplateOrigins;
  readonly declaredAt?: SourcePlace;
}

/** What separates the cells in a rendered table's Markdown: a cell cannot hold it (helpers/table.ts). */
export const CELL_SEPARATOR = '\n';

const TABLE_DIRECTIVE = 'table';

/** The Markdown line that stands for table `ref`. */
export function tableLine(ref: number): string {
  return placeholderLine({ name: TABLE_DIRECTIVE, ref });
}

/** A cell is parsed where it would stand in a Markdown table: the first body cell of a table of one column. */
const CELL_PREFIX = '| |\n| - |\n|';

/** Blanks around a cell's content, which a Markdown table drops. */
const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';

/** Parses Markdown for a cell: the same parser as the template's, so `:ref{to=…}` and emphasis work as in a Markdown table. */
export type CellParser = (markdown: string) => Root;

function parsedCell(markdown: string, parse: CellParser): TableCell {
  const table = parse(`${CELL_PREFIX}${markdown}|\n`).children[0];
  const cell = table?.type === 'table' ? table.children[1]?.children[0] : undefined;
  // a cell holds neither a line break nor `|` (helpers/table.ts), so it cannot leave its row
  if (!cell) throw new Error(`a table cell did not parse as one: ${JSON.stringify(markdown)}`);
  return cell;
}

/** Every text node under `nodes`. */
function textNodes(nodes: readonly Nodes[]): Text[] {
  return nodes.flatMap((node) => (node.type === 'text' ? [node] : 'children' in node ? textNodes(node.children) : []));
}

/** Source positions of a cell parsed on its own are positions in that small table, no use to anyone after. */
function withoutPositions(nodes: readonly Nodes[]): void {
  for (const node of nodes) {
    delete node.position;
    if ('children' in node) withoutPositions(node.children);
  }
}

/**
 * A cell's content from `markdown` between `start` and `end`, its text nodes knowing where
 * the templates wrote each character (written-places.ts) when `origins` are given.
 */
function cellContent(source: { markdown: string; start: number; end: number }, options: { parse: CellParser; origins?: TemplateOrigins }): PhrasingContent[] {
  const { markdown } = source;
  let { start, end } = source;
  while (start < end && isBlank(markdown[start])) start += 1;
  while (end > start && isBlank(markdown[end - 1])) end -= 1;
  const written = markdown.slice(start, end);
  const { origins } = options;
  const text = printedText(written);
  if (text !== undefined) {
    if (text === '') return [];
    const spans = origins ? writtenSpans(text, { markdown, start, end }, origins) : [];
    return [{ type: 'text', value: text, ...(spans.length > 0 ? { data: { written: spans } } : {}) }];
  }
  const cell = parsedCell(written, options.parse);
  if (origins) {
    // offsets in the small table, turned into offsets in the rendered cells
    const shift = start - CELL_PREFIX.length;
    const shifted: TemplateOrigins = { originAt: (offset) => origins.originAt(offset + shift), statementEnd: (offset) => origins.statementEnd(offset + shift) - shift };
    markWrittenPlaces({ tree: cell, markdown: `${CELL_PREFIX}${written}|\n`, origins: shifted });
  }
  withoutPositions(cell.children);
  return cell.children;
}

/** The header row: each header is written in the {{#column}} that declares the column. */
function headerCell(column: TableColumn, parse: CellParser): TableCell {
  const header = markdownText(column.header);
  const children = cellContent({ markdown: header, start: 0, end: header.length }, { parse });
  if (column.declaredAt) for (const text of textNodes(children)) text.data = { ...text.data, written: [{ at: 0, place: column.declaredAt, literal: false }] };
  return { type: 'tableCell', children };
}

/** The mdast table of a rendered table, as remark would make it of the same table written in Markdown. */
export function tableNode(table: RenderedTable, parse: CellParser): Table {
  const { columns, markdown, origins } = table;
  const rows: Table['children'] = [{ type: 'tableRow', children: columns.map((column) => headerCell(column, parse)) }];
  let start = 0;
  for (let r = 0; r < table.rows; r += 1) {
    const row: TableCell[] = [];
    for (let c = 0; c < columns.length; c += 1) {
      const separator = markdown.indexOf(CELL_SEPARATOR, start);
      const end = separator === -1 ? markdown.length : separator;
      row.push({ type: 'tableCell', children: cellContent({ markdown, start, end }, { parse, origins }) });
      start = end + CELL_SEPARATOR.length;
    }
    rows.push({ type: 'tableRow', children: row });
  }
  return { type: 'table', align: columns.map((column) => column.align), children: rows };
}

/** Replaces every `::table` line with its table; every declaration must appear exactly once. */
export function toTableNodes(tree: Root, tables: readonly RenderedTable[], parse: CellParser): void {
  replacePlaceholders(tree, {
    name: TABLE_DIRECTIVE,
    parts: tables,
    placeOf: (table) => table.declaredAt,
    helper: '{{#table}}',
    hint: '表格写成单独一段的 {{#table 列表}}{{#column "表头"}}{{值}}{{/column}}…{{/table}}，前后各空一行',
    replace: (table) => [tableNode(table, parse)],
  });
}
