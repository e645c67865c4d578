// Each text node of the template's Markdown learns where its characters were written in the
// templates (WrittenSpan, see model/document.ts), so that the lint of the published text can
// point at the template line holding an ID number or a differently named issuer. A text node's
// value is its Markdown source with escapes and character references decoded, so the two are
// lined up character by character first.

import type { Nodes, Text } from 'mdast';
import type { WrittenSpan } from '../model/document.js';
import type { Origin, TemplateOrigins } from './template-origins.js';

const CHARACTER_REFERENCE = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|[A-Za-z][A-Za-z\d]{0,31});/;

const LINE_FEED = 0x0a;

/** For each character of `value`, its offset in `source`, the Markdown it was parsed from. */
function sourceOffsets(value: string, source: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  while (offsets.length < value.length) {
    const j = offsets.length;
    // compared by code unit: indexing a string makes a new string for each CJK character
    if (i >= source.length || source.charCodeAt(i) === value.charCodeAt(j)) {
      offsets.push(Math.min(i, source.length - 1));
      i += 1;
      continue;
    }
    const reference = CHARACTER_REFERENCE.exec(source.slice(i, i + 40));
    if (reference) {
      const codePoint = reference[1] ? Number(reference[1]) : reference[2] ? parseInt(reference[2], 16) : undefined;
      const decodedLength = codePoint !== undefined && codePoint > 0xffff ? 2 : 1;
      for (let k = 0; k < decodedLength; k += 1) offsets.push(i);
      i += reference[0].length;
      continue;
    }
    // an escaping backslash, or indentation the parser dropped at the start of a line
    i += 1;
  }
  return offsets;
}

/** Whether `next` continues `previous` on the same template line, character after character. */
function continues(previous: Origin | undefined, next: Origin | undefined): boolean {
  if (!previous || !next) return previous === next;
  if (previous.literal !== next.literal || previous.place.file !== next.place.file || previous.place.line !== next.place.line) return false;
  return next.literal ? next.place.column === previous.place.column + 1 : next.place.column === previous.place.column;
}

/** The spans of a text node's `value`, parsed from `markdown` between offsets `start` and `end`. */
export function writtenSpans(value: string, source: { markdown: string; start: number; end: number }, origins: TemplateOrigins): WrittenSpan[] {
  const { markdown, start, end } = source;
  const written = markdown.slice(start, end);
  // text written without escapes (most of a country's table cells) lies character for character
  const offsets = written === value ? undefined : sourceOffsets(value, written);
  const spans: WrittenSpan[] = [];
  let previous: Origin | undefined;
  // a printed value's characters all have the place of its {{…}}: looked up once per value, not per character
  let printed: { origin: Origin; end: number } | undefined;
  for (let at = 0; at < value.length; at++) {
    const offset = offsets ? (offsets[at] as number) : at;
    // the same printed value goes on: its end is known already, and nothing new is made
    const goesOn = printed !== undefined && start + offset < printed.end;
    const origin = goesOn ? printed?.origin : origins.originAt(start + offset);
    if (!origin || origin.literal) printed = undefined;
    // a printed value starts (one statement prints many: its origin is the same object each time)
    else if (!goesOn) printed = { origin, end: origins.statementEnd(start + offset) };
    const lineBreak = at > 0 && value.charCodeAt(at - 1) === LINE_FEED;
    if (origin && (at === 0 || lineBreak || !continues(previous, origin))) spans.push({ at, place: origin.place, literal: origin.literal });
    previous = origin;
  }
  return spans;
}

function spansOf(text: Text, markdown: string, origins: TemplateOrigins): WrittenSpan[] {
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  return writtenSpans(text.value, { markdown, start, end }, origins);
}

export function markWrittenPlaces(options: { tree: Nodes; markdown: string; origins: TemplateOrigins }): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const written = spansOf(node, options.markdown, options.origins);
      if (written.length > 0) node.data = { ...node.data, written };
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(options.tree);
}
