// Where a field the latest file lacks goes in the next quarter's file: after the fields that
// come before it in the quarter file's shape (load/quarter.ts), as the README lists them.

import { isScalar, Scalar } from 'yaml';
import type { Document, Pair, YAMLMap } from 'yaml';
import { quarterShape } from '../load/quarter.js';

const FIELD_ORDER: readonly string[] = Object.keys(quarterShape('').shape);

const keyOf = (pair: Pair): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);

/**
 * Sets `key` of the quarter file's top map: in place when it is there (its comments stay),
 * else as a new field with `comment` above it, after the last field the shape puts before it.
 */
export function setInOrder(options: { document: Document; key: string; value: unknown; comment: string }): void {
  const { document, key, value, comment } = options;
  const root = document.contents as YAMLMap;
  if (root.has(key)) {
    root.set(key, value);
    return;
  }
  const before = new Set(FIELD_ORDER.slice(0, FIELD_ORDER.indexOf(key)));
  const after = root.items.reduce((last, pair, index) => (before.has(String(keyOf(pair))) ? index : last), -1);
  const keyNode = new Scalar(key);
  keyNode.commentBefore = comment;
  root.items.splice(after + 1, 0, document.createPair(keyNode, value));
}
