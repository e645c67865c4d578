// A sheet's rows as the located tree a YAML list of records would be: one table per row, the
// fields named as in YAML (name, owner, scores.发布解读 …), each value at its cell. The record
// decoders and every check then read sheet records exactly as they read YAML ones.
// A national sheet has a million cells: a row keeps only its cells as read, and makes its
// fields' nodes each time its entries are asked for (the decoder asks once; a check only where
// it reports); a node works out its place and path only when a diagnostic asks. So nothing
// per cell outlives the decoding of its row.

import type { SourcePlace } from '../../model/records.js';
import { childPath } from '../located.js';
import type { Located, LocatedEntry, LocatedMap, LocatedScalar } from '../located.js';
import { derivedId } from './columns.js';
import type { PlainField, SheetKind } from './columns.js';
import type { CellValue, GridRow } from './grid.js';
import { REQUIRED_COLUMNS } from './header.js';
import type { SheetColumn } from './header.js';
import { booleanValue, cellText, dateValue, listItems, numberValue, sharedTextReader, statusValue, textValue } from './values.js';
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

/** What every row of a sheet shares: where it is, its columns and how their values read. */
export interface RowContext {
  readonly source: SheetSource;
  readonly kind: SheetKind;
  readonly columns: readonly SheetColumn[];
  /** the columns of plain fields, by field */
  readonly plain: ReadonlyMap<PlainField, SheetColumn>;
  /** a platform cell as the issuer's platform (see platformReader) */
  readonly platform: (cell: CellValue) => ScalarValue;
  /** the text of a column whose values repeat over the rows, shared (see sharedTextReader) */
  readonly repeated: (cell: CellValue) => ScalarValue;
  /** the veto items the issuer names for this kind of unit, read whole from a cell */
  readonly vetoItems: readonly string[];
  /** fields every record needs: a blank cell in their column is reported as missing there */
  readonly required: ReadonlySet<PlainField>;
  /** the cells of the table fields, scores and facts */
  readonly tables: { readonly scores: readonly TableCell[]; readonly facts: readonly TableCell[] };
  /** the keys a row may have, in order */
  readonly keys: readonly string[];
}

/** A cell of a table field (scores or facts): its column, its key, and the group it sits under, if any. */
interface TableCell {
  readonly column: SheetColumn;
  readonly key: string;
  readonly group?: string;
}

/** What the rows of a sheet share, worked out once for all of them. */
export function rowContext(options: Pick<RowContext, 'source' | 'kind' | 'columns' | 'platform' | 'vetoItems'>): RowContext {
  const { columns, kind } = options;
  const plain = plainColumns(columns);
  const scores = columns.flatMap((column): TableCell[] => {
    const { field } = column;
    return field.kind !== 'score' ? [] : [{ column, key: field.indicator ?? field.group, ...(field.indicator !== undefined && { group: field.group }) }];
  });
  const facts = columns.flatMap((column): TableCell[] => (column.field.kind === 'fact' ? [{ column, key: column.field.fact }] : []));
  const keys = [...plain.keys(), ...(plain.has('id') ? [] : ['id']), ...(scores.length > 0 ? ['scores'] : []), ...(facts.length > 0 ? ['facts'] : [])];
  return { ...options, repeated: sharedTextReader(), plain, required: new Set(REQUIRED_COLUMNS[kind]), tables: { scores, facts }, keys };
}

/** A column as a place needs it: header cells and the first cell of a row have no header to name. */
type PlacedColumn = Pick<SheetColumn, 'index' | 'letter'> & { readonly header?: string };

/** The place of a cell, as the spreadsheet names it. */
export function cellPlace(source: SheetSource, row: number, column: PlacedColumn): SourcePlace {
  const { shown: file, sheet } = source;
  const { header } = column;
  const number = column.index + 1;
  const cell = `${column.letter}${row}`;
  // each of a country's records keeps the place of its row: made whole by one literal, not
  // spread or added to, it is one object rather than two
  if (sheet === undefined) return header === undefined ? { file, line: row, column: number, cell } : { file, line: row, column: number, cell, header };
  return header === undefined ? { file, line: row, column: number, sheet, cell } : { file, line: row, column: number, sheet, cell, header };
}

