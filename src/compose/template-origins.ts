// Where each character of the rendered Markdown was written in the templates. A mistake that
// shows only once the Markdown is parsed (an unknown :::block, a 署名 of one line) or in the
// published text (an ID number typed into a template) is reported at that template's
// file:line:column. While the templates render, each piece of output is preceded by a mark
// naming the template statement that wrote it (see engine.ts); splitting the marks out gives
// the Markdown and a map from its offsets back to those statements.

import { displayPath } from '../load/located.js';
import type { SourcePlace } from '../model/records.js';
import type { HandlebarsLoc } from './helpers/usage-error.js';

/**
 * Marks are NUL-delimited: no other NUL reaches the output, since templates and data files
 * holding control characters are refused and markdownText prints a NUL as U+FFFD (as
 * CommonMark reads it anyway).
 */
const MARK = '\u0000';
const MARKS = /\u0000(\d+)\u0000/g;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** A statement that wrote output: a template's literal text, or a value it printed. */
interface Statement {
  readonly loc: HandlebarsLoc & { readonly end: { readonly line: number; readonly column: number } };
  /** the literal text as printed (Handlebars may have trimmed the whitespace of a standalone line) */
  readonly literal?: string;
}

/** Collects the statements while the templates compile, and gives each its mark. */
export class StatementMarks {
  private readonly statements: Statement[] = [];

  mark(loc: Statement['loc'], literal?: string): string {
    this.statements.push({ loc, ...(literal === undefined ? {} : { literal }) });
    return `${MARK}${this.statements.length - 1}${MARK}`;
  }

  statement(index: number): Statement | undefined {
    return this.statements[index];
  }
}

/** Rendered output without the marks, for a helper that reads what its block rendered. */
export function withoutMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** Where an offset of the Markdown was written: the place, and whether the template wrote those very characters. */
export interface Origin {
  readonly place: SourcePlace;
  /** true for the template's own text, whose next characters follow on the same line; false for a printed value */
  readonly literal: boolean;
}

export interface TemplateOrigins {
  originAt(offset: number): Origin | undefined;
  /** where the output of the statement that wrote `offset` ends: the next statement's first offset */
  statementEnd(offset: number): number;
}

