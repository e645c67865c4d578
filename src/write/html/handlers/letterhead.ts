// 版头 (GB/T 9704 7.2 文件格式, 10.1 信函格式) in print: the red organ name, the 发文字号 and the
// red rule, grouped in one block so print.css can lay them out from the text block's top edge.
// The web page shows no 版头: a website publishes the document, not the red-headed paper, so
// there the 发文字号 stands on its own above the title.

import type { ElementContent } from 'hast';
import type { Parents } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { GongwenDocNumber, GongwenLetterhead } from '../../../model/document.js';
import { ownElement } from '../own-elements.js';
import type { RenderMode } from '../to-hast.js';
import { patched } from './patch.js';

function docNumberElement(state: State, node: GongwenDocNumber) {
  return patched(state, node, ownElement('doc-number', state.all(node)));
}

/** The 发文字号 that belongs in the 版头: the one right after it. */
function docNumberAfter(node: GongwenLetterhead, parent: Parents | undefined): GongwenDocNumber | undefined {
  const siblings = parent?.children ?? [];
  const next = siblings[siblings.indexOf(node as (typeof siblings)[number]) + 1];
  return next?.type === 'gongwenDocNumber' ? next : undefined;
}

function followsLetterhead(node: GongwenDocNumber, parent: Parents | undefined): boolean {
  const siblings = parent?.children ?? [];
  return siblings[siblings.indexOf(node as (typeof siblings)[number]) - 1]?.type === 'gongwenLetterhead';
}

function letterheadChildren(state: State, node: GongwenLetterhead, docNumber: ElementContent[]): ElementContent[] {
  switch (node.format) {
    case 'file':
      return [ownElement('letterhead-organ', state.all(node)), ...docNumber, ownElement('letterhead-rule', [])];
    // the organ mark is on the paper: an empty one of its height keeps the 文号 in the 文件格式 place
    case 'preprinted':
      return [ownElement('letterhead-organ', []), ...docNumber];
    // 信函格式: the name and the red double line, wider than the text block, are drawn in page 1's
    // top margin (print-letter.css); the block keeps the 文号 and the space down to the title
    case 'letter':
      return docNumber;
  }
}

export function letterheadHandlers(options: { mode: RenderMode }) {
  return {
    gongwenLetterhead(state: State, node: GongwenLetterhead, parent: Parents | undefined) {
      if (options.mode === 'web') return undefined;
      const docNumberNode = docNumberAfter(node, parent);
      const docNumber = docNumberNode ? [docNumberElement(state, docNumberNode)] : [];
      return patched(state, node, ownElement(`letterhead-${node.format}`, state.wrap(letterheadChildren(state, node, docNumber), true)));
    },
    gongwenDocNumber(state: State, node: GongwenDocNumber, parent: Parents | undefined) {
      if (options.mode === 'print' && followsLetterhead(node, parent)) return undefined;
      return docNumberElement(state, node);
    },
  };
}
