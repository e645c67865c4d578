// GFM tables (the 不合格名单 of the attachments): full text width, ruled, the header row
// repeated on every page and no row split across pages.

import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { AlignType, Table as MdTable } from 'mdast';
import { COLOUR } from '../../../layout/gbt9704.js';
import { STYLE } from '../styles.js';
import type { BlockHandlers, State } from '../state.js';
import { toString as plainText } from 'mdast-util-to-string';
import { widthInChars } from '../../../layout/text-width.js';
import { TEXT_WIDTH_TWIP } from '../units.js';

/** Word's own default cell padding (0.19 cm), written out because the style sheet has no table style. */
const CELL_PADDING_TWIP = 108;

/** A column's share never counts more than this many characters: longer cells wrap. */
const WIDEST_COLUMN_CHARS = 12;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.text } as const;

const ALIGNMENT: Readonly<Record<NonNullable<AlignType>, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

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

function tableRows(table: MdTable, state: State): TableRow[] {
  return table.children.map(
    (row, rowIndex) =>
      new TableRow({
        tableHeader: rowIndex === 0,
        cantSplit: true,
        children: row.children.map((cell, column) => {
          const align = table.align?.[column];
          return new TableCell({
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                style: rowIndex === 0 ? STYLE.tableHeader : STYLE.tableText,
                ...(align ? { alignment: ALIGNMENT[align] } : {}),
                children: state.phrasing(cell.children),
              }),
            ],
          });
        }),
      }),
  );
}

export const tableHandlers: BlockHandlers = {
  table: (node, state) => [
    new Table({
      rows: tableRows(node, state),
      width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
      columnWidths: columnWidthsTwip(node),
      layout: TableLayoutType.FIXED,
      margins: { left: CELL_PADDING_TWIP, right: CELL_PADDING_TWIP },
      borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
    }),
  ],
};
