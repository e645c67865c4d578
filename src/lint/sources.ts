// Where published text was typed: every text value of the quarter file and of the issuer
// settings, with its field path and place. A lint finding is pinned to the value that holds
// its text: to the very line and column inside it where that can be told (a single-line value,
// a `|` block of narrative), else to the value's start. Text no value holds came from a
// template and is reported without a place.

import { dirname, join } from 'node:path';
import type { Where } from '../diagnostics/codes.js';
import type { Located } from '../load/located.js';
import { readDataText } from '../load/read-file.js';
import { parseYaml } from '../load/read-yaml.js';
import type { QuarterRecords, SourcePlace } from '../model/records.js';

interface SourceText {
  readonly text: string;
  readonly place: SourcePlace;
  readonly field: string;
  /** the lines of the file the value is in */
  readonly lines: readonly string[];
}

function readTexts(file: string): SourceText[] {
  const { text } = readDataText({ file, purpose: '数据文件' });
  const root = text === undefined ? undefined : parseYaml({ text, file }).root;
  const lines = text?.replace(/^\uFEFF/, '').split('\n') ?? [];
  const texts: SourceText[] = [];
  const visit = (node: Located): void => {
    if (node.kind === 'scalar' && typeof node.value === 'string') texts.push({ text: node.value, place: node.place, field: node.path, lines });
    if (node.kind === 'seq') node.items.forEach(visit);
    if (node.kind === 'map') for (const { value } of node.entries.values()) visit(value);
  };
  if (root) visit(root);
  return texts;
}

/**
 * The place of `offset` in a value: on the value's own line (plain or quoted), or in a `|`
 * block, whose lines start below it at the block's indentation. A candidate counts only when
 * the file has the matched text there, so folded or escaped text falls back to the value's start.
 */
function placeWithin(source: SourceText, offset: number, matched: string): SourcePlace {
  const { place, lines } = source;
  const before = source.text.slice(0, offset).split('\n');
  const lineInValue = before.length - 1;
  const column = before.at(-1)?.length ?? 0;
  const firstBlockLine = lines.slice(place.line).find((line) => line.trim() !== '') ?? '';
  const blockIndent = /^ */.exec(firstBlockLine)?.[0].length ?? 0;
  const candidates = [
    ...(lineInValue === 0 ? [{ line: place.line, column: place.column + column }, { line: place.line, column: place.column + 1 + column }] : []),
    { line: place.line + 1 + lineInValue, column: blockIndent + column + 1 },
  ];
  const found = candidates.find((candidate) => (lines[candidate.line - 1] ?? '').slice(candidate.column - 1).startsWith(matched));
  return found ? { ...place, ...found } : place;
}

/** How much text around a finding is tried first, so a date typed in the narrative is not pinned to `date:`. */
const CONTEXT_WIDTHS = [8, 4, 0];

export type Locate = (options: { blockText: string; start: number; end: number; proseOnly?: boolean }) => Where;

/**
 * Finds the data value a piece of published text was typed in; the quarter file wins over the
 * issuer's, and a value that is the whole text (a narrative) over one that merely contains it.
 */
export function sourceLocator(records: Pick<QuarterRecords, 'source'>): Locate {
  // the files were read and checked moments ago; read again, on the first finding only, for the places of their text
  let texts: SourceText[] | undefined;
  return ({ blockText, start, end, proseOnly }) => {
    texts ??= [...readTexts(records.source), ...readTexts(join(dirname(records.source), '_issuer.yaml'))];
    const matched = blockText.slice(start, end);
    const prose = proseOnly ? texts.filter(({ text }) => text.trim() !== matched) : texts;
    const candidates = [...prose.filter(({ text }) => text === blockText), ...prose];
    for (const width of CONTEXT_WIDTHS) {
      const from = Math.max(0, start - width);
      const excerpt = blockText.slice(from, end + width);
      const source = candidates.find(({ text }) => text.includes(excerpt));
      if (source) return { place: placeWithin(source, source.text.indexOf(excerpt) + (start - from), matched), field: source.field };
    }
    return {};
  };
}
