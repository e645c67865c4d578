// Records from a sheet (an XLSX worksheet or a CSV), as first-class data of a quarter file.
//
// API, for the loader and for `tongbao import` / `tongbao new`:
//   readSheetRecords({ file, sheet?, kind, issuer, overrides?, listPath?, firstIndex? })
//     → { source, rows, header?, diagnostics }
//     source: the file as diagnostics name it, and the worksheet read (the first when none is
//     named); rows: one LocatedMap per record row (blank rows left out), shaped as a YAML
//     record — decode them with the quarter's record decoders; a row reads its cells only
//     when asked, and row.place is the row's first read cell; header: the header row(s), the
//     columns read (index, letter, header, field) and the headers no field answers to;
//     diagnostics: what could not be read (file, header, columns, one unit in two rows).
//     Never throws for anything in the file.
//   readGrid (grid.ts): a sheet's cells row by row, as text, numbers, dates or booleans;
//   findHeader (header.ts): the header among the first rows, two-row headers under merged
//   group cells included; cellPlace (rows.ts): a cell's place for a diagnostic;
//   columnLetter: A, B … AA for a column index.
// A quarter file names sheets with `websites: { file: …, sheet: … }` (see ../sheet-references.ts).

import { quoted } from '../../diagnostics/characters.js';
import { CODES, diagnose } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { IssuerProfile } from '../../model/records.js';
import { displayPath } from '../located.js';
import type { LocatedMap } from '../located.js';
import { HEADERS, columnsFor } from './columns.js';
import type { ColumnOverrides, PlainField, SheetKind } from './columns.js';
import { readGrid } from './grid.js';
import type { SheetGrid } from './grid.js';
import { HEADER_SEARCH_ROWS, REQUIRED_COLUMNS, findHeader, headersFor } from './header.js';
import type { SheetHeader } from './header.js';
import { RowTable, cellPlace, derivedRowId, isBlankRow, rowContext } from './rows.js';
import { platformReader } from './values.js';
import type { SheetSource } from './rows.js';

export type { SheetColumn, SheetHeader } from './header.js';
export type { SheetSource } from './rows.js';
export { findHeader, columnLetter } from './header.js';
export { readGrid } from './grid.js';
export { cellPlace } from './rows.js';

export interface SheetRequest {
  /** absolute path of the workbook or CSV */
  readonly file: string;
  /** the worksheet of a workbook; its first when absent */
  readonly sheet?: string;
  readonly kind: SheetKind;
  /** the issuer's score groups, facts and platforms name columns and platform spellings */
  readonly issuer: Pick<IssuerProfile, 'rules' | 'facts' | 'platforms'>;
  /** the office's own headers, `columns:` in `_issuer.yaml` */
  readonly overrides?: ColumnOverrides;
  /** the list the rows join, for their field paths: websites or accounts by default */
  readonly listPath?: string;
  /** the index of the first row's record in that list */
  readonly firstIndex?: number;
}

