// 附件: a section with its anchor id, the label 附件N, and the title. When the attachment
// opens with a table (the usual list of failing sites) the title is that table's caption;
// otherwise it is the section's heading. Tables get th scope="col" on the header row and,
// on the web only, a scrolling wrapper named by the caption (a scroll container would stop
// a table from breaking across printed pages).

import type { Element, ElementContent, Properties } from 'hast';
import type { Parents, Table } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import type { GongwenAttachment } from '../../../model/document.js';
import { ownElement } from '../own-elements.js';
import type { RenderMode } from '../to-hast.js';
import { patched } from './patch.js';

const titleIsCaption = (attachment: GongwenAttachment) => attachment.children[0]?.type === 'table';

function titleContent(state: State, attachment: GongwenAttachment): ElementContent[] {
  return state.all({ type: 'paragraph', children: attachment.title });
}

function headerCellsWithScope(table: Element): void {
  const head = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'thead');
  for (const row of head?.children ?? []) {
    if (row.type !== 'element') continue;
    for (const cell of row.children) if (cell.type === 'element' && cell.tagName === 'th') cell.properties.scope = 'col';
  }
}

export function attachmentHandlers(options: { mode: RenderMode }) {
  return {
    gongwenAttachment(state: State, node: GongwenAttachment) {
      const label = ownElement('attachment-label', [{ type: 'text', value: `附件${node.number ?? ''}` }]);
      const title = titleIsCaption(node) ? [] : [ownElement('attachment-title', titleContent(state, node))];
      const children = state.wrap([label, ...title, ...state.all(node)], true);
      return patched(state, node, ownElement('attachment', children, { id: node.id }));
    },
    table(state: State, node: Table, parent: Parents | undefined) {
      const table = defaultHandlers.table(state, node);
      headerCellsWithScope(table);
      const captioned = parent?.type === 'gongwenAttachment' && parent.children[0] === node ? parent : undefined;
      const captionId = captioned && `${captioned.id}-title`;
      if (captioned) {
        const caption: Element = { type: 'element', tagName: 'caption', properties: { id: captionId }, children: titleContent(state, captioned) };
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
