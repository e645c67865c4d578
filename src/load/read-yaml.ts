// Parses one YAML file with `yaml` (keeping line and column of every node) into a located
// tree. Syntax errors and duplicated keys become diagnostics; a file with syntax errors
// yields no tree, since what the parser recovered would only produce misleading follow-ups.
// Duplicated keys are found here rather than by the parser, so the report names the field.
// Whatever the text, reading ends in a tree or in diagnostics, never a crash or a hang:
// control characters, nesting too deep and alias bombs each end the reading with one
// clear diagnostic at their place.

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit } from 'yaml';
import type { Alias, Document, Node as YamlNode, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { codePointLabel } from '../diagnostics/characters.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { SourcePlace } from '../model/records.js';
import { childPath, displayPath } from './located.js';
import type { Located, LocatedEntry } from './located.js';

/** What each `yaml` error code means, said for office staff; the parser's own words follow in brackets. */
const SYNTAX_PROBLEMS: Readonly<Record<string, string>> = {
  BAD_INDENT: '缩进没有对齐',
  TAB_AS_INDENT: '缩进用了制表符（Tab），只能用空格',
  MISSING_CHAR: '缺少必要的符号（成对的引号、括号，或列表项前的“- ”）',
  BLOCK_AS_IMPLICIT_KEY: '一行里出现了两个“字段: 值”（值里含“: ”时要加引号）',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行',
  UNEXPECTED_TOKEN: '这里出现了多余的符号',
  MULTIPLE_DOCS: '一个文件只能写一份数据（只能有一个 ---）',
  BAD_SCALAR_START: '值不能以这个符号开头（以 @ ` 等符号开头的值要加引号）',
  BAD_ALIAS: '引用（*名称）写法有误',
  MISSING_ANCHOR: '引用（*名称）找不到对应的锚点（&名称）',
};

export interface ParsedYaml {
  readonly root?: Located;
  readonly diagnostics: readonly Diagnostic[];
}

/** Data files nest a few levels deep; far deeper nesting is a slip (or an attack), not data. */
export const MAX_DEPTH = 32;
/** Values that aliases (`*名称`) may stand for in all: enough to reuse a table, too few for an alias bomb. */
export const MAX_ALIAS_VALUES = 10_000;

/** C0 and C1 control characters other than tab, line feed and carriage return: never meant in a data file. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The anchors an alias is being expanded through, and where its outermost alias is written. */
interface Expansion {
  /** to stop an alias inside its own anchor */
  readonly resolving: ReadonlySet<YamlNode>;
  readonly aliasOffset: number;
  readonly aliasPath: string;
}

/**
 * A limit the file broke, an alias that leads nowhere, or a slip the parser took for data (a
 * key indented with a no-break space): it ends the reading, since a tree cut short or read
 * wrongly would only mislead.
 */
class ReadingEnded {
  constructor(readonly diagnostic: Diagnostic) {}
}

export function parseYaml(options: { text: string; file: string }): ParsedYaml {
  const { file } = options;
  const shownFile = displayPath(file);
  // a byte-order mark (Windows Notepad's UTF-8) is invisible: dropped, so columns count visible characters
  const text = options.text.startsWith('\uFEFF') ? options.text.slice(1) : options.text;
  const control = controlCharacterIn({ text, file: shownFile });
  if (control) return { diagnostics: [control] };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const placeAt = (offset: number): SourcePlace => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shownFile, line, column: col };
  };

  if (document.errors.length > 0) return { diagnostics: syntaxDiagnostics({ errors: document.errors, text, placeAt }) };
  const diagnostics: Diagnostic[] = [];
  let aliasValues = 0;
  const anchorOf = anchorIndex(document);

  const convert = (node: YamlNode | null, path: string, fallbackOffset: number, depth: number, expansion?: Expansion): Located => {
    if (isAlias(node)) {
      // An alias stands for its anchor's value, under the alias's field path but at the
      // anchor's places, where the values are written; one inside its own anchor is an error.
      const aliasOffset = node.range?.[0] ?? fallbackOffset;
      const target = anchorOf(node);
      const resolving = expansion?.resolving ?? new Set<YamlNode>();
      if (!target || resolving.has(target)) {
        const problem = target ? '引用（*名称）指向了它自己所在的内容' : `${SYNTAX_PROBLEMS.MISSING_ANCHOR}（*${node.source}）`;
        throw new ReadingEnded(diagnose(CODES.yamlSyntax, { problem }, { place: placeAt(aliasOffset), field: expansion?.aliasPath ?? path }));
      }
      const outer = expansion ?? { aliasOffset, aliasPath: path };
      return convert(target, path, aliasOffset, depth, { ...outer, resolving: new Set([...resolving, target]) });
    }
    const offset = node?.range?.[0] ?? fallbackOffset;
    if (depth > MAX_DEPTH) throw new ReadingEnded(diagnose(CODES.tooDeep, { limit: MAX_DEPTH }, { place: placeAt(offset), field: path }));
    if (expansion && ++aliasValues > MAX_ALIAS_VALUES) {
      const where = { place: placeAt(expansion.aliasOffset), field: expansion.aliasPath };
      throw new ReadingEnded(diagnose(CODES.aliasOverflow, { limit: MAX_ALIAS_VALUES }, where));
    }
    const base = { place: placeAt(offset), path, file };
    if (isSeq(node)) {
      const items = node.items.map((item, index) => convert(item as YamlNode | null, childPath(path, index), offset, depth + 1, expansion));
      return { ...base, kind: 'seq', items };
    }
    if (isMap(node)) {
      const entries = new Map<string, LocatedEntry>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyOffset = keyNode?.range?.[0] ?? offset;
        const key = isScalar(keyNode) ? scalarText(keyNode) : '';
        const slip = isScalar(keyNode) && keyNode.type === Scalar.PLAIN ? keySlip({ key, hasValue: pair.value !== null, text, offset: keyOffset }) : undefined;
        if (slip) {
          const field = slip.field === undefined ? undefined : childPath(path, slip.field);
          throw new ReadingEnded(diagnose(CODES.yamlSyntax, { problem: slip.problem }, { place: placeAt(keyOffset), field }));
        }
        if (entries.has(key)) {
          // Keep the first value, so later problems are about one value only.
          diagnostics.push(diagnose(CODES.duplicateKey, { key }, { place: placeAt(keyOffset), field: childPath(path, key) }));
          continue;
        }
        const valueOffset = (pair.value as YamlNode | null)?.range?.[0] ?? keyNode?.range?.[1] ?? keyOffset;
        const value = convert(pair.value as YamlNode | null, childPath(path, key), valueOffset, depth + 1, expansion);
        entries.set(key, { keyPlace: placeAt(keyOffset), value });
      }
      return { ...base, kind: 'map', entries };
    }
    if (isScalar(node)) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      return { ...base, kind: 'scalar', value: node.value, source: scalarText(node), quoted };
    }
    return { ...base, kind: 'scalar', value: null, source: '', quoted: false };
  };

  try {
    return { root: convert(document.contents, '', 0, 0), diagnostics };
  } catch (error) {
    if (error instanceof ReadingEnded) return { diagnostics: [error.diagnostic] };
    throw error;
  }
}

