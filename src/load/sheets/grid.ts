// A sheet's cells as plain values, row by row: an XLSX worksheet read with SheetJS (a tenth of
// ExcelJS's time to load and to read the example; only the sheet asked for is parsed), a CSV
// decoded from whatever encoding Excel or WPS saved it in and parsed as one text with Papa
// Parse, whose cells are slices of that text (a national CSV has a million cells). Nothing here knows what the columns
// mean; see header.ts and rows.ts.

import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { CellObject, WorkBook } from '@e965/xlsx';
import Papa from 'papaparse';
import { CODES, diagnose } from '../../diagnostics/codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

/** A cell as the sheet holds it: text, a number, a date, a boolean, or nothing. */
export type CellValue = string | number | boolean | Date | undefined;

export interface GridRow {
  /** the row number the spreadsheet shows (1-based) */
  readonly number: number;
  /** cells from column A on; a blank cell is undefined */
  readonly cells: readonly CellValue[];
}

export interface SheetGrid {
  /** the worksheet's name; absent for a CSV */
  readonly sheet?: string;
  /** the rows that hold anything, in order */
  readonly rows: readonly GridRow[];
}

export interface ReadGrid {
  readonly grid?: SheetGrid;
  readonly diagnostics: readonly Diagnostic[];
}

/** The kinds of file records are read from, by extension. */
export const SHEET_EXTENSIONS = ['.xlsx', '.csv'] as const;

/**
 * Reads one sheet: `sheet` names a workbook's worksheet (the first when absent; a CSV has
 * only one). `shown` is the file as diagnostics name it.
 */
export async function readGrid(options: { file: string; shown: string; sheet?: string }): Promise<ReadGrid> {
  const extension = extname(options.file).toLowerCase();
  if (extension === '.csv') return readCsvGrid(options);
  if (extension === '.xlsx') return readXlsxGrid(options);
  return { diagnostics: [diagnose(CODES.sheetFileKind, { path: options.shown, extension }, {})] };
}

/** A zip archive's first bytes: an .xlsx is one; SheetJS would read other files (a renamed .xls, text) as some other kind. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

async function readXlsxGrid(options: { file: string; shown: string; sheet?: string }): Promise<ReadGrid> {
  const { file, shown, sheet } = options;
  // SheetJS is one large module: loaded only when a quarter has a workbook to read
  const { read, utils } = await import('@e965/xlsx');
  let workbook: WorkBook;
  try {
    const bytes = readFileSync(file);
    if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error('not a zip archive');
    // only the sheet asked for (the first when none is) is parsed; every sheet's name is still read
    workbook = read(bytes, { type: 'buffer', sheets: sheet ?? 0, dense: true, cellDates: true, cellHTML: false, cellText: false });
    if (workbook.bookType !== 'xlsx') throw new Error(`a ${workbook.bookType} workbook`);
  } catch {
    // SheetJS says why in English and in its own terms; the office needs to know what to do
    return { diagnostics: [diagnose(CODES.workbookUnreadable, { path: shown, csv: false }, {})] };
  }
  const name = sheet ?? workbook.SheetNames[0];
  const worksheet = name === undefined ? undefined : workbook.Sheets[name];
  if (name === undefined || !worksheet) return { diagnostics: [diagnose(CODES.sheetMissing, { path: shown, sheet: sheet ?? '', sheets: workbook.SheetNames }, {})] };
  const rows: GridRow[] = [];
  (worksheet['!data'] ?? []).forEach((cells, index) => {
    if (cells) rows.push({ number: index + 1, cells: Array.from(cells, (cell) => plainValue(cell, utils.format_cell)) });
  });
  return { grid: { sheet: name, rows }, diagnostics: [] };
}

/**
 * A cell's value as it shows, without its formatting: text (rich text as its text, a formula's
 * result), a number, a date at its midnight in UTC, a boolean, an error as Excel writes it.
 */
function plainValue(cell: CellObject | undefined, formatted: (cell: CellObject) => string): CellValue {
  if (!cell) return undefined;
  switch (cell.t) {
    case 's':
      return cell.v === '' ? undefined : String(cell.v);
    case 'n':
    case 'b':
      return cell.v as number | boolean;
    case 'd':
      return cell.v as Date;
    case 'e':
      // its code as Excel shows it (#N/A); the text of every other cell is left unformatted
      return formatted(cell);
    default:
      return undefined;
  }
}

function readCsvGrid(options: { file: string; shown: string }): ReadGrid {
  const { file, shown } = options;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { diagnostics: [diagnose(CODES.unreadable, { path: shown, reason }, {})] };
  }
  const text = decodeCsvText(bytes);
  if (text === undefined) return { diagnostics: [diagnose(CODES.csvEncoding, { path: shown }, {})] };
  // quotes are read as Excel writes them; a quote left open swallows the rest of the file
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', quoteChar: '"', skipEmptyLines: false });
  if (parsed.errors.some((error) => error.type === 'Quotes')) return { diagnostics: [diagnose(CODES.workbookUnreadable, { path: shown, csv: true }, {})] };
  // Excel shows each record as one row, even one whose quoted cell holds a line break
  const rows: GridRow[] = [];
  parsed.data.forEach((cells: CellValue[], index) => {
    let filled = false;
    for (let column = 0; column < cells.length; column++) {
      if (cells[column] === '') cells[column] = undefined;
      else filled = true;
    }
    if (filled) rows.push({ number: index + 1, cells });
  });
  return { grid: { rows }, diagnostics: [] };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Valid UTF-8 as text, by Node's own decoder: several times faster than TextDecoder's on a
 * national CSV, and the same text (they differ only in how they replace invalid bytes).
 */
function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * A CSV's text: UTF-8 with or without a byte-order mark (Excel's 「CSV UTF-8」), UTF-16 with
 * one (「Unicode 文本」), or GB18030, which covers GBK (what Excel saves as plain 「CSV」 on a
 * Chinese Windows). Undefined when it is none of them.
 */
export function decodeCsvText(bytes: Uint8Array): string | undefined {
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    const rest = bytes.subarray(3);
    return isUtf8(rest) ? utf8Text(rest) : new TextDecoder('utf-8').decode(rest);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (isUtf8(bytes)) return utf8Text(bytes);
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
