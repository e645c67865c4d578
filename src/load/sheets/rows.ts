// A sheet's rows as the located tree a YAML list of records would be: one table per row, the
// fields named as in YAML (name, owner, scores.发布解读 …), each value at its cell. The record
// decoders and every check then read sheet records exactly as they read YAML ones.
// A national sheet has a million cells, and only the few that are reported need a place or a
// path: a cell works them out when asked.

import type { SourcePlace } from '../../model/records.js';
import { childPath } from '../located.js';
import type { Located, LocatedEntry, LocatedMap, LocatedScalar } from '../located.js';
import { derivedId } from './columns.js';
import type { PlainField, SheetKind } from './columns.js';
import type { CellValue, GridRow } from './grid.js';
import type { SheetColumn } from './header.js';
import { booleanValue, cellText, dateValue, listItems, numberValue, statusValue, textValue } from './values.js';
import type { ScalarValue } from './values.js';

/** Where a sheet's cells are, for their places: the file as diagnostics name it and as paths resolve from it. */
export interface SheetSource {
  /** absolute path of the workbook or CSV */
  readonly file: string;
  /** the file as diagnostics name it */
  readonly shown: string;
  /** the worksheet; absent for a CSV */
  readonly sheet?: string;
}

export interface RowContext {
  readonly source: SheetSource;
  readonly kind: SheetKind;
  readonly columns: readonly SheetColumn[];
  /** a platform cell as the issuer's platform (see platformReader) */
  readonly platform: (cell: CellValue) => ScalarValue;
  /** the veto items the issuer names for this kind of unit, read whole from a cell */
  readonly vetoItems: readonly string[];
  /** fields every record needs: a blank cell in their column is reported as missing there */
  readonly required: ReadonlySet<PlainField>;
}

/** A column as a place needs it: header cells and the first cell of a row have no header to name. */
type PlacedColumn = Pick<SheetColumn, 'index' | 'letter'> & { readonly header?: string };

/** The place of a cell, as the spreadsheet names it. */
export function cellPlace(source: SheetSource, row: number, column: PlacedColumn): SourcePlace {
  return {
    file: source.shown,
    line: row,
    column: column.index + 1,
    ...(source.sheet !== undefined && { sheet: source.sheet }),
    cell: `${column.letter}${row}`,
    ...(column.header !== undefined && { header: column.header }),
  };
}

/** A cell's value in the tree; its place and path are worked out when a diagnostic asks for them. */
class CellNode implements LocatedScalar {
  constructor(
    readonly value: string | number | boolean | null,
    readonly source: string,
    private readonly sheet: SheetSource,
    private readonly row: number,
    private readonly column: PlacedColumn,
    private readonly parentPath: string,
    private readonly key: string | number,
  ) {}

  get kind(): 'scalar' {
    return 'scalar';
  }

  get quoted(): boolean {
    return false;
  }

  get place(): SourcePlace {
    return cellPlace(this.sheet, this.row, this.column);
  }

  get path(): string {
    return childPath(this.parentPath, this.key);
  }

  get file(): string {
    return this.sheet.file;
  }

  /** the same cell under another key: a derived id at the cell it was made from */
  withKey(value: ScalarValue, key: string): CellNode {
    return new CellNode(value.value, value.source, this.sheet, this.row, this.column, this.parentPath, key);
  }
}

/** A table entry whose key is the cell's header: its key's place is the cell's. */
class CellEntry implements LocatedEntry {
  constructor(readonly value: Located & { readonly place: SourcePlace }) {}

  get keyPlace(): SourcePlace {
    return this.value.place;
  }
}

/** True when none of the columns read holds anything in the row. */
export function isBlankRow(row: GridRow, columns: readonly SheetColumn[]): boolean {
  return columns.every((column) => cellText(row.cells[column.index]) === '');
}

/** A row's record, and whether its id was derived (the sheet gave none). */
export interface RowRecord {
  readonly record: LocatedMap;
  readonly derivedId: boolean;
}

/** One row's cells as a table of fields, with the row's number and path. */
interface RowUnderway {
  readonly context: RowContext;
  readonly row: GridRow;
  readonly path: string;
  readonly entries: Map<string, LocatedEntry>;
}

/** One record's table from one row; `path` is its place in the quarter's list, e.g. websites[12]. */
export function rowRecord(context: RowContext, row: GridRow, path: string): RowRecord {
  const underway: RowUnderway = { context, row, path, entries: new Map() };
  for (const column of context.columns) addCell(underway, column);
  const { entries } = underway;
  const derived = entries.has('id') ? undefined : derivedIdEntry(underway);
  if (derived) entries.set('id', derived);
  const first = context.columns[0] ?? { index: 0, letter: 'A' };
  const record: LocatedMap = { kind: 'map', entries, place: cellPlace(context.source, row.number, first), path, file: context.source.file };
  return { record, derivedId: derived !== undefined };
}

