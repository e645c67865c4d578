// Values between a quarter file's YAML nodes and plain data. Scores are exact decimal text:
// a number is read as the digits typed (its source) and written back as digits, never
// through a binary float, so 27.50 and 0.12345678901234567 survive an import unchanged.

import { Document, Scalar, isMap, isScalar, isSeq, visit, type Node, type ScalarTag } from 'yaml';
import { equals, fromDecimal, isDecimalText } from '../compute/exact.js';
import type { DecimalText } from '../model/records.js';

/** A number to be written as exactly these digits. */
export class DecimalDigits {
  constructor(readonly text: DecimalText) {}
}

/** Writes DecimalDigits as a plain YAML number; never used to read (no `test`), so parsing is unchanged. */
const decimalDigitsTag: ScalarTag = {
  tag: 'tag:tongbao,2026:decimal',
  default: true,
  identify: (value) => value instanceof DecimalDigits,
  resolve: (text) => new DecimalDigits(text),
  stringify: (item) => (item.value as DecimalDigits).text,
};

/** Plain data as a unit's YAML value holds it: text, yes/no, lists, tables, and decimals as DecimalDigits. */
export type PlainValue = string | boolean | DecimalDigits | null | readonly PlainValue[] | { readonly [key: string]: PlainValue };

/** A node's value as plain data; a number as the digits it was typed with. */
export function plainValue(node: unknown): PlainValue {
  if (isScalar(node)) {
    if (typeof node.value === 'number') return new DecimalDigits(node.source ?? String(node.value));
    if (node.value instanceof DecimalDigits || typeof node.value === 'boolean' || node.value === null) return node.value;
    return String(node.value);
  }
  if (isSeq(node)) return node.items.map(plainValue);
  if (isMap(node)) return Object.fromEntries(node.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), plainValue(pair.value)]));
  return null;
}

/** A plain value as a YAML node; tables and lists inline (`{ 发布解读: 28 }`, `[首页不更新]`) as quarter files write them. */
export function yamlNode(value: PlainValue): Node {
  const node = new Document(undefined, { customTags: [decimalDigitsTag] }).createNode(value) as Node;
  visit(node, {
    Map: (_, map) => void (map.flow = true),
    Seq: (_, seq) => void (seq.flow = true),
  });
  return node;
}

/**
 * The text of one node as it sits in a quarter file: `indent` spaces before every line but
 * the first, which continues where the node starts. Numbers read from the file keep their digits.
 */
export function nodeText(node: Node, indent: number): string {
  const copy = node.clone() as Node;
  // the comments before and after a unit lie outside the text it replaces, and stay there
  copy.commentBefore = undefined;
  copy.comment = undefined;
  visit(copy, {
    Scalar: (_, scalar: Scalar) => {
      if (typeof scalar.value === 'number' && scalar.source !== undefined) scalar.value = new DecimalDigits(scalar.source);
    },
  });
  const text = new Document(copy, { customTags: [decimalDigitsTag] }).toString({ lineWidth: 0 }).replace(/\n$/, '');
  return text.replaceAll('\n', `\n${' '.repeat(indent)}`).replace(/ +$/gm, '');
}

/** Equal as data: decimals by their exact value (27.50 is 27.5). */
export function sameValue(a: PlainValue | undefined, b: PlainValue | undefined): boolean {
  if (a instanceof DecimalDigits || b instanceof DecimalDigits) {
    if (!(a instanceof DecimalDigits && b instanceof DecimalDigits)) return false;
    return isDecimalText(a.text) && isDecimalText(b.text) ? equals(fromDecimal(a.text), fromDecimal(b.text)) : a.text === b.text;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const [ka, kb] = [Object.keys(a), Object.keys(b)];
    const tableB = b as Readonly<Record<string, PlainValue>>;
    return ka.length === kb.length && ka.every((key) => key in tableB && sameValue((a as Readonly<Record<string, PlainValue>>)[key], tableB[key]));
  }
  return a === b;
}
