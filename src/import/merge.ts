// Merges a sheet's units into a quarter file's list of that kind: a row naming a unit the
// file has (by 网站标识码, id, or name and owner) updates it, any other row adds a unit, no
// unit is listed twice. Works on the file's text through the yaml Document API and puts only
// the changed units back into the text (see splice.ts).

import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { newUnit, updateUnit, type UnitChanges } from './fields.js';
import { UnitIndex, type UnitIdentity } from './identity.js';
import type { SheetRow, SheetRows } from './sheet-unit.js';
import { appendItems, applyEdits, fieldEdits, newList, replaceNode, type TextEdit } from './splice.js';

export interface MergeCounts {
  readonly updated: number;
  readonly added: number;
  readonly unchanged: number;
}

export interface MergeResult {
  /** the file's new text; the same text when nothing changed */
  readonly text: string;
  readonly counts: MergeCounts;
  /** rows that were not merged, each naming its cell */
  readonly problems: readonly Diagnostic[];
  /** the row that updated or added the unit at each index of the merged list */
  readonly rowAt: ReadonlyMap<number, SheetRow>;
}

/** A unit already in the file: its node and whether a row has updated it. */
interface FileUnit {
  readonly node: YAMLMap;
  /** the row that matched it, and how diagnostics name that row */
  matchedBy?: string;
  row?: SheetRow;
  /** what the row changed; undefined while nothing has */
  changes?: UnitChanges;
}

function textOf(node: YAMLMap, key: string): string | undefined {
  const value = node.get(key, true);
  return isScalar(value) && value.value !== null ? String(value.value) : undefined;
}

function identityOf(node: YAMLMap): UnitIdentity {
  const [id, code, platform] = [textOf(node, 'id'), textOf(node, 'code'), textOf(node, 'platform')];
  return { name: textOf(node, 'name') ?? '', owner: textOf(node, 'owner') ?? '', ...(id && { id }), ...(code && { code }), ...(platform && { platform }) };
}

/** A row as a message names it: by its row in the sheet. */
const rowName = (row: SheetRows['rows'][number], index: number): string => `第${row.where.place?.line ?? index + 1}行`;

/** The list the units go in: the file's, or none yet; a sheet reference or anything else is no list to merge into. */
function unitList(document: Document, kind: SheetRows['kind'], at: (offset: number) => { file: string; line: number; column: number }): YAMLSeq | 'none' | Diagnostic {
  const value = document.get(kind, true) as Node | undefined;
  if (value === undefined || (isScalar(value) && value.value === null) || (isSeq(value) && value.items.length === 0)) return 'none';
  const namesSheet = (node: unknown): boolean => isMap(node) && node.has('file');
  if (isSeq(value) && value.items.every((item) => isMap(item) && !namesSheet(item))) return value;
  const form = namesSheet(value) || (isSeq(value) && value.items.some(namesSheet)) ? '引用表格文件' : '其他写法';
  return diagnose(CODES.importNotAList, { key: kind, form }, { place: at(value.range?.[0] ?? 0), field: kind });
}

export function mergeUnits(options: { text: string; file: string; sheet: SheetRows }): MergeResult {
  const { text, file, sheet } = options;
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const list = unitList(document, sheet.kind, (offset) => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  });
  if (!isSeq(list) && list !== 'none') throw new TongbaoError([list]);

  const index = new UnitIndex<FileUnit>(sheet.kind);
  const existing: FileUnit[] = (list === 'none' ? [] : (list.items as YAMLMap[])).map((node) => ({ node }));
  for (const unit of existing) index.add(identityOf(unit.node), unit);
  const codeOf = (unit: FileUnit): string | undefined => textOf(unit.node, 'code');

  const added: FileUnit[] = [];
  const problems: Diagnostic[] = [];
  let unchanged = 0;
  sheet.rows.forEach((row, rowIndex) => {
    const here = rowName(row, rowIndex);
    const match = index.find(row.unit, codeOf);
    if (match?.matchedBy !== undefined) {
      problems.push(diagnose(CODES.importDuplicateRow, { name: row.unit.name, first: match.matchedBy }, row.where));
      return;
    }
    if (match) {
      match.matchedBy = here;
      match.row = row;
      match.changes = updateUnit(match.node, row.unit, sheet.carried);
      if (!match.changes) unchanged += 1;
      return;
    }
    const { id, node } = newUnit(sheet.kind, row.unit, sheet.carried);
    if (index.hasId(id)) {
      problems.push(diagnose(CODES.importIdTaken, { id, name: row.unit.name }, row.where));
      return;
    }
    const unit: FileUnit = { node, matchedBy: here, row };
    index.add({ ...row.unit, id }, unit);
    added.push(unit);
  });

  const updated = existing.filter((unit) => unit.changes);
  const edits: TextEdit[] = updated.flatMap(({ node, changes }) => (node.flow ? undefined : fieldEdits(text, node, changes!)) ?? [replaceNode(text, node)]);
  if (added.length > 0) edits.push(additions(text, sheet.kind, list, added, document));
  // a file saved on Windows keeps its CRLF line ends in the lines import writes
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const written = edits.map((edit) => ({ ...edit, text: edit.text.replaceAll('\n', lineBreak) }));
  const rowAt = new Map([...existing, ...added].flatMap((unit, index) => (unit.row ? [[index, unit.row] as const] : [])));
  return { text: applyEdits(text, written), counts: { updated: updated.length, added: added.length, unchanged }, problems, rowAt };
}

/** New units after the last one, in its style (one line each, or a field a line); a list of their own when the file had none. */
function additions(text: string, kind: SheetRows['kind'], list: YAMLSeq | 'none', added: readonly FileUnit[], document: Document): TextEdit {
  if (list === 'none') {
    // websites have many fields and are written a field a line, accounts one line each, as the bundled example does
    for (const { node } of added) node.flow = kind === 'accounts';
    const empty = document.get(kind, true) as Node | undefined;
    const range = empty?.range;
    return newList(text, kind, added.map(({ node }) => node), range ? { start: range[0], end: range[1] } : undefined);
  }
  const last = list.items.at(-1) as YAMLMap;
  for (const { node } of added) node.flow = Boolean(last.flow);
  return appendItems(text, last, list.range![1], added.map(({ node }) => node));
}
