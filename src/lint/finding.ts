// A lint rule's finding: where in a block of published text, and the diagnostic it makes
// once the lint knows which data value (if any) that text was typed in.

import type { Where } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { QuarterRecords } from '../model/records.js';

export interface Finding {
  /** offsets in the block's text */
  readonly start: number;
  readonly end: number;
  /**
   * only text in prose counts as typed by the office: a date field (`deadline: 2025-10-31`) is
   * data tongbao formats, so the same text in the notice came raw from a template
   */
  readonly proseOnly?: boolean;
  readonly report: (where: Where) => Diagnostic;
}

/** A rule over one block of published text. */
export type TextRule = (options: { text: string; records: QuarterRecords }) => Finding[];

/** Each pattern once without its g flag: whether a block has any match is asked of every block, and most have none. */
const firstMatchers = new Map<RegExp, RegExp>();

/** Every match of a global pattern, with its offsets. */
export function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  let firstMatcher = firstMatchers.get(pattern);
  if (!firstMatcher) {
    firstMatcher = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    firstMatchers.set(pattern, firstMatcher);
  }
  if (!firstMatcher.test(text)) return [];
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))];
}

export function spanOf(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length };
}
