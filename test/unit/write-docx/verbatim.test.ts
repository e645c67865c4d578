// Tables are written as XML text (src/write/docx/verbatim.ts) rather than built from docx's
// objects; the text must be what docx writes for the same table, byte for byte. The reference
// here is the table as docx objects, laid out as the handler lays it out.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { PhrasingContent, Table as MdTable, TableCell as MdTableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { allBlockHandlers, inlineHandlers } from '../../../src/write/docx/handlers/index.js';
import { createState, type State } from '../../../src/write/docx/state.js';
import { STYLE } from '../../../src/write/docx/styles.js';
import { TEXT_WIDTH_TWIP } from '../../../src/write/docx/units.js';
import { ELEMENT } from '../../../src/layout/gbt9704.js';
import { TABLE as TABLE_LAYOUT } from '../../../src/layout/table-columns.js';

async function documentXml(children: FileChild[], state?: State): Promise<string> {
  const packed = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  const xml = strFromU8(unzipSync(new Uint8Array(packed))['word/document.xml']!);
  return state ? state.verbatim.fill(xml) : xml;
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** The table as docx objects, with the column widths the handler worked out. */
function referenceTable(table: MdTable, columnWidths: number[], state: State): Table {
  return new Table({
    rows: table.children.map(
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
                  // the last row keeps with the note after the table
                  ...(rowIndex === table.children.length - 1 ? { keepNext: true } : {}),
                  ...(align ? { alignment: ALIGNMENT[align] } : {}),
                  children: state.phrasing(cell.children),
                }),
              ],
            });
          }),
        }),
    ),
    width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    // 0.2 em of the table text above and below, less the rule's width under it (rows as tall as the PDF's)
    margins: { top: Math.round(ELEMENT.table.sizePt * 0.2 * 20), left: 108, bottom: Math.round(ELEMENT.table.sizePt * 0.2 * 20) - TABLE_LAYOUT.rulePt * 20, right: 108 },
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE },
  });
}

const cell = (...children: PhrasingContent[]): MdTableCell => ({ type: 'tableCell', children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** Every kind of phrasing a cell can hold, text XML must escape, alignments and a short row. */
const TABLE: MdTable = {
  type: 'table',
  align: ['center', 'left', null, 'right'],
  children: [
    { type: 'tableRow', children: [cell(text('序号')), cell(text('名称')), cell(text('问题')), cell(text('得分'))] },
    {
      type: 'tableRow',
      children: [
        cell(text('1')),
        cell(text('<script>&"\'\u0001'), { type: 'strong', children: [text('粗'), { type: 'emphasis', children: [text('斜')] }] }),
        cell(text('两行\n文字'), { type: 'break' }, { type: 'inlineCode', value: 'a<b' }),
        cell({ type: 'link', url: 'https://example.org', children: [text('链接')] }, { type: 'gongwenRunInHeading', depth: 3, children: [text('标题')] } as PhrasingContent),
      ],
    },
    { type: 'tableRow', children: [cell(), cell(text('短行'))] },
  ],
};

describe('tables as XML text', () => {
  it('are what docx writes for the same table', async () => {
    const state = createState({ blockHandlers: allBlockHandlers, inlineHandlers, chartPictures: new Map(), printLayout: {} });
    const written = await documentXml(allBlockHandlers.table!(TABLE, state, {}), state);
    const columnWidths = [...written.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, width]) => Number(width));
    expect(columnWidths.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH_TWIP);
    expect(written).toBe(await documentXml([referenceTable(TABLE, columnWidths, state)]));
  });
});