/** Line starts of a text, to turn offsets into lines and columns and back. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  offsetOf(line: number, column0: number): number {
    return (this.starts[line - 1] ?? this.text.length) + column0;
  }

  placeOf(offset: number): { line: number; column: number } {
    const line = lastAtOrBefore(this.starts, (start) => start, offset);
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1 };
  }
}

/** Index of the last item whose key is ≤ target (items sorted by key), or 0. */
function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, target: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle] as T) <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Splits the marks out of rendered output: the Markdown, and where each of its offsets was written. */
export function splitMarks(options: { rendered: string; marks: StatementMarks; texts: ReadonlyMap<string, string> }): { markdown: string; origins: TemplateOrigins } {
  const { rendered, marks, texts } = options;
  const segments: Array<{ at: number; statement: Statement }> = [];
  const pieces: string[] = [];
  let length = 0;
  let last = 0;
  // scanned for, not matched with MARKS: a country's attachments hold 100,000 marks, and a regular expression's match is an array each
  for (let from = rendered.indexOf(MARK); from !== -1; ) {
    let end = from + 1;
    let number = 0;
    for (let code = rendered.charCodeAt(end); code >= DIGIT_0 && code <= DIGIT_9; code = rendered.charCodeAt(end)) {
      number = number * 10 + (code - DIGIT_0);
      end += 1;
    }
    if (end === from + 1 || rendered.charCodeAt(end) !== 0) {
      from = rendered.indexOf(MARK, from + 1);
      continue;
    }
    const piece = rendered.slice(last, from);
    pieces.push(piece);
    length += piece.length;
    last = end + 1;
    const statement = marks.statement(number);
    if (statement) segments.push({ at: length, statement });
    from = rendered.indexOf(MARK, last);
  }
  pieces.push(rendered.slice(last));
  // per template file, once: origins are asked for every character of the document
  const indexes = new Map<string, { lines: LineIndex; shown: string }>();
  const indexOf = (file: string): { lines: LineIndex; shown: string } | undefined => {
    const text = texts.get(file);
    if (text === undefined) return undefined;
    if (!indexes.has(file)) indexes.set(file, { lines: new LineIndex(text), shown: displayPath(file) });
    return indexes.get(file);
  };
  // the index of the segment holding `offset`: asked in document order, mostly of the segment
  // last asked or the next, and searched for only otherwise
  let recent = 0;
  const isLastAtOrBefore = (index: number, offset: number): boolean =>
    (segments[index]?.at ?? Infinity) <= offset && (segments[index + 1]?.at ?? Infinity) > offset;
  const segmentIndex = (offset: number): number => {
    if (!isLastAtOrBefore(recent, offset)) recent = isLastAtOrBefore(recent + 1, offset) ? recent + 1 : lastAtOrBefore(segments, (s) => s.at, offset);
    return recent;
  };
  return {
    markdown: pieces.join(''),
    origins: {
      originAt(offset) {
        if (segments.length === 0 || (segments[0]?.at ?? 0) > offset) return undefined;
        const segment = segments[segmentIndex(offset)];
        const file = segment?.statement.loc.source;
        const indexed = file === undefined ? undefined : indexOf(file);
        if (!segment || !indexed) return undefined;
        return originIn({ statement: segment.statement, within: offset - segment.at, lines: indexed.lines, file: indexed.shown });
      },
      statementEnd(offset) {
        if (segments.length === 0 || (segments[0]?.at ?? 0) > offset) return segments[0]?.at ?? Infinity;
        return segments[segmentIndex(offset) + 1]?.at ?? Infinity;
      },
    },
  };
}

/**
 * The place of the `within`-th character a statement wrote. A literal maps character by
 * character into the template text it was written as (Handlebars may have dropped the
 * whitespace before it); output after a literal's end (a block helper's own text) belongs to
 * the statement that follows it; a printed value is at its `{{`.
 */
function originIn(options: { statement: Statement; within: number; lines: LineIndex; file: string }): Origin {
  const { statement, within, lines, file } = options;
  const { loc, literal } = statement;
  // places written out here, not by a helper defined here: this runs for every character of the document
  if (literal === undefined) return printedOrigin(statement, file);
  if (within >= literal.length) return { place: { file, line: loc.end.line, column: loc.end.column + 1 }, literal: false };
  return { place: { file, ...lines.placeOf(literalStart(statement, lines) + within) }, literal: true };
}

const printedOrigins = new WeakMap<Statement, Origin>();

/**
 * Where a statement printing a value wrote it, one object per statement: a column of a
 * country's attachment table is one {{…}} printed in tens of thousands of cells, whose text
 * nodes all keep this place.
 */
function printedOrigin(statement: Statement, file: string): Origin {
  const known = printedOrigins.get(statement);
  if (known) return known;
  const origin: Origin = { place: { file, line: statement.loc.start.line, column: statement.loc.start.column + 1 }, literal: false };
  printedOrigins.set(statement, origin);
  return origin;
}

const literalStarts = new WeakMap<Statement, number>();

/** The offset in its template where a literal's printed text starts, found once per statement. */
function literalStart(statement: Statement, lines: LineIndex): number {
  const known = literalStarts.get(statement);
  if (known !== undefined) return known;
  const { loc, literal = '' } = statement;
  const start = lines.offsetOf(loc.start.line, loc.start.column);
  const written = lines.text.slice(start, lines.offsetOf(loc.end.line, loc.end.column));
  const found = start + Math.max(0, written.indexOf(literal));
  literalStarts.set(statement, found);
  return found;
}
