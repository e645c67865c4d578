// Markdown blocks of the body: paragraphs, headings 一、（一）1.（1）, and lists, which in a
// notice are 一是…二是… narratives set as ordinary body paragraphs.

import { Paragraph } from 'docx';
import type { ListItem, Paragraph as MdParagraph, RootContent } from 'mdast';
import { closerSpacing, closingParagraphs, closingSpacing, KEPT_WITH_SIGNATURE } from '../closing.js';
import { STYLE } from '../styles.js';
import type { BlockHandlers, State } from '../state.js';

/**
 * Empty lines, GB/T 9704's 空一行 / 空二行: real paragraphs, so every gap is one line of the
 * 22-line grid and the user sees it in Word as a line.
 */
export function blankLines(count: number, style: string = STYLE.body, spacing: ReturnType<typeof closingSpacing> = {}): Paragraph[] {
  return Array.from({ length: count }, () => new Paragraph({ style, ...spacing }));
}

/**
 * An ordered item keeps its number as text, since the paragraphs carry no list numbering;
 * the number joins the item's first paragraph.
 */
function withOrdinal(item: ListItem, ordinal: number | undefined): RootContent[] {
  const [first, ...rest] = item.children;
  if (ordinal === undefined || first?.type !== 'paragraph') return item.children;
  const numbered: MdParagraph = { ...first, children: [{ type: 'text', value: `${ordinal}.` }, ...first.children] };
  return [numbered, ...rest];
}

function listItems(items: readonly ListItem[], ordered: boolean, start: number, state: State) {
  return items.flatMap((item, index) => state.blocks(withOrdinal(item, ordered ? start + index : undefined)));
}

/**
 * The signature must not open a page on its own (7.3.5.5: 此页无正文): the body's last paragraph
 * goes along with it, at least its last two lines, when the 附件说明 and signature need a new page.
 * It breaks where the print page broke it (closing.ts); a paragraph the print page did not break
 * stays kept with them. The blocks above it the print page set closer with it (7.3.5.5) are as close.
 */
export const blockHandlers: BlockHandlers = {
  paragraph: (node, state, { next }) =>
    next && KEPT_WITH_SIGNATURE.has(next.type) ? closingParagraphs(node.children, state) : [new Paragraph({ ...closerSpacing(node, state), children: state.phrasing(node.children) })],
  heading: (node, state) => {
    const style = STYLE.heading[node.depth - 1];
    // 公文 has four heading levels (7.3.3); compose never makes a fifth
    if (!style) throw new Error(`DOCX writer: heading depth ${node.depth} has no 公文 level`);
    return [new Paragraph({ style, ...closerSpacing(node, state), children: state.phrasing(node.children) })];
  },
  list: (node, state) => listItems(node.children, node.ordered === true, node.start ?? 1, state),
  gongwenPart: (node, state) => [new Paragraph({ style: STYLE.partTitle, children: state.phrasing(node.children) })],
};