export interface SheetRecords {
  readonly source: SheetSource;
  /** one table per record row, in order; blank rows left out */
  readonly rows: readonly LocatedMap[];
  /** undefined when the sheet could not be read or has no header */
  readonly header?: SheetHeader;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads a sheet's records; never throws for anything in the file (its problems are in `diagnostics`). */
export async function readSheetRecords(request: SheetRequest): Promise<SheetRecords> {
  const shown = displayPath(request.file);
  const read = await readGrid({ file: request.file, shown, ...(request.sheet !== undefined && { sheet: request.sheet }) });
  const source: SheetSource = { file: request.file, shown, ...(read.grid?.sheet !== undefined && { sheet: read.grid.sheet }) };
  if (!read.grid) return { source, rows: [], diagnostics: read.diagnostics };
  return recordsOfGrid(request, source, read.grid);
}

function recordsOfGrid(request: SheetRequest, source: SheetSource, grid: SheetGrid): SheetRecords {
  const { kind, issuer, overrides = {} } = request;
  const columns = columnsFor(kind, issuer, overrides);
  const header = findHeader(grid.rows, columns);
  const whole = { place: { file: source.shown, line: 1, column: 1, ...(source.sheet !== undefined && { sheet: source.sheet }), cell: 'A1' } };
  if (!header) {
    const looked = [...new Set(REQUIRED_COLUMNS[kind].flatMap((field) => headersFor(kind, field, overrides[kind]?.[field])))];
    return { source, rows: [], diagnostics: [diagnose(CODES.headerNotFound, { rows: HEADER_SEARCH_ROWS, headers: looked }, whole)] };
  }
  const present = new Set(header.columns.flatMap((column) => (column.field.kind === 'field' ? [column.field.field] : [])));
  const missing = REQUIRED_COLUMNS[kind].filter((field) => !present.has(field));
  const diagnostics = headerProblems({ kind, source, header, overrides, missing });
  if (missing.length > 0) return { source, rows: [], header, diagnostics };
  const vetoItems = kind === 'websites' ? issuer.rules.websiteVetoItems : issuer.rules.accountVetoItems;
  const context = rowContext({ source, kind, columns: header.columns, platform: platformReader(issuer.platforms), vetoItems });
  const listPath = request.listPath ?? kind;
  const rows: LocatedMap[] = [];
  const derivedIds = new Map<string, number>();
  let index = request.firstIndex ?? 0;
  for (const row of grid.rows.slice(header.dataFrom)) {
    if (isBlankRow(row, header.columns)) continue;
    const record = new RowTable(context, row, listPath, index);
    rows.push(record);
    index += 1;
    const id = derivedRowId(context, row);
    const repeated = id === undefined ? undefined : sameUnit({ kind, id, record, row: row.number, seen: derivedIds });
    if (repeated) diagnostics.push(repeated);
  }
  return { source, rows, header, diagnostics };
}

/**
 * A row whose derived id an earlier row has: one unit entered twice, said once, at the row
 * (the whole record fails, so neither the id check nor the duplicate-unit check repeats it).
 */
function sameUnit(options: { kind: SheetKind; id: string; record: LocatedMap; row: number; seen: Map<string, number> }): Diagnostic | undefined {
  const { kind, id, record, row, seen } = options;
  const firstRow = seen.get(id);
  if (firstRow === undefined) {
    seen.set(id, row);
    return undefined;
  }
  const entries = record.entries;
  const code = entries.get('code')?.value;
  const same =
    code?.kind === 'scalar' && code.source !== '' ? `网站标识码都是${quoted(code.source)}` : kind === 'websites' ? '名称和主办单位都相同' : '名称、平台和开办主体都相同';
  const args = { unit: kind === 'websites' ? '家网站' : '个账号', firstRow, same };
  return diagnose(CODES.sameUnitRows, args, { place: entries.get('id')?.value.place ?? record.place, field: record.path });
}

/** Required columns the header lacks, columns naming a field twice, headers no field answers to. */
function headerProblems(options: { kind: SheetKind; source: SheetSource; header: SheetHeader; overrides: ColumnOverrides; missing: readonly PlainField[] }): Diagnostic[] {
  const { kind, source, header, overrides, missing } = options;
  const headerRow = header.rows[header.rows.length - 1] ?? 1;
  const diagnostics: Diagnostic[] = [];
  const firstCell = { place: cellPlace(source, headerRow, { index: 0, letter: 'A' }) };
  for (const field of missing) {
    const headers = headersFor(kind, field, overrides[kind]?.[field]);
    diagnostics.push(diagnose(CODES.columnMissing, { label: HEADERS[kind][field]?.[0] ?? field, headers }, firstCell));
  }
  for (const { column, first } of header.repeated) {
    const args = { header: column.header, firstHeader: first.header, firstLetter: first.letter };
    diagnostics.push(diagnose(CODES.columnRepeated, args, { place: cellPlace(source, headerRow, column) }));
  }
  if (header.unknown.length > 0) {
    diagnostics.push(diagnose(CODES.unknownColumns, { columns: header.unknown }, firstCell, 'warning'));
  }
  return diagnostics;
}
