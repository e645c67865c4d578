// The comment a quarter file opens with (what the file is, how to fill it in). `yaml` keeps
// it on the document when a blank line parts it from the first field, else on the first
// field's key, together with that field's own comment.

import { isMap, isScalar } from 'yaml';
import type { Document } from 'yaml';

export interface OpeningComment {
  readonly comment: string;
  readonly set: (comment: string) => void;
}

export function openingComment(document: Document): OpeningComment | undefined {
  if (document.commentBefore) return { comment: document.commentBefore, set: (comment) => (document.commentBefore = comment) };
  const first = isMap(document.contents) ? document.contents.items[0] : undefined;
  const key = first?.key;
  if (!isScalar(key) || !key.commentBefore) return undefined;
  return { comment: key.commentBefore, set: (comment) => (key.commentBefore = comment) };
}
