// Changes put into a quarter file's text where they belong and nowhere else: a unit written a
// field a line changes field by field, a one-line unit is rewritten in place, new units go
// after the last one, and every other byte — comments, blank lines, the way each line was
// typed — stays as it was.

import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { UnitChanges } from './fields.js';
import { nodeText } from './yaml-values.js';

/** Replace text[start, end) by `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The edits applied in one pass, in the order of the text (a large file with thousands of
 * changed units is copied once); a line put where a removed line was survives its removal.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    pieces.push(source.slice(copied, Math.max(copied, edit.start)), edit.text);
    copied = Math.max(copied, edit.end);
  }
  pieces.push(source.slice(copied));
  return pieces.join('');
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The column a node starts at: where its continuation lines are indented to. */
function columnOf(source: string, node: Node): number {
  return node.range![0] - lineStart(source, node.range![0]);
}

/** Where the line holding `offset` ends, past its newline; a range that ends with a newline ends there. */
function lineEnd(source: string, offset: number): number {
  if (offset > 0 && source[offset - 1] === '\n') return offset;
  const newline = source.indexOf('\n', offset);
  return newline < 0 ? source.length : newline + 1;
}

const parsed = (pair: Pair): boolean => Boolean((pair.key as Node | null)?.range);

/** Where a parsed field's lines end: after its value, or its key when the value is empty. */
function fieldEnd(source: string, pair: Pair): number {
  const last = ((pair.value as Node | null)?.range ? pair.value : pair.key) as Node;
  return lineEnd(source, last.range![1]);
}

/**
 * A unit written a field a line, changed field by field: a new value in place of the old (the
 * comment after it stays), a removed field's lines taken out, a new field on a line of its own
 * after the field before it. Every other line of the unit stays as typed. Undefined when a new
 * field would come before every field the file has: the unit is then rewritten whole.
 */
export function fieldEdits(source: string, unit: YAMLMap, changes: UnitChanges): TextEdit[] | undefined {
  const indent = columnOf(source, unit);
  const edits: TextEdit[] = [];
  for (const { pair, old } of changes.replaced) {
    edits.push({ start: old.range![0], end: old.range![1], text: nodeText(pair.value as Node, indent + 2) });
  }
  for (const pair of changes.removed) {
    const start = lineStart(source, (pair.key as Node).range![0]);
    edits.push({ start, end: fieldEnd(source, pair), text: '' });
  }
  let anchor: Pair | undefined;
  let waiting: Pair[] = [];
  const flush = (): boolean => {
    if (waiting.length === 0) return true;
    if (!anchor) return false;
    const lines = waiting.map((pair) => `${' '.repeat(indent)}${String((pair.key as Scalar).value)}: ${nodeText(pair.value as Node, indent + 2)}\n`).join('');
    const at = fieldEnd(source, anchor);
    edits.push({ start: at, end: at, text: source.slice(0, at).endsWith('\n') ? lines : `\n${lines}` });
    waiting = [];
    return true;
  };
  for (const pair of unit.items) {
    if (!parsed(pair)) waiting.push(pair);
    else if (!flush()) return undefined;
    else anchor = pair;
  }
  return flush() ? edits : undefined;
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
