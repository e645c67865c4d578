// Sheets named in a quarter file, read into its tree: `websites: { file: 网站.xlsx, sheet: 网站 }`,
// or a list mixing YAML records with such references. Each reference is replaced by its
// sheet's rows, shaped as YAML records, so the quarter decodes and checks as if every record
// had been typed in YAML; the YAML records after a reference are renumbered to their place
// in the combined list.

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IssuerProfile } from '../model/records.js';
import { dataPath, mapping, optional, required, text } from './decoders.js';
import { childPath } from './located.js';
import type { Located, LocatedEntry, LocatedMap, LocatedSeq } from './located.js';
import type { ColumnOverrides, SheetKind } from './sheets/columns.js';
import { readSheetRecords } from './sheets/index.js';

const SHEET_LISTS: readonly SheetKind[] = ['websites', 'accounts'];

/** `{ file: …, sheet: … }`: records in a sheet, the path relative to the file that names it. */
export function sheetReference(projectRoot: string) {
  return mapping({ file: required(dataPath({ projectRoot, kind: 'file', purpose: '检查记录表格' })), sheet: optional(text) });
}

/** A list item or list value that names a sheet rather than being a record. */
export function isSheetReference(node: Located): node is LocatedMap {
  return node.kind === 'map' && node.entries.has('file');
}

export interface SheetContext {
  readonly projectRoot: string;
  readonly issuer: Pick<IssuerProfile, 'rules' | 'facts' | 'platforms'>;
  readonly overrides: ColumnOverrides;
  readonly sink: Diagnostic[];
  /** receives the path of every sheet read */
  readonly inputs?: Set<string>;
}

/** The quarter's tree with every sheet reference replaced by the sheet's records (the same tree when it names none). */
export async function withSheetRecords(root: Located, context: SheetContext): Promise<Located> {
  if (root.kind !== 'map' || !SHEET_LISTS.some((kind) => namesSheets(root.entries.get(kind)?.value))) return root;
  const entries = new Map<string, LocatedEntry>();
  for (const [key, entry] of root.entries) {
    const kind = SHEET_LISTS.find((list) => list === key);
    entries.set(key, kind && namesSheets(entry.value) ? { ...entry, value: await recordList(entry.value, kind, context) } : entry);
  }
  return { ...root, entries };
}

function namesSheets(node: Located | undefined): boolean {
  if (!node) return false;
  return isSheetReference(node) || (node.kind === 'seq' && node.items.some(isSheetReference));
}

/** The records of a list value: a reference's rows, or a list's YAML records and references' rows in order. */
async function recordList(node: Located, kind: SheetKind, context: SheetContext): Promise<LocatedSeq> {
  const parts = node.kind === 'seq' ? node.items : [node];
  const items: Located[] = [];
  for (const part of parts) {
    if (!isSheetReference(part)) {
      items.push(renumbered(part, childPath(kind, items.length)));
      continue;
    }
    const reference = sheetReference(context.projectRoot).decode(part, context.sink);
    if (!reference?.file) continue;
    context.inputs?.add(reference.file);
    const read = await readSheetRecords({ file: reference.file, sheet: reference.sheet, kind, issuer: context.issuer, overrides: context.overrides, firstIndex: items.length });
    // a problem of the whole file (unreadable, no such sheet) is said where the quarter file names it
    const named = part.entries.get('file')?.value ?? part;
    context.sink.push(...read.diagnostics.map((d) => ({ ...d, place: d.place ?? named.place, field: d.field ?? named.path })));
    // one by one: a national sheet has more rows than a call takes arguments
    for (const row of read.rows) items.push(row);
  }
  return { kind: 'seq', items, place: node.place, path: kind, file: node.file };
}

/** A YAML record moved to another index of the list: every path under it follows. */
function renumbered(node: Located, path: string): Located {
  if (node.path === path) return node;
  if (node.kind === 'scalar') return { ...node, path };
  if (node.kind === 'seq') return { ...node, path, items: node.items.map((item, index) => renumbered(item, childPath(path, index))) };
  const entries = new Map([...node.entries].map(([key, entry]) => [key, { ...entry, value: renumbered(entry.value, childPath(path, key)) }]));
  return { ...node, path, entries };
}
