// The 标题 and each attachment's title get their line breaks here, once, as break nodes in the
// document tree, so the HTML, the DOCX and the PDF print the same lines (src/layout/title-lines.ts
// chooses them). A break the template asks for — a new line or `|` in the title, or the title
// written as several paragraphs — is kept, and the text between such breaks is balanced on its
// own. The 附件说明 names the attachments in one run of text: its items lose the manual breaks.

import type { Break, PhrasingContent, Root, Text } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { titleLines } from '../layout/title-lines.js';

/** A line break a template or an issuer typed into a title. */
const MANUAL_BREAK = /[ \t]*[|\n][ \t]*/g;

const lineBreak = (): Break => ({ type: 'break' });

/**
 * The text node's characters from `start` to `end`, with the template places of those
 * characters (data.written) shifted to the new start, so the lint still finds them.
 */
function slice(text: Text, start: number, end: number): Text {
  const spans = text.data?.written;
  const part: Text = { type: 'text', value: text.value.slice(start, end) };
  if (!spans) return part;
  const written = spans.flatMap((span, i) => {
    const spanEnd = spans[i + 1]?.at ?? text.value.length;
    if (spanEnd <= start || span.at >= end) return [];
    const skipped = Math.max(0, start - span.at);
    const place = span.literal ? { ...span.place, column: span.place.column + skipped } : span.place;
    return [{ ...span, at: Math.max(0, span.at - start), place }];
  });
  return written.length > 0 ? { ...part, data: { ...text.data, written } } : part;
}

/**
 * Whether the character at `at` was typed in a template, not printed from the data: a `|` or a new
 * line in an organ's name or a scope is text, as every character of the data is (README).
 * Text built without template places (a tree made in code) counts as the template's own.
 */
function writtenInTemplate(text: Text, at: number): boolean {
  const spans = text.data?.written;
  if (!spans) return true;
  const covering = spans.filter((span) => span.at <= at).at(-1);
  return covering?.literal ?? true;
}

/** The title's content cut where the template asked for new lines: the runs between the breaks. */
function manualLines(content: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  const current = () => lines[lines.length - 1]!;
  for (const node of content) {
    if (node.type === 'break') {
      lines.push([]);
      continue;
    }
    if (node.type !== 'text') {
      current().push(node);
      continue;
    }
    let start = 0;
    for (const match of node.value.matchAll(MANUAL_BREAK)) {
      if (!writtenInTemplate(node, match.index + match[0].search(/[|\n]/))) continue;
      if (match.index > start) current().push(slice(node, start, match.index));
      lines.push([]);
      start = match.index + match[0].length;
    }
    if (start < node.value.length) current().push(start === 0 ? node : slice(node, start, node.value.length));
  }
  return lines.filter((line) => plainText({ type: 'paragraph', children: line }).trim() !== '');
}

/**
 * One manual line with breaks where titleLines puts them. A break that would fall inside
 * something other than plain text (a link, emphasis) goes after it.
 */
function balanced(line: readonly PhrasingContent[]): PhrasingContent[] {
  const text = plainText({ type: 'paragraph', children: [...line] });
  const breaksAt: number[] = [];
  let offset = 0;
  for (const part of titleLines(text).slice(0, -1)) breaksAt.push((offset += part.length));
  const result: PhrasingContent[] = [];
  let position = 0;
  for (const node of line) {
    const end = position + plainText(node).length;
    const inside = breaksAt.filter((at) => at > position && at < end);
    if (node.type === 'text' && inside.length > 0) {
      const cuts = [position, ...inside, end].map((at) => at - position);
      cuts.slice(1).forEach((cut, i) => result.push(...(i > 0 ? [lineBreak()] : []), slice(node, cuts[i]!, cut)));
    } else {
      result.push(node);
    }
    const breakAfter = breaksAt.includes(end) || (node.type !== 'text' && inside.length > 0);
    if (breakAfter && end < text.length) result.push(lineBreak());
    position = end;
  }
  return result;
}

/** A title's content as the lines it prints in: manual lines kept, each balanced. */
export function titleContentInLines(content: readonly PhrasingContent[]): PhrasingContent[] {
  return manualLines(content).flatMap((line, i) => [...(i > 0 ? [lineBreak()] : []), ...balanced(line)]);
}

/** A title's content as one run of text, for the 附件说明: the manual breaks dropped. */
export function titleContentInOneLine(content: readonly PhrasingContent[]): PhrasingContent[] {
  return manualLines(content).flat();
}

/** Breaks the 标题 and the attachments' titles into lines, and keeps the 附件说明 in one run. */
export function breakTitles(tree: Root): void {
  for (const node of tree.children) {
    if (node.type === 'gongwenTitle') node.children = titleContentInLines(node.children);
    else if (node.type === 'gongwenAttachment') node.title = titleContentInLines(node.title);
    else if (node.type === 'gongwenAttachmentList') for (const item of node.children) item.children = titleContentInOneLine(item.children);
  }
}