/**
 * A cell's value in the tree; its place and path are worked out when a diagnostic asks for
 * them, from its row's table and its key (under `parent`, a path inside the record, for a
 * score or a veto item; the record itself when absent).
 */
class CellNode implements LocatedScalar {
  constructor(
    readonly value: string | number | boolean | null,
    readonly source: string,
    private readonly table: RowTable,
    private readonly column: PlacedColumn,
    private readonly key: string | number,
    private readonly parent?: string,
  ) {}

  // fields rather than getters: the decoders read them for every cell, as they read a YAML node's
  readonly kind = 'scalar';
  readonly quoted = false;

  get place(): SourcePlace {
    return this.table.placeOf(this.column);
  }

  get path(): string {
    return childPath(this.parent ?? this.table.path, this.key);
  }

  get file(): string {
    return this.table.file;
  }
}

/** A table entry whose key is the cell's header: its key's place is the cell's. */
class CellEntry implements LocatedEntry {
  constructor(readonly value: Located & { readonly place: SourcePlace }) {}

  get keyPlace(): SourcePlace {
    return this.value.place;
  }
}

/** The plain fields' columns of a sheet, by field. */
function plainColumns(columns: readonly SheetColumn[]): Map<PlainField, SheetColumn> {
  const plain = new Map<PlainField, SheetColumn>();
  for (const column of columns) if (column.field.kind === 'field') plain.set(column.field.field, column);
  return plain;
}

/** True when none of the columns read holds anything in the row. */
export function isBlankRow(row: GridRow, columns: readonly SheetColumn[]): boolean {
  // a loop, not a callback made for each of a country's rows
  for (const column of columns) if (cellText(row.cells[column.index]) !== '') return false;
  return true;
}

/** The first column of a sheet, where a row without any column read is placed. */
const FIRST_COLUMN: PlacedColumn = { index: 0, letter: 'A' };

/**
 * One record's table: the row's cells, read into fields when asked. Its path is its place in
 * the quarter's list (websites[12]), made only when something asks for it.
 */
export class RowTable implements LocatedMap {
  constructor(
    private readonly context: RowContext,
    private readonly row: GridRow,
    private readonly list: string,
    private readonly index: number,
  ) {}

  readonly kind = 'map';

  get path(): string {
    return childPath(this.list, this.index);
  }

  get place(): SourcePlace {
    return this.placeOf(this.context.columns[0] ?? FIRST_COLUMN);
  }

  /** The place of the row's cell in a column. */
  placeOf(column: PlacedColumn): SourcePlace {
    return cellPlace(this.context.source, this.row.number, column);
  }

  get file(): string {
    return this.context.source.file;
  }

  get possibleKeys(): readonly string[] {
    return this.context.keys;
  }

  /**
   * The fields its cells fill, in column order, then id, scores and facts: a view that makes
   * each entry when it is asked for (rows are decoded once; a check asks only where it
   * reports), so no table is filled for a row and nothing is kept.
   */
  get entries(): ReadonlyMap<string, LocatedEntry> {
    return new RowEntries(this, this.context.keys);
  }

  /** Whether the row has an entry for a field: its cell holds something, or the field is required, or it is the id every row has. */
  has(key: string): boolean {
    const { context, row } = this;
    if (key === 'scores' || key === 'facts') return context.tables[key].some((slot) => cellText(row.cells[slot.column.index]) !== '');
    if (key === 'id') return true;
    const column = context.plain.get(key as PlainField);
    return column !== undefined && (context.required.has(key as PlainField) || cellText(row.cells[column.index]) !== '');
  }

