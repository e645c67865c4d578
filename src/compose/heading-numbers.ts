// Section numbers are generated, never typed: 一、 → （一） → 1. → （1） by heading depth,
// so an optional section shifts the rest and no number is ever repeated. A notice in parts
// starts again at 一、 in each part.

import type { Heading, Root } from 'mdast';
import { chineseNumeral } from '../format/chinese.js';

const NUMBER_FORMS: Record<number, (n: number) => string> = {
  1: (n) => `${chineseNumeral(n)}、`,
  2: (n) => `（${chineseNumeral(n)}）`,
  3: (n) => `${n}.`,
  4: (n) => `（${n}）`,
};

/**
 * Numbers the body's headings; attachments are not part of the body and keep theirs plain.
 * Each part of a notice in parts (:::part) numbers its sections afresh from 一、.
 */
export function numberHeadings(tree: Root): void {
  const counters = [0, 0, 0, 0, 0];
  for (const node of tree.children) {
    if (node.type === 'gongwenPart') counters.fill(0);
    if (node.type !== 'heading') continue;
    const form = NUMBER_FORMS[node.depth];
    if (!form) continue;
    counters[node.depth] = (counters[node.depth] ?? 0) + 1;
    counters.fill(0, node.depth + 1);
    prependNumber(node, form(counters[node.depth] ?? 1));
  }
}

function prependNumber(heading: Heading, number: string): void {
  heading.children.unshift({ type: 'text', value: number });
}
