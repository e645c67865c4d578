// GFM tables (the 不合格名单 of the attachments): full text width, ruled, the header row
// repeated on every page and no row split across pages. Written as XML text (verbatim.ts):
// an attachment's table has thousands of rows, and docx's objects for them cost seconds.

import type { AlignType, Table as MdTable } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { COLOUR } from '../../../layout/gbt9704.js';
import { widthInChars } from '../../../layout/text-width.js';
import { STYLE } from '../styles.js';
import type { BlockHandlers, State } from '../state.js';
import { TEXT_WIDTH_TWIP } from '../units.js';
import { escapeXml, runXml } from '../verbatim.js';

/** Word's own default cell padding (0.19 cm), written out because the style sheet has no table style. */
const CELL_PADDING_TWIP = 108;

/** A column's share never counts more than this many characters: longer cells wrap. */
const WIDEST_COLUMN_CHARS = 12;

/** Single rules of half a point (w:sz counts eighths) in the text colour, outside and between all cells. */
const RULE_ATTRIBUTES = `w:val="single" w:color="${COLOUR.text}" w:sz="4"`;
const RULED_EDGES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

const TABLE_PROPERTIES =
  `<w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH_TWIP}"/>` +
  `<w:tblBorders>${RULED_EDGES.map((edge) => `<w:${edge} ${RULE_ATTRIBUTES}/>`).join('')}</w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/>' +
  `<w:tblCellMar><w:left w:type="dxa" w:w="${CELL_PADDING_TWIP}"/><w:right w:type="dxa" w:w="${CELL_PADDING_TWIP}"/></w:tblCellMar></w:tblPr>`;

/** The header row repeats on every page; no row splits across pages. */
const HEADER_ROW_PROPERTIES = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
const BODY_ROW_PROPERTIES = '<w:trPr><w:cantSplit/><w:tblHeader w:val="off"/></w:trPr>';

/**
 * Column widths in twips that add up to the text width, shared by content: the header always
 * fits, a long column gets at most WIDEST_COLUMN_CHARS' worth before its cells wrap.
 */
function columnWidthsTwip(table: MdTable): number[] {
  const [header, ...body] = table.children.map((row) => row.children.map((cell) => widthInChars(plainText(cell.children))));
  const columnCount = Math.max(0, ...table.children.map((row) => row.children.length));
  const shares = Array.from({ length: columnCount }, (_, column) => {
    const longestBody = Math.max(0, ...body.map((row) => row[column] ?? 0));
    return Math.max(header?.[column] ?? 0, Math.min(longestBody, WIDEST_COLUMN_CHARS), 1);
  });
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((share / total) * TEXT_WIDTH_TWIP));
  // the rounding remainder goes to the last column so the table spans the text width exactly
  widths[widths.length - 1]! += TEXT_WIDTH_TWIP - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}

/** What opens a cell of a column up to its runs: its width, centred vertically, the paragraph style and the column's alignment. */
function cellStart(options: { widthTwip: number; style: string; align: AlignType | undefined }): string {
  const { widthTwip, style, align } = options;
  const width = widthTwip > 0 ? `<w:tcW w:type="dxa" w:w="${widthTwip}"/>` : '';
  const alignment = align ? `<w:jc w:val="${align}"/>` : '';
  return `<w:tc><w:tcPr>${width}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${escapeXml(style)}"/>${alignment}</w:pPr>`;
}

function tableXml(table: MdTable, state: State): string {
  const widths = columnWidthsTwip(table);
  const starts = (style: string) => widths.map((widthTwip, column) => cellStart({ widthTwip, style, align: table.align?.[column] }));
  const headerStarts = starts(STYLE.tableHeader);
  const bodyStarts = starts(STYLE.tableText);
  let xml = `<w:tbl>${TABLE_PROPERTIES}<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  table.children.forEach((row, rowIndex) => {
    const isHeader = rowIndex === 0;
    const cellStarts = isHeader ? headerStarts : bodyStarts;
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