  /** The entry of a field, made anew; none for a blank cell of an optional field (the field is then not written). */
  entry(key: string): LocatedEntry | undefined {
    const { context, row } = this;
    if (key === 'scores' || key === 'facts') return tableEntry(this, context, row, key);
    const column = context.plain.get(key as PlainField);
    const node = column && fieldNode({ table: this, context, row, column, field: key as PlainField });
    if (node) return new CellEntry(node);
    // every row has an id: its own, one derived, or (when it has neither name nor 网站标识码, which is reported) its row
    return key === 'id' ? this.derivedId() : undefined;
  }

  /**
   * The value `entry(key)` holds when it is a plain scalar, without its node; null when there
   * is no entry, undefined for a table, a veto list or a required field's blank cell.
   */
  plainValue(key: string): ScalarValue | null | undefined {
    const { context, row } = this;
    if (key === 'scores' || key === 'facts') return this.has(key) ? undefined : null;
    const column = context.plain.get(key as PlainField);
    const cell = column && row.cells[column.index];
    if (column && cellText(cell) !== '') return key === 'veto' ? undefined : FIELD_VALUES[key as Exclude<PlainField, 'veto'>](cell, context);
    if (column && context.required.has(key as PlainField)) return undefined;
    if (key !== 'id') return null;
    const id = this.derivedIdText();
    return { value: id, source: id };
  }

  /**
   * A derived id's entry, at the cell it was made from: the 网站标识码, else the name. A row
   * with neither is known by its place, so that only its blank name is reported.
   */
  private derivedId(): LocatedEntry {
    const { context, row } = this;
    const from = context.plain.get(fieldText(context, row, 'code') === undefined ? 'name' : 'code') ?? context.columns[0] ?? FIRST_COLUMN;
    const id = this.derivedIdText();
    return new CellEntry(new CellNode(id, id, this, from, 'id'));
  }

  private derivedIdText(): string {
    const { context, row } = this;
    return derivedRowId(context, row) ?? `${context.source.shown} 第 ${row.number} 行`;
  }
}

/** A row's fields as a table, each entry made when asked (see RowTable.entries). */
class RowEntries implements ReadonlyMap<string, LocatedEntry> {
  constructor(
    private readonly table: RowTable,
    /** the keys a row of its sheet may have, in order */
    private readonly keysOfSheet: readonly string[],
  ) {}

  get size(): number {
    return this.present().length;
  }

  get(key: string): LocatedEntry | undefined {
    return this.table.entry(key);
  }

  has(key: string): boolean {
    return this.table.has(key);
  }

  keys(): MapIterator<string> {
    return this.present()[Symbol.iterator]();
  }

  *entries(): MapIterator<[string, LocatedEntry]> {
    for (const key of this.present()) yield [key, this.table.entry(key) as LocatedEntry];
  }

  *values(): MapIterator<LocatedEntry> {
    for (const [, entry] of this.entries()) yield entry;
  }

  [Symbol.iterator](): MapIterator<[string, LocatedEntry]> {
    return this.entries();
  }

  forEach(callback: (value: LocatedEntry, key: string, map: ReadonlyMap<string, LocatedEntry>) => void): void {
    for (const [key, entry] of this.entries()) callback(entry, key, this);
  }

  /** The keys the row has an entry for, in order. */
  private present(): string[] {
    return this.keysOfSheet.filter((key) => this.table.has(key));
  }
}

/** The scores or facts of a row as a table, at the first cell that fills it; none when no cell does. */
function tableEntry(table: RowTable, context: RowContext, row: GridRow, key: 'scores' | 'facts'): LocatedEntry | undefined {
  const tablePath = childPath(table.path, key);
  let filled: { entries: Map<string, LocatedEntry>; place: SourcePlace } | undefined;
  for (const slot of context.tables[key]) {
    const { column } = slot;
    const cell = row.cells[column.index];
    if (cellText(cell) === '') continue;
    filled ??= { entries: new Map(), place: table.placeOf(column) };
    const parentPath = slot.group === undefined ? tablePath : childPath(tablePath, slot.group);
    const within = slot.group === undefined ? filled.entries : groupTable(table, column, filled.entries, parentPath, slot.group);
    // a group's total next to its indicators' points: the indicators say more
    if (within.get(slot.key)?.value.kind === 'map') continue;
    const value = numberValue(cell);
    within.set(slot.key, new CellEntry(new CellNode(value.value, value.source, table, column, slot.key, parentPath)));
  }
  return filled && { keyPlace: filled.place, value: { kind: 'map', entries: filled.entries, place: filled.place, path: tablePath, file: table.file } };
}

