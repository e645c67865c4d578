// 附件: a section with its anchor id, the label 附件N, and the title. When the attachment
// opens with a table (the usual list of failing sites) the title is that table's caption;
// otherwise it is the section's heading. Tables get th scope="col" on the header row and,
// on the web only, a scrolling wrapper named by the caption (a scroll container would stop
// a table from breaking across printed pages).

import type { Element, ElementContent, Properties } from 'hast';
import type { Parents, Table, TableRow } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { GongwenAttachment } from '../../../model/document.js';
import { columnPercent, tableColumnWidths } from '../../table-columns.js';
import { ownElement } from '../own-elements.js';
import { titleContent } from './front-matter.js';
import type { RenderMode } from '../to-hast.js';
import { patched } from './patch.js';

const titleIsCaption = (attachment: GongwenAttachment) => attachment.children[0]?.type === 'table';

const attachmentTitle = (state: State, attachment: GongwenAttachment): ElementContent[] => titleContent(state, attachment.title);

const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/**
 * A row as mdast-util-to-hast's tableRow makes it (a cell for every aligned column, align as
 * an attribute), header cells with scope="col", told whether it is the header row: its own
 * handler looks that up with indexOf, quadratic in the rows of a list of thousands.
 */
function tableRow(state: State, row: TableRow, options: { isHeader: boolean; align: Table['align'] }): Element {
  const { isHeader, align } = options;
  const cells: Element[] = [];
  const columns = align ? align.length : row.children.length;
  for (let column = 0; column < columns; column++) {
    const cell = row.children[column];
    const alignValue = align?.[column];
    const properties: Properties = { ...(alignValue ? { align: alignValue } : {}), ...(isHeader ? { scope: 'col' } : {}) };
    const result: Element = { type: 'element', tagName: isHeader ? 'th' : 'td', properties, children: cell ? state.all(cell) : [] };
    cells.push(cell ? patched(state, cell, result) : result);
  }
  return patched(state, row, element('tr', state.wrap(cells, true)));
}

/** The print page's column widths, the same as the DOCX's (src/write/table-columns.ts), for a fixed table layout. */
function columnGroup(node: Table): Element {
  const columns: Element[] = tableColumnWidths(node).map((widthTwip) => ({ type: 'element', tagName: 'col', properties: { width: columnPercent(widthTwip) }, children: [] }));
  return element('colgroup', columns);
}

/**
 * The table as mdast-util-to-hast's handler makes it (but for tbody's position): thead with the
 * first row, tbody with the rest; in print, column widths first (the web keeps its own layout).
 */
function tableElement(state: State, node: Table, mode: RenderMode): Element {
  const [header, ...body] = node.children;
  const content: Element[] = mode === 'print' ? [columnGroup(node)] : [];
  if (header) {
    const head = element('thead', state.wrap([tableRow(state, header, { isHeader: true, align: node.align })], true));
    state.patch(header, head);
    content.push(head);
  }
  if (body.length > 0) content.push(element('tbody', state.wrap(body.map((row) => tableRow(state, row, { isHeader: false, align: node.align })), true)));
  return patched(state, node, element('table', state.wrap(content, true)));
}

/** `tables`: the table each leaf of the converted tree stands for, its rows out of the reach of toHast's first walk (to-hast.ts). */
export function attachmentHandlers(options: { mode: RenderMode; tables: ReadonlyMap<Table, Table> }) {
  return {
    gongwenAttachment(state: State, node: GongwenAttachment) {
      const label = ownElement('attachment-label', [{ type: 'text', value: `附件${node.number ?? ''}` }]);
      const title = titleIsCaption(node) ? [] : [ownElement('attachment-title', attachmentTitle(state, node))];
      const children = state.wrap([label, ...title, ...state.all(node)], true);
      return patched(state, node, ownElement('attachment', children, { id: node.id }));
    },
    table(state: State, leaf: Table, parent: Parents | undefined) {
      const node = options.tables.get(leaf);
      if (!node) throw new Error('HTML 转换中的表格不是 noticeToHast 交给 toHast 的');
      const table = tableElement(state, node, options.mode);
      const captioned = parent?.type === 'gongwenAttachment' && parent.children[0] === leaf ? parent : undefined;
      const captionId = captioned && `${captioned.id}-title`;
      if (captioned) {
        const caption: Element = { type: 'element', tagName: 'caption', properties: { id: captionId }, children: attachmentTitle(state, captioned) };
        table.children.unshift({ type: 'text', value: '\n' }, caption);
      }
      if (options.mode === 'print') return table;
      // focusable, so keyboard users can scroll it; a named region, so screen readers say what it holds
      const name: Properties = captionId ? { ariaLabelledBy: [captionId] } : { ariaLabel: '表格' };
      const scroll = ownElement('table-scroll', [table], { tabIndex: 0, ...name });
      state.patch(node, scroll);
      return scroll;
    },
  };
}
