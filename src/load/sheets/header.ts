// Finding a records sheet's header: which row it is (sheets often carry a title row or two
// above it), whether a second header row sits under merged group cells (「扣分指标」 over
// 「发布解读」「办事服务」…), and which record field each column fills. Merged cells are
// recognised from the values alone: a merge holds its text in its first cell and leaves the
// others blank, so the streaming reader needs no merge list.

import { COMPUTED_HEADERS, HEADERS, IGNORED_HEADERS, headerKey } from './columns.js';
import type { ColumnField, PlainField, SheetKind } from './columns.js';
import type { CellValue, GridRow } from './grid.js';

/** How many rows from the top may hold titles before the header. */
export const HEADER_SEARCH_ROWS = 10;

/** A column the records are read from. */
export interface SheetColumn {
  /** 0-based index in the row's cells */
  readonly index: number;
  /** the column as the spreadsheet names it: A, B … AA */
  readonly letter: string;
  /** the header as the sheet writes it (for a two-row header, the part that named the field) */
  readonly header: string;
  readonly field: ColumnField;
}

/** A header cell no field answers to (and not one of IGNORED_HEADERS). */
export interface UnknownHeader {
  readonly letter: string;
  readonly header: string;
}

/** Where a sheet's header was found, and what it says. */
export interface SheetHeader {
  /** row numbers of the header: one, or two under merged group cells */
  readonly rows: readonly number[];
  /** index in the grid's rows of the first row after the header */
  readonly dataFrom: number;
  readonly columns: readonly SheetColumn[];
  readonly unknown: readonly UnknownHeader[];
  /** a second column naming a field an earlier column already fills: read past, reported */
  readonly repeated: readonly { readonly column: SheetColumn; readonly first: SheetColumn }[];
  /** columns of results shown for people (是否合格, 总分 …), read past: `new` empties them with the results */
  readonly computed: readonly (UnknownHeader & { readonly index: number })[];
}

/** A, B … Z, AA … for a 0-based column index. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

const cellText = (cell: CellValue): string => (cell === undefined ? '' : cell instanceof Date ? '' : String(cell).trim());

const IGNORED_KEYS = new Set(IGNORED_HEADERS.map(headerKey));
const COMPUTED_KEYS = new Set(COMPUTED_HEADERS.map(headerKey));

/**
 * The header among the first rows: the first row where at least two cells name a known field.
 * Undefined when no such row is there.
 */
export function findHeader(rows: readonly GridRow[], columns: ReadonlyMap<string, ColumnField>): SheetHeader | undefined {
  const known = (text: string): boolean => text !== '' && columns.has(headerKey(text));
  const at = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.cells.filter((cell) => known(cellText(cell))).length >= 2);
  if (at < 0) return undefined;
  const top = (rows[at]?.cells ?? []).map(cellText);
  const next = rows[at + 1];
  const below = next && isSubHeader(top, next.cells.map(cellText), columns) ? next.cells.map(cellText) : undefined;
  const headerRows = [rows[at]?.number ?? 0, ...(below && next ? [next.number] : [])];
  return { rows: headerRows, dataFrom: at + headerRows.length, ...matchColumns(headerCells(top, below), columns) };
}

/** A column's header text: its own, and the merged group cell above it in a two-row header. */
interface HeaderCell {
  readonly index: number;
  /** the header's own text: the lower cell of a two-row header, else the one cell */
  readonly own: string;
  /** the merged cell spanning this column and its neighbours above `own`, or '' */
  readonly group: string;
}

/** What a header cell may name, most specific first: the child, group + child, the group. */
function candidates(cell: HeaderCell): string[] {
  return cell.group === '' ? [cell.own] : [cell.own, `${cell.group}${cell.own}`, cell.group];
}

function headerCells(top: readonly string[], below: readonly string[] | undefined): HeaderCell[] {
  const width = Math.max(top.length, below?.length ?? 0);
  const cells: HeaderCell[] = [];
  let group = '';
  for (let index = 0; index < width; index++) {
    const upper = top[index] ?? '';
    const lower = below?.[index] ?? '';
    // an upper cell over a lower one starts a group; a blank upper cell over a lower one continues it
    if (upper !== '') group = lower !== '' ? upper : '';
    else if (lower === '') group = '';
    const cell = lower === '' ? { index, own: upper, group: '' } : { index, own: lower, group };
    if (cell.own !== '') cells.push(cell);
  }
  return cells;
}

/** A row under the header is a second header row when its cells name fields (alone or under their group) rather than hold a record. */
function isSubHeader(top: readonly string[], below: readonly string[], columns: ReadonlyMap<string, ColumnField>): boolean {
  const lowerCells = headerCells(top, below).filter((cell) => (below[cell.index] ?? '') !== '');
  const names = (text: string): boolean => columns.has(headerKey(text)) || IGNORED_KEYS.has(headerKey(text));
  const named = lowerCells.filter((cell) => names(cell.own) || (cell.group !== '' && names(`${cell.group}${cell.own}`)));
  return named.length > 0 && named.length * 2 >= lowerCells.length;
}

function matchColumns(cells: readonly HeaderCell[], columns: ReadonlyMap<string, ColumnField>): Pick<SheetHeader, 'columns' | 'unknown' | 'repeated' | 'computed'> {
  const matched: SheetColumn[] = [];
  const unknown: UnknownHeader[] = [];
  const computed: (UnknownHeader & { index: number })[] = [];
  const repeated: { column: SheetColumn; first: SheetColumn }[] = [];
  const byField = new Map<string, SheetColumn>();
  for (const cell of cells) {
    const { index } = cell;
    const letter = columnLetter(index);
    const header = candidates(cell).find((text) => columns.has(headerKey(text)));
    const field = header === undefined ? undefined : columns.get(headerKey(header));
    if (header === undefined || !field) {
      if (candidates(cell).some((text) => COMPUTED_KEYS.has(headerKey(text)))) computed.push({ index, letter, header: cell.own });
      else if (!candidates(cell).some((text) => IGNORED_KEYS.has(headerKey(text)))) unknown.push({ letter, header: cell.own });
      continue;
    }
    const column = { index, letter, header, field };
    const first = byField.get(fieldKey(field));
    if (first) repeated.push({ column, first });
    else {
      byField.set(fieldKey(field), column);
      matched.push(column);
    }
  }
  return { columns: matched, unknown, repeated, computed };
}

/** Two columns fill the same field when their keys are equal. */
export function fieldKey(field: ColumnField): string {
  if (field.kind === 'field') return `field:${field.field}`;
  if (field.kind === 'fact') return `fact:${field.fact}`;
  return `score:${field.group}:${field.indicator ?? ''}`;
}

/** The fields every record of a kind needs a column for (an id is derived when there is none). */
export const REQUIRED_COLUMNS: Readonly<Record<SheetKind, readonly PlainField[]>> = {
  websites: ['name', 'owner', 'kind', 'level', 'region'],
  accounts: ['name', 'platform', 'owner', 'region'],
};

/** The headers a field answers to: the office's own (`columns:`) first, then the vocabulary. */
export function headersFor(kind: SheetKind, field: PlainField, overrides: readonly string[] = []): string[] {
  return [...overrides, ...(HEADERS[kind][field] ?? [])];
}