/** A group's table of indicator points inside the scores, made at its first indicator's cell. */
function groupTable(table: RowTable, column: SheetColumn, scores: Map<string, LocatedEntry>, groupPath: string, group: string): Map<string, LocatedEntry> {
  const existing = scores.get(group)?.value;
  if (existing?.kind === 'map') return existing.entries as Map<string, LocatedEntry>;
  const entries = new Map<string, LocatedEntry>();
  const place = table.placeOf(column);
  scores.set(group, { keyPlace: place, value: { kind: 'map', entries, place, path: groupPath, file: table.file } });
  return entries;
}

/** A plain field's node; undefined for a blank cell of an optional field (the field is then not written). */
function fieldNode(options: { table: RowTable; context: RowContext; row: GridRow; column: SheetColumn; field: PlainField }): (Located & { place: SourcePlace }) | undefined {
  const { table, context, row, column, field } = options;
  const cell = row.cells[column.index];
  if (cellText(cell) === '') {
    // a required field's blank cell is reported at the cell, as YAML reports an empty value
    return context.required.has(field) ? new CellNode(null, '', table, column, field) : undefined;
  }
  if (field === 'veto') {
    const listPath = childPath(table.path, field);
    const items = listItems(cell, context.vetoItems).map((item, index) => new CellNode(item, item, table, column, index, listPath));
    return { kind: 'seq', items, place: table.placeOf(column), path: listPath, file: table.file };
  }
  const value = FIELD_VALUES[field](cell, context);
  return new CellNode(value.value, value.source, table, column, field);
}

const FIELD_VALUES: Readonly<Record<Exclude<PlainField, 'veto'>, (cell: CellValue, context: RowContext) => ScalarValue>> = {
  id: textValue,
  code: textValue,
  name: textValue,
  // names of a few hundred owners, a few dozen regions, kinds and levels over a country's rows
  owner: (cell, context) => context.repeated(cell),
  kind: (cell, context) => context.repeated(cell),
  level: (cell, context) => context.repeated(cell),
  region: (cell, context) => context.repeated(cell),
  problem: textValue,
  recheck: textValue,
  platform: (cell, context) => context.platform(cell),
  status: statusValue,
  opened: dateValue,
  checked: booleanValue,
  bonus: numberValue,
};

/** A plain field's text as read; undefined when its column is missing or its cell blank. */
function fieldText(context: RowContext, row: GridRow, field: PlainField): string | undefined {
  const column = context.plain.get(field);
  const cell = column && row.cells[column.index];
  if (cellText(cell) === '') return undefined;
  const text = String(FIELD_VALUES[field as Exclude<PlainField, 'veto'>](cell, context).value);
  return text === '' ? undefined : text;
}

/**
 * The id of a row without an id (no id column, or its cell blank): its 网站标识码, else name
 * and owner (and platform for an account). Undefined when the row has an id, or neither a
 * name nor a 网站标识码.
 */
export function derivedRowId(context: RowContext, row: GridRow): string | undefined {
  if (fieldText(context, row, 'id') !== undefined) return undefined;
  const name = fieldText(context, row, 'name');
  const code = fieldText(context, row, 'code');
  if (name === undefined && code === undefined) return undefined;
  return derivedId(context.kind, { code, name: name ?? '', owner: fieldText(context, row, 'owner') ?? '', platform: fieldText(context, row, 'platform') });
}
