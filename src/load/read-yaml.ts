// Parses one YAML file with `yaml` (keeping line and column of every node) into a located
// tree. Syntax errors and duplicated keys become diagnostics; a file with syntax errors
// yields no tree, since what the parser recovered would only produce misleading follow-ups.
// Duplicated keys are found here rather than by the parser, so the report names the field.

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Node as YamlNode, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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

export function parseYaml(options: { text: string; file: string }): ParsedYaml {
  const { text, file } = options;
  const shownFile = displayPath(file);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const placeAt = (offset: number): SourcePlace => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shownFile, line, column: col };
  };

  if (document.errors.length > 0) return { diagnostics: syntaxDiagnostics(document.errors, placeAt) };
  const diagnostics: Diagnostic[] = [];

  const convert = (node: YamlNode | null, path: string, fallbackOffset: number, resolving: ReadonlySet<YamlNode>): Located => {
    if (isAlias(node)) {
      // An alias stands for its anchor's value, under the alias's field path but at the
      // anchor's places, where the values are written; one inside itself resolves to nothing.
      const aliasOffset = node.range?.[0] ?? fallbackOffset;
      const target = node.resolve(document);
      if (!target || resolving.has(target)) return convert(null, path, aliasOffset, resolving);
      return convert(target, path, aliasOffset, new Set([...resolving, target]));
    }
    const offset = node?.range?.[0] ?? fallbackOffset;
    const base = { place: placeAt(offset), path, file };
    if (isSeq(node)) {
      return { ...base, kind: 'seq', items: node.items.map((item, index) => convert(item as YamlNode | null, childPath(path, index), offset, resolving)) };
    }
    if (isMap(node)) {
      const entries = new Map<string, LocatedEntry>();
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyOffset = keyNode?.range?.[0] ?? offset;
        const key = isScalar(keyNode) ? scalarText(keyNode) : '';
        if (entries.has(key)) {
          // Keep the first value, so later problems are about one value only.
          diagnostics.push(diagnose(CODES.duplicateKey, { key }, { place: placeAt(keyOffset), field: childPath(path, key) }));
          continue;
        }
        const valueOffset = (pair.value as YamlNode | null)?.range?.[0] ?? keyNode?.range?.[1] ?? keyOffset;
        entries.set(key, { keyPlace: placeAt(keyOffset), value: convert(pair.value as YamlNode | null, childPath(path, key), valueOffset, resolving) });
      }
      return { ...base, kind: 'map', entries };
    }
    if (isScalar(node)) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      return { ...base, kind: 'scalar', value: node.value, source: scalarText(node), quoted };
    }
    return { ...base, kind: 'scalar', value: null, source: '', quoted: false };
  };

  return { root: convert(document.contents, '', 0, new Set()), diagnostics };
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
function syntaxDiagnostics(errors: readonly YAMLError[], placeAt: (offset: number) => SourcePlace): Diagnostic[] {
  const [first] = errors;
  if (!first) return [];
  const problem = SYNTAX_PROBLEMS[first.code] ?? '无法解析';
  return [diagnose(CODES.yamlSyntax, { problem: `${problem}（${firstLine(first.message)}）` }, { place: placeAt(first.pos[0]) })];
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
