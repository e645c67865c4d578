// The elements tongbao adds around the 公文 parts, each a tag with one class. Handlers build
// them from here and the sanitize schema allows exactly these classes on exactly these tags,
// so a class can never appear that the schema does not know, nor the reverse.

import type { Element, ElementContent, Properties } from 'hast';

export const OWN_ELEMENTS = {
  notice: 'article',
  'letterhead-file': 'div',
  'letterhead-letter': 'div',
  'letterhead-preprinted': 'div',
  'letterhead-organ': 'p',
  'letterhead-rule': 'div',
  'doc-number': 'p',
  addressee: 'p',
  'attachment-list': 'div',
  'attachment-list-label': 'span',
  'attachment-items': 'ol',
  'attachment-number': 'span',
  closing: 'div',
  'closing-line': 'div',
  signature: 'div',
  'signature-issuer': 'p',
  'signature-date': 'p',
  seal: 'img',
  annotation: 'p',
  attachment: 'section',
  'attachment-label': 'p',
  'attachment-title': 'h2',
  // a <section> with a name is a region: the markup ARIA gives a scrolling box
  'table-scroll': 'section',
  // the unnumbered title of a part of a notice in parts; its sections are h2 as in any notice
  'part-title': 'h2',
  // a heading run into its paragraph, in its level's font: （一）压实主体责任。各单位要……
  'run-in-heading-2': 'span',
  'run-in-heading-3': 'span',
  'run-in-heading-4': 'span',
  // a cell holding only a figure (99.94%, 1037) is never broken across lines
  'figure-cell': 'td',
  chart: 'figure',
  'chart-caption': 'figcaption',
  'chart-note': 'span',
  'chart-data': 'details',
  'colophon-blank-page': 'div',
  colophon: 'div',
  'colophon-copy-to': 'p',
  'colophon-label': 'span',
  'colophon-organs': 'span',
  'colophon-print': 'p',
  'colophon-printed-by': 'span',
  'colophon-print-date': 'span',
} as const;

export type OwnElementName = keyof typeof OWN_ELEMENTS;

export function ownElement(name: OwnElementName, children: ElementContent[], properties: Properties = {}): Element {
  return { type: 'element', tagName: OWN_ELEMENTS[name], properties: { ...properties, className: [name] }, children };
}

/** Class names allowed per tag, for the sanitize schema. */
export function ownClassesByTag(): Map<string, string[]> {
  const byTag = new Map<string, string[]>();
  for (const [name, tag] of Object.entries(OWN_ELEMENTS)) byTag.set(tag, [...(byTag.get(tag) ?? []), name]);
  return byTag;
}
