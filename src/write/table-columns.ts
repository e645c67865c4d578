// The column widths of a notice table, decided once here and written by both print writers:
// the DOCX as its w:tblGrid, the PDF's print page as the <col> widths of a fixed table layout.

import type { Table, TableCell } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { tableColumnWidthsTwip, type ColumnTexts } from '../layout/table-columns.js';
import { TEXT_WIDTH_TWIP } from './docx/units.js';

/**
 * A cell's plain text. Nearly every cell is a single text node, taken as it is: mdast-util-to-string
 * on each of the tens of thousands of cells of a national attachment took ten times as long.
 */
function cellText(cell: TableCell): string {
  const [only] = cell.children;
  return cell.children.length === 1 && only?.type === 'text' ? only.value : plainText(cell.children);
}

/** Each column's header and body texts, as plain text. */
function columnTexts(table: Table): ColumnTexts[] {
  const [header, ...body] = table.children;
  const columnCount = Math.max(0, ...table.children.map((row) => row.children.length));
  return Array.from({ length: columnCount }, (_, column) => {
    const text = (row: Table['children'][number] | undefined) => {
      const cell = row?.children[column];
      return cell ? cellText(cell) : '';
    };
    return { header: text(header), cells: body.map(text) };
  });
}

/** Widths already decided, by table: the PDF and the DOCX of one build ask for the same tables. */
const decided = new WeakMap<Table, readonly number[]>();

/** Column widths in twips that add up to the 版心 width (156 mm). */
export function tableColumnWidths(table: Table): readonly number[] {
  let widths = decided.get(table);
  if (!widths) {
    widths = tableColumnWidthsTwip(columnTexts(table), TEXT_WIDTH_TWIP);
    decided.set(table, widths);
  }
  return widths;
}

/** A column's width as a share of the table's width, for CSS. */
export function columnPercent(widthTwip: number): string {
  return `${((widthTwip / TEXT_WIDTH_TWIP) * 100).toFixed(4)}%`;
}
