// A sheet's rows as the located tree a YAML list of records would be: one table per row, the
// fields named as in YAML (name, owner, scores.发布解读 …), each value at its cell. The record
// decoders and every check then read sheet records exactly as they read YAML ones.

import type { IssuerProfile, SourcePlace } from '../../model/records.js';
import { childPath } from '../located.js';
import type { Located, LocatedEntry, LocatedMap, LocatedScalar } from '../located.js';
import { derivedId } from './columns.js';
import type { PlainField, SheetKind } from './columns.js';
import type { CellValue, GridRow } from './grid.js';
import type { SheetColumn } from './header.js';
import { booleanValue, cellText, dateValue, listItems, numberValue, platformValue, statusValue, textValue } from './values.js';
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
  readonly platforms: IssuerProfile['platforms'];
  /** the veto items the issuer names for this kind of unit, read whole from a cell */
  readonly vetoItems: readonly string[];
  /** fields every record needs: a blank cell in their column is reported as missing there */
  readonly required: ReadonlySet<PlainField>;
}

/** The place of a cell, as the spreadsheet names it. */
export function cellPlace(source: SheetSource, row: number, column: SheetColumn | { index: number; letter: string; header?: string }): SourcePlace {
  return {
    file: source.shown,
    line: row,
    column: column.index + 1,
    ...(source.sheet !== undefined && { sheet: source.sheet }),
    cell: `${column.letter}${row}`,
    ...(column.header !== undefined && { header: column.header }),
  };
}

/** True when none of the columns read holds anything in the row. */
export function isBlankRow(row: GridRow, columns: readonly SheetColumn[]): boolean {
  return columns.every((column) => cellText(row.cells[column.index]) === '');
}

/** One record's table from one row; `path` is its place in the quarter's list, e.g. websites[12]. */
export function rowRecord(context: RowContext, row: GridRow, path: string): LocatedMap {
  const { source } = context;
  const entries = new Map<string, LocatedEntry>();
  const first = context.columns[0];
  const rowPlace = first ? cellPlace(source, row.number, first) : cellPlace(source, row.number, { index: 0, letter: 'A' });
  const tableAt = (key: string, within: Map<string, LocatedEntry>, tablePath: string, place: SourcePlace): Map<string, LocatedEntry> => {
    const existing = within.get(key)?.value;
    if (existing?.kind === 'map') return existing.entries as Map<string, LocatedEntry>;
    const table = new Map<string, LocatedEntry>();
    within.set(key, { keyPlace: place, value: { kind: 'map', entries: table, place, path: tablePath, file: source.file } });
    return table;
  };

  for (const column of context.columns) {
    const cell = row.cells[column.index];
    const place = cellPlace(source, row.number, column);
    const { field } = column;
    if (field.kind === 'field') {
      const node = fieldNode({ context, cell, place, path: childPath(path, field.field), field: field.field });
      if (node) entries.set(field.field, { keyPlace: place, value: node });
      continue;
    }
    if (cellText(cell) === '') continue;
    const value = numberValue(cell);
    if (field.kind === 'fact') {
      const facts = tableAt('facts', entries, childPath(path, 'facts'), place);
      facts.set(field.fact, { keyPlace: place, value: scalar(value, place, childPath(childPath(path, 'facts'), field.fact), source.file) });
      continue;
    }
    const scoresPath = childPath(path, 'scores');
    const scores = tableAt('scores', entries, scoresPath, place);
    const groupPath = childPath(scoresPath, field.group);
    if (field.indicator === undefined) {
      // a group's total next to its indicators' points: the indicators say more
      if (scores.get(field.group)?.value.kind !== 'map') scores.set(field.group, { keyPlace: place, value: scalar(value, place, groupPath, source.file) });
      continue;
    }
    const group = tableAt(field.group, scores, groupPath, place);
    group.set(field.indicator, { keyPlace: place, value: scalar(value, place, childPath(groupPath, field.indicator), source.file) });
  }
  if (!entries.has('id')) {
    const id = derivedIdNode(context, entries, path);
    if (id) entries.set('id', id);
  }
  return { kind: 'map', entries, place: rowPlace, path, file: source.file };
}

function scalar(value: ScalarValue, place: SourcePlace, path: string, file: string): LocatedScalar {
  return { kind: 'scalar', value: value.value, source: value.source, quoted: false, place, path, file };
}

/** A plain field's node; undefined for a blank cell of an optional field (the field is then not written). */
function fieldNode(options: { context: RowContext; cell: CellValue; place: SourcePlace; path: string; field: PlainField }): Located | undefined {
  const { context, cell, place, path, field } = options;
  const file = context.source.file;
  if (cellText(cell) === '') {
    // a required field's blank cell is reported at the cell, as YAML reports an empty value
    return context.required.has(field) ? { kind: 'scalar', value: null, source: '', quoted: false, place, path, file } : undefined;
  }
  if (field === 'veto') {
    const items = listItems(cell, context.vetoItems).map((item, index) => scalar({ value: item, source: item }, place, childPath(path, index), file));
    return { kind: 'seq', items, place, path, file };
  }
  return scalar(FIELD_VALUES[field](cell, context), place, path, file);
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
  platform: (cell, context) => platformValue(cell, context.platforms),
  status: statusValue,
  opened: dateValue,
  checked: booleanValue,
  bonus: numberValue,
};

/**
 * The id of a row without an id column (or with its cell blank): its 网站标识码, else name and
 * owner (and platform for an account), at the name's cell. None when the name is missing:
 * that is reported already.
 */
function derivedIdNode(context: RowContext, entries: ReadonlyMap<string, LocatedEntry>, path: string): LocatedEntry | undefined {
  const text = (field: string): string | undefined => {
    const node = entries.get(field)?.value;
    return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
  };
  const name = text('name');
  const nameEntry = entries.get('name');
  if (name === undefined || !nameEntry) return undefined;
  const id = derivedId(context.kind, { code: text('code'), name, owner: text('owner') ?? '', platform: text('platform') });
  return { keyPlace: nameEntry.keyPlace, value: scalar({ value: id, source: id }, nameEntry.value.place, childPath(path, 'id'), context.source.file) };
}
