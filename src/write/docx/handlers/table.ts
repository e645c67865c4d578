// GFM tables (the 不合格名单 of the attachments): full text width, ruled, the header row
// repeated on every page and no row split across pages. Written as XML text (verbatim.ts):
// an attachment's table has thousands of rows, and docx's objects for them cost seconds.

import type { AlignType, Table as MdTable } from 'mdast';
import { COLOUR, ELEMENT } from '../../../layout/gbt9704.js';
import { TABLE } from '../../../layout/table-columns.js';
import { tableColumnWidths } from '../../table-columns.js';
import { STYLE } from '../styles.js';
import type { BlockHandlers, State } from '../state.js';
import { TEXT_WIDTH_TWIP } from '../units.js';
import { escapeXml, runXml } from '../verbatim.js';

/** The cell padding the column widths were decided with, written out because the style sheet has no table style. */
const CELL_PADDING_TWIP = Math.round(TABLE.cellPaddingPt * 20);
/**
 * Above and below a cell's text, as in the PDF, so rows are as tall in both. The PDF paints its
 * rules inside the cells (print.css); here a rule adds its width to the row, so the padding under
 * the text gives that back.
 */
const CELL_PADDING_TOP_TWIP = Math.round(ELEMENT.table.sizePt * TABLE.cellPaddingBlockEm * 20);
const CELL_PADDING_BOTTOM_TWIP = CELL_PADDING_TOP_TWIP - TABLE.rulePt * 20;

/** Single rules of half a point (w:sz counts eighths) in the text colour, outside and between all cells. */
const RULE_ATTRIBUTES = `w:val="single" w:color="${COLOUR.text}" w:sz="${TABLE.rulePt * 8}"`;
const RULED_EDGES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

const TABLE_PROPERTIES =
  `<w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH_TWIP}"/>` +
  `<w:tblBorders>${RULED_EDGES.map((edge) => `<w:${edge} ${RULE_ATTRIBUTES}/>`).join('')}</w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/>' +
  '<w:tblCellMar>' +
  `<w:top w:type="dxa" w:w="${CELL_PADDING_TOP_TWIP}"/><w:left w:type="dxa" w:w="${CELL_PADDING_TWIP}"/>` +
  `<w:bottom w:type="dxa" w:w="${CELL_PADDING_BOTTOM_TWIP}"/><w:right w:type="dxa" w:w="${CELL_PADDING_TWIP}"/>` +
  '</w:tblCellMar></w:tblPr>';

/** The header row repeats on every page; no row splits across pages. */
const HEADER_ROW_PROPERTIES = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
const BODY_ROW_PROPERTIES = '<w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr>';

/**
 * What opens a cell of a column up to its runs: its width, centred vertically, the paragraph
 * style, the column's alignment, and whether the row keeps with what follows.
 */
function cellStart(options: { widthTwip: number; style: string; align: AlignType | undefined; keepNext: boolean }): string {
  const { widthTwip, style, align, keepNext } = options;
  const width = widthTwip > 0 ? `<w:tcW w:type="dxa" w:w="${widthTwip}"/>` : '';
  const keep = keepNext ? '<w:keepNext/>' : '';
  const alignment = align ? `<w:jc w:val="${align}"/>` : '';
  return `<w:tc><w:tcPr>${width}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${escapeXml(style)}"/>${keep}${alignment}</w:pPr>`;
}

function tableXml(table: MdTable, state: State): string {
  const widths = tableColumnWidths(table);
  const starts = (style: string, keepNext: boolean) => widths.map((widthTwip, column) => cellStart({ widthTwip, style, align: table.align?.[column], keepNext }));
  const headerStarts = starts(STYLE.tableHeader, false);
  const bodyStarts = starts(STYLE.tableText, false);
  // the last row keeps with the paragraph after the table (its "注：…"), which never starts a page alone
  const lastStarts = starts(STYLE.tableText, true);
  const lastRow = table.children.length - 1;
  let xml = `<w:tbl>${TABLE_PROPERTIES}<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  table.children.forEach((row, rowIndex) => {
    const isHeader = rowIndex === 0;
    const cellStarts = isHeader ? headerStarts : rowIndex === lastRow ? lastStarts : bodyStarts;
    xml += `<w:tr>${isHeader ? HEADER_ROW_PROPERTIES : BODY_ROW_PROPERTIES}`;
    row.children.forEach((cell, column) => {
      xml += cellStarts[column]!;
      for (const run of state.runs(cell.children)) xml += runXml(run);
      xml += '</w:p></w:tc>';
    });
    xml += '</w:tr>';
  });
  return `${xml}</w:tbl>`;
}

export const tableHandlers: BlockHandlers = {
  table: (node, state) => [state.verbatim.block(tableXml(node, state))],
};
