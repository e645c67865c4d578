// Line-break opportunities Chinese typesetting allows but Chromium's line breaker (UAX #14) does
// not see, marked with <wbr> in the print article. Without them the text before an unbreakable
// string ("谁主办”“谁管理", an e-mail address, a URL) is stretched over the whole line, a loose
// line a proofreader marks.
// - Between a closing and an opening quotation mark: UAX #14 keeps “ ” with both neighbours, as
//   their direction is ambiguous in Western text; in Chinese ” ends a quotation and “ opens the
//   next one, and 避头尾 is kept (” still ends its line, “ still starts the next).
// - Inside an e-mail address or a URL, where an English style guide allows it: after "//", before
//   a single "/", and before . @ ? & = # _ (Chromium itself breaks after a hyphen).
// Figures and other runs of digits stay whole. <wbr> carries no text: the PDF copies as before.

import type { Element, ElementContent, Text } from 'hast';

const BETWEEN_QUOTATIONS = /(?<=[”’])(?=[“‘])/u;
/** An e-mail address or a URL: Latin letters, digits and the marks addresses use. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)[\w\-./?&=#%~:+@]+/giu;
const INSIDE_ADDRESS = /(?<=\/\/)(?=[^/])|(?<=[^/:])(?=\/[^/])|(?<=.)(?=[.@?&=#_])/gu;

/** Where `text` may break besides where Chromium breaks it: offsets into `text`, in order. */
export function breakOpportunities(text: string): number[] {
  const offsets = new Set<number>();
  for (const match of text.matchAll(new RegExp(BETWEEN_QUOTATIONS, 'gu'))) offsets.add(match.index);
  for (const address of text.matchAll(ADDRESS)) {
    // not at the address's edges: what is around it breaks there, or must not
    for (const inside of address[0].matchAll(INSIDE_ADDRESS)) if (inside.index > 0 && inside.index < address[0].length) offsets.add(address.index + inside.index);
  }
  return [...offsets].sort((a, b) => a - b);
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

function withBreaks(node: Text): ElementContent[] {
  const offsets = breakOpportunities(node.value);
  if (offsets.length === 0) return [node];
  const pieces = [0, ...offsets, node.value.length].slice(1).map((end, i, ends): Text => ({ type: 'text', value: node.value.slice(i === 0 ? 0 : ends[i - 1], end) }));
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [wbr(), piece]));
}

/** The article with <wbr> at every break opportunity of its text (none in charts, which are SVG). */
export function withBreakOpportunities<T extends Element>(element: T): T {
  if (element.tagName === 'svg') return element;
  const children = element.children.flatMap((child) => {
    if (child.type === 'text') return withBreaks(child);
    if (child.type === 'element') return [withBreakOpportunities(child)];
    return [child];
  });
  return { ...element, children };
}