/** The first control character of a text (a data file's, a template's), as a diagnostic at its place. */
export function controlCharacterIn(options: { text: string; file: string }): Diagnostic | undefined {
  const control = CONTROL_CHARACTER.exec(options.text);
  if (!control) return undefined;
  const codePoint = codePointLabel(control[0].codePointAt(0) ?? 0);
  return diagnose(CODES.controlCharacter, { codePoint }, { place: placeInText({ text: options.text, offset: control.index, file: options.file }) });
}

/** 1-based line and column of `offset`, for problems found before the parser has counted lines. */
export function placeInText(options: { text: string; offset: number; file: string }): SourcePlace {
  const lines = options.text.slice(0, options.offset).split('\n');
  return { file: options.file, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The text of a scalar as typed: `27.50` stays `27.50`, `0571` stays `0571`. */
function scalarText(node: Scalar): string {
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

/**
 * The first syntax error only: after it the parser is guessing, and a stray tab or quote
 * makes it report every following line, which hides the one line to fix.
 */
function syntaxDiagnostics(options: {
  errors: readonly YAMLError[];
  text: string;
  placeAt: (offset: number) => SourcePlace;
}): Diagnostic[] {
  const { errors, text, placeAt } = options;
  const [first] = errors;
  if (!first) return [];
  // the parser runs out of stack on nesting thousands deep and says so with this code
  const exhausted = errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return [diagnose(CODES.tooDeep, { limit: MAX_DEPTH }, { place: placeAt(exhausted.pos[0]) })];
  const lines = text.split('\n');
  const unclosed = unclosedQuote({ message: first.message, lines });
  if (unclosed) {
    const problem = `引号没有成对：这一行的 ${unclosed.quote} 缺少结尾的 ${unclosed.quote}`;
    return [diagnose(CODES.yamlSyntax, { problem }, { place: { ...placeAt(0), line: unclosed.line, column: unclosed.column } })];
  }
  const place = placeAt(first.pos[0]);
  // the parser says what an odd indentation does to the structure; the slip is the space itself
  const indentation = indentationSlip(lines[place.line - 1] ?? '');
  if (indentation) return [diagnose(CODES.yamlSyntax, { problem: indentation.problem }, { place: { ...place, column: indentation.column } })];
  const slip = SAYS_WHAT_IS_WRONG.has(first.code) ? undefined : likelySlip({ message: first.message, line: lines[place.line - 1] ?? '', next: lines[place.line] ?? '' });
  const problem = slip ?? SYNTAX_PROBLEMS[first.code] ?? '无法解析';
  return [diagnose(CODES.yamlSyntax, { problem: `${problem}（${firstLine(first.message)}）` }, { place })];
}

/**
 * The parser notices a quote left open only at the end of the file; the quote was opened on
 * the first line with an odd number of that quote mark (values rarely span lines in data files).
 */
function unclosedQuote(options: { message: string; lines: readonly string[] }): { quote: string; line: number; column: number } | undefined {
  const quote = /Missing closing (["'])quote/.exec(options.message)?.[1];
  if (!quote) return undefined;
  const opens = (line: string) => !line.trimStart().startsWith('#') && (line.replaceAll(`\\${quote}`, '').split(quote).length - 1) % 2 === 1;
  const index = options.lines.findIndex(opens);
  const line = options.lines[index];
  return line === undefined ? undefined : { quote, line: index + 1, column: line.indexOf(quote) + 1 };
}

/** Parser errors that name the slip itself; the others name its effect, and a likely slip is looked for. */
const SAYS_WHAT_IS_WRONG = new Set(['TAB_AS_INDENT', 'MULTIPLE_DOCS', 'BAD_SCALAR_START', 'BAD_ALIAS', 'MISSING_ANCHOR']);

/**
 * Slips office staff make that the parser names only by their effect ("implicit keys need
 * to be on a single line"): a full-width colon, a colon without its space, a bracket left
 * open, a line indented deeper than the field above it. (An odd space in the indentation is
 * looked for first, by indentationSlip.)
 */
function likelySlip(options: { message: string; line: string; next: string }): string | undefined {
  const { message, line, next } = options;
  if (/end with a \}/.test(message)) return '花括号 { } 没有成对：往上找缺少“}”的那一行';
  if (/end with a \]/.test(message)) return '方括号 [ ] 没有成对：往上找缺少“]”的那一行';
  if (/^\s*(?:-\s+)?[^\s:：#"'{}[\]]+：/.test(line)) return FULL_WIDTH_COLON;
  if (/^\s*(?:-\s+)?[A-Za-z_][\w-]*:[^\s]/.test(line)) return '冒号后少了空格，要写成“字段: 值”';
  if (/block sequence may not be used as an implicit map key/.test(message)) return '列表项和字段混在了同一层：检查上面几行是否漏了“- ”，或缩进不一致';
  // where a field's name starts: after the indentation and a list item's “- ”
  const indent = (text: string) => /^ *(?:- +)?/.exec(text)?.[0].length ?? 0;
  if (/^\s*(?:-\s+)?[^\s:]+: +[^\s|>]/.test(line) && next.trim() !== '' && indent(next) > indent(line)) {
    return '下一行比这一行缩进得多：同一层的字段要左边对齐';
  }
  return undefined;
}

const FULL_WIDTH_COLON = '字段名后用了全角冒号“：”，要用半角冒号加空格“: ”';

/** Spaces YAML does not count as indentation, which the eye cannot tell from ordinary ones. */
const ODD_INDENTATION: ReadonlyArray<readonly [string, string]> = [
  ['\u3000', '缩进用了全角空格，只能用半角空格'],
  ['\u00a0', '缩进用了不间断空格（U+00A0，多半是从网页或 Word 复制来的），只能用普通的半角空格'],
];

/** What is odd about a line's indentation, and the column of the first odd space in it. */
function indentationSlip(line: string): { problem: string; column: number } | undefined {
  const indentation = /^[ \u00a0\u3000]*/.exec(line)?.[0] ?? '';
  for (const [space, problem] of ODD_INDENTATION) {
    if (indentation.includes(space)) return { problem, column: indentation.indexOf(space) + 1 };
  }
  return undefined;
}

/**
 * Slips the parser reads as data rather than as errors: a key indented with a no-break or
 * full-width space (YAML takes the space as part of the key's name, at another level), and
 * `{ name：值 }`, a full-width colon in a flow table (read as one key without a value).
 */
function keySlip(options: { key: string; hasValue: boolean; text: string; offset: number }): { problem: string; field?: string } | undefined {
  const { key, hasValue, text, offset } = options;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const startsLine = /^ *(?:- +)*$/.test(text.slice(lineStart, offset));
  const indentation = startsLine ? indentationSlip(key) : undefined;
  if (indentation) return { problem: indentation.problem };
  // the key's own name is the part before the colon: `quarter：3` is `quarter`
  if (!hasValue && /^[^\s：]+：/.test(key)) return { problem: FULL_WIDTH_COLON, field: key.split('：')[0] };
  return undefined;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/**
 * Finds an alias's anchor: the last anchor of its name written before it. yaml's own
 * `Alias.resolve` walks the whole document for every alias, which makes a file with many
 * aliases take minutes; one walk up front keeps reading linear.
 */
function anchorIndex(document: Document.Parsed): (alias: Alias) => YamlNode | undefined {
  const anchors = new Map<string, Array<{ offset: number; node: YamlNode }>>();
  visit(document, {
    Node(_key, node) {
      if (isAlias(node) || !node.anchor) return;
      const list = anchors.get(node.anchor) ?? [];
      list.push({ offset: node.range?.[0] ?? 0, node });
      anchors.set(node.anchor, list);
    },
  });
  return (alias) => {
    const at = alias.range?.[0] ?? Number.POSITIVE_INFINITY;
    return anchors.get(alias.source)?.filter((anchor) => anchor.offset < at).at(-1)?.node;
  };
}
