// The rows of a sheet to import, through the sheet reader every quarter file uses
// (load/sheets): the kind of unit from the sheet's headers unless given, each row decoded by
// the quarter's own record decoder, so a row is imported exactly when a quarter naming the
// sheet would read it. Rows that cannot be read are reported at their cells and left out.

import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath, parentPath, placesIn, type FieldPlaces, type LocatedMap } from '../load/located.js';
import { quarterShape } from '../load/quarter.js';
import { SHEET_FIELDS, columnsFor, headerKey, type SheetKind } from '../load/sheets/columns.js';
import { findHeader, readGrid, readSheetRecords, type SheetHeader } from '../load/sheets/index.js';
import type { AccountRecord, IssuerProfile, WebsiteRecord } from '../model/records.js';
import type { SheetRows, SheetUnit, UnitKey } from './sheet-unit.js';

const KINDS: readonly SheetKind[] = ['websites', 'accounts'];

export interface SheetToImport {
  /** absolute path of the workbook or CSV */
  readonly file: string;
  /** the worksheet; the workbook's first when absent */
  readonly sheet?: string;
  /** websites or accounts; from the sheet's headers when absent */
  readonly kind?: SheetKind;
  readonly issuer: IssuerProfile;
  readonly projectRoot: string;
}

/** Headers the sheet has that name a field of one kind of unit and no field of the other (网站标识码, 平台 …). */
function ownHeaders(kind: SheetKind, header: SheetHeader | undefined, issuer: IssuerProfile): number {
  const [other] = KINDS.filter((candidate) => candidate !== kind) as [SheetKind];
  const theirs = columnsFor(other, issuer, issuer.columns);
  const onlyOurs = (field: string): boolean => !(SHEET_FIELDS[other] as readonly string[]).includes(field);
  return (header?.columns ?? []).filter((column) => {
    if (column.field.kind === 'field' && onlyOurs(column.field.field)) return true;
    return !theirs.has(headerKey(column.header));
  }).length;
}

/** The kind the headers say, or a diagnostic asking for --kind. */
async function kindOfSheet(request: SheetToImport): Promise<SheetKind> {
  const shown = displayPath(request.file);
  const read = await readGrid({ file: request.file, shown, ...(request.sheet !== undefined && { sheet: request.sheet }) });
  if (!read.grid) throw new TongbaoError(read.diagnostics);
  const rows = read.grid.rows;
  const counts = KINDS.map((kind) => ownHeaders(kind, findHeader(rows, columnsFor(kind, request.issuer, request.issuer.columns)), request.issuer));
  const [websites, accounts] = counts as [number, number];
  if (websites > 0 && accounts === 0) return 'websites';
  if (accounts > 0 && websites === 0) return 'accounts';
  throw new TongbaoError([diagnose(CODES.importKindUnknown, { path: shown }, {})]);
}

/** The fields a sheet has columns for. */
function carriedFields(header: SheetHeader): Set<UnitKey> {
  return new Set(header.columns.map((column): UnitKey => (column.field.kind === 'field' ? column.field.field : column.field.kind === 'score' ? 'scores' : 'facts')));
}

/** The quarter file's decoder of a list of units of one kind. */
type RecordList = ReturnType<typeof quarterShape>['shape'][SheetKind]['decoder'];

/** One row through the quarter's record decoder: the unit, or what is wrong with it. */
function decodeRow(list: RecordList, row: LocatedMap): { unit?: SheetUnit; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const [record] = (list.decode({ kind: 'seq', items: [row], place: row.place, path: parentPath(row.path), file: row.file }, problems) ?? []) as Array<WebsiteRecord | AccountRecord>;
  if (!record || problems.some((d) => d.severity === 'error')) return { problems };
  const { place: _place, ...unit } = record;
  return { unit, problems };
}

/** Field path within the row's unit → the cell it came from, looked up when a problem asks. */
function cellsOf(row: LocatedMap): FieldPlaces {
  const places = placesIn(row);
  // below its root the row's fields are reached as `.name`, `.scores.发布解读`
  return { get: (path) => (path === '' ? undefined : places.get(`.${path}`)) };
}

/** The sheet's readable rows and the problems of the others; throws a TongbaoError when the sheet cannot be read at all. */
export async function readSheetRows(request: SheetToImport): Promise<SheetRows> {
  const kind = request.kind ?? (await kindOfSheet(request));
  const read = await readSheetRecords({ file: request.file, ...(request.sheet !== undefined && { sheet: request.sheet }), kind, issuer: request.issuer, overrides: request.issuer.columns ?? {} });
  // no header, or no column for a field every unit needs: nothing in the sheet can be imported
  if (!read.header || (read.rows.length === 0 && read.diagnostics.some((d) => d.severity === 'error'))) throw new TongbaoError(read.diagnostics);
  const problems: Diagnostic[] = [...read.diagnostics];
  const rows: SheetRows['rows'][number][] = [];
  const list = quarterShape(request.projectRoot).shape[kind].decoder;
  for (const row of read.rows) {
    const decoded = decodeRow(list, row);
    problems.push(...decoded.problems);
    if (decoded.unit) rows.push({ unit: decoded.unit, where: { place: row.place }, cells: cellsOf(row) });
  }
  return { kind, carried: carriedFields(read.header), rows, problems };
}