function addCell(underway: RowUnderway, column: SheetColumn): void {
  const { context, row, path, entries } = underway;
  const cell = row.cells[column.index];
  const { field } = column;
  if (field.kind === 'field') {
    const value = fieldNode({ underway, column, cell, field: field.field });
    if (value) entries.set(field.field, new CellEntry(value));
    return;
  }
  if (cellText(cell) === '') return;
  const value = numberValue(cell);
  if (field.kind === 'fact') {
    const facts = tableAt(underway, entries, 'facts', column);
    facts.set(field.fact, new CellEntry(new CellNode(value.value, value.source, context.source, row.number, column, childPath(path, 'facts'), field.fact)));
    return;
  }
  const scores = tableAt(underway, entries, 'scores', column);
  const scoresPath = childPath(path, 'scores');
  if (field.indicator === undefined) {
    // a group's total next to its indicators' points: the indicators say more
    if (scores.get(field.group)?.value.kind === 'map') return;
    scores.set(field.group, new CellEntry(new CellNode(value.value, value.source, context.source, row.number, column, scoresPath, field.group)));
    return;
  }
  const group = tableAt(underway, scores, field.group, column, scoresPath);
  const groupPath = childPath(scoresPath, field.group);
  group.set(field.indicator, new CellEntry(new CellNode(value.value, value.source, context.source, row.number, column, groupPath, field.indicator)));
}

/** The table under `key` (scores, a group of them, facts), made at the first cell that fills it. */
function tableAt(underway: RowUnderway, within: Map<string, LocatedEntry>, key: string, column: SheetColumn, parentPath = underway.path): Map<string, LocatedEntry> {
  const existing = within.get(key)?.value;
  if (existing?.kind === 'map') return existing.entries as Map<string, LocatedEntry>;
  const { context, row } = underway;
  const table = new Map<string, LocatedEntry>();
  const place = cellPlace(context.source, row.number, column);
  within.set(key, { keyPlace: place, value: { kind: 'map', entries: table, place, path: childPath(parentPath, key), file: context.source.file } });
  return table;
}

/** A plain field's node; undefined for a blank cell of an optional field (the field is then not written). */
function fieldNode(options: { underway: RowUnderway; column: SheetColumn; cell: CellValue; field: PlainField }): (Located & { place: SourcePlace }) | undefined {
  const { underway, column, cell, field } = options;
  const { context, row, path } = underway;
  if (cellText(cell) === '') {
    // a required field's blank cell is reported at the cell, as YAML reports an empty value
    return context.required.has(field) ? new CellNode(null, '', context.source, row.number, column, path, field) : undefined;
  }
  if (field === 'veto') {
    const listPath = childPath(path, field);
    const items = listItems(cell, context.vetoItems).map((item, index) => new CellNode(item, item, context.source, row.number, column, listPath, index));
    return { kind: 'seq', items, place: cellPlace(context.source, row.number, column), path: listPath, file: context.source.file };
  }
  const value = FIELD_VALUES[field](cell, context);
  return new CellNode(value.value, value.source, context.source, row.number, column, path, field);
}

const FIELD_VALUES: Readonly<Record<Exclude<PlainField, 'veto'>, (cell: CellValue, context: RowContext) => ScalarValue>> = {
  id: textValue,
  code: textValue,
  name: textValue,
  owner: textValue,
  kind: textValue,
  level: textValue,
  region: textValue,
  problem: textValue,
  recheck: textValue,
  platform: (cell, context) => context.platform(cell),
  status: statusValue,
  opened: dateValue,
  checked: booleanValue,
  bonus: numberValue,
};

/** A field's text as read, or undefined when blank or not text. */
function textOf(entries: ReadonlyMap<string, LocatedEntry>, field: string): string | undefined {
  const node = entries.get(field)?.value;
  return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
}

/**
 * The id of a row without an id column (or with its cell blank): its 网站标识码, else name and
 * owner (and platform for an account), at the cell it was made from. None when the name is
 * missing: that is reported already.
 */
function derivedIdEntry(underway: RowUnderway): LocatedEntry | undefined {
  const { context, entries } = underway;
  const name = textOf(entries, 'name');
  const code = textOf(entries, 'code');
  const from = entries.get(code === undefined ? 'name' : 'code')?.value;
  if (name === undefined || !(from instanceof CellNode)) return undefined;
  const id = derivedId(context.kind, { code, name, owner: textOf(entries, 'owner') ?? '', platform: textOf(entries, 'platform') });
  return new CellEntry(from.withKey({ value: id, source: id }, 'id'));
}
