// Changes put into a quarter file's text where they belong and nowhere else: a unit that
// changed is rewritten in place, new units go after the last one, and every other byte —
// comments, blank lines, the way each line was typed — stays as it was.

import type { Node } from 'yaml';
import { nodeText } from './yaml-values.js';

/** Replace text[start, end) by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edits applied, the latest in the text first so earlier offsets stay true. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  let text = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The column a node starts at: where its continuation lines are indented to. */
function columnOf(source: string, node: Node): number {
  return node.range![0] - lineStart(source, node.range![0]);
}

/** A unit rewritten where it stands; its trailing comment, outside its range, stays. */
export function replaceNode(source: string, node: Node): TextEdit {
  const [start, end] = node.range!;
  const trailingNewline = source.slice(start, end).endsWith('\n') ? '\n' : '';
  return { start, end, text: nodeText(node, columnOf(source, node)) + trailingNewline };
}

/** `- ` items after the list's last item, dashed and indented as it is. */
export function appendItems(source: string, last: Node, listEnd: number, nodes: readonly Node[]): TextEdit {
  const prefix = source.slice(lineStart(source, last.range![0]), last.range![0]);
  const dash = prefix.indexOf('-');
  const lead = `${' '.repeat(dash)}-${' '.repeat(prefix.length - dash - 1)}`;
  const lines = nodes.map((node) => `${lead}${nodeText(node, prefix.length)}\n`).join('');
  const newline = source.slice(0, listEnd).endsWith('\n') ? '' : '\n';
  return { start: listEnd, end: listEnd, text: newline + lines };
}

/** A list for a key the file has no units under: `key:` and its items, replacing an empty value or at the end of the file. */
export function newList(source: string, key: string, nodes: readonly Node[], emptyValue?: { start: number; end: number }): TextEdit {
  const items = nodes.map((node) => `  - ${nodeText(node, 4)}\n`).join('');
  if (emptyValue) {
    // from the end of `key:` so no space is left after the colon
    const colon = source.lastIndexOf(':', emptyValue.start);
    const end = source.slice(emptyValue.end).startsWith('\n') ? emptyValue.end + 1 : emptyValue.end;
    return { start: colon + 1, end, text: `\n${items}` };
  }
  const newline = source === '' || source.endsWith('\n') ? '' : '\n';
  return { start: source.length, end: source.length, text: `${newline}${key}:\n${items}` };
}
