// 版记 (GB/T 9704 7.4): 抄送 and 印发机关/印发日期 between rules at the bottom of the last page.
// Print only. The web page leaves it out: it records how the paper copies were distributed and
// printed, which the published notices do not show (a website shows the document, not the paper).
// In 信函格式 (10.1) the 版记 keeps only its 抄送 line, without rules.

import type { ElementContent } from 'hast';
import type { Parents } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { GongwenColophon } from '../../../model/document.js';
import { ownElement } from '../own-elements.js';
import type { RenderMode } from '../to-hast.js';
import { patched } from './patch.js';

const text = (value: string) => ({ type: 'text', value }) as const;

function isLetterFormat(parent: Parents | undefined): boolean {
  return (parent?.children ?? []).some((child) => child.type === 'gongwenLetterhead' && child.format === 'letter');
}

export function colophonHandlers(options: { mode: RenderMode }) {
  return {
    gongwenColophon(state: State, node: GongwenColophon, parent: Parents | undefined): ElementContent[] | undefined {
      if (options.mode === 'web') return undefined;
      const copyTo = node.copyTo
        ? [
            ownElement('colophon-copy-to', [
              ownElement('colophon-label', [text('抄送：')]),
              ownElement('colophon-organs', [...state.all({ type: 'paragraph', children: node.copyTo }), text('。')]),
            ]),
          ]
        : [];
      const printed = isLetterFormat(parent)
        ? []
        : [
            ownElement('colophon-print', [
              ownElement('colophon-printed-by', state.all({ type: 'paragraph', children: node.printedBy })),
              ownElement('colophon-print-date', [...state.all({ type: 'paragraph', children: node.printDate }), text('印发')]),
            ]),
          ];
      if (copyTo.length + printed.length === 0) return undefined;
      // the blank page an even last page may need before the 版记; print.css shows it when measured so
      const blankPage = ownElement('colophon-blank-page', []);
      const colophon = patched(state, node, ownElement('colophon', state.wrap([...copyTo, ...printed], true)));
      return [blankPage, text('\n'), colophon];
    },
  };
}
