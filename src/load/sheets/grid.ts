// A sheet's cells as plain values, row by row: an XLSX worksheet read with ExcelJS's streaming
// reader (linear in the rows, no cell objects kept), a CSV decoded from whatever encoding
// Excel or WPS saved it in and parsed as one text with Papa Parse, whose cells are slices
// of that text (a national CSV has a million cells). Nothing here knows what the columns
// mean; see header.ts and rows.ts.

import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
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

async function readXlsxGrid(options: { file: string; shown: string; sheet?: string }): Promise<ReadGrid> {
  const { file, shown, sheet } = options;
  const names: string[] = [];
  let found: SheetGrid | undefined;
  // ExcelJS is some 300 modules: loaded only when a quarter has a workbook to read
  const { default: Excel } = await import('exceljs');
  try {
    const reader = new Excel.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    for await (const worksheet of reader) {
      const name = worksheetName(reader, worksheet);
      names.push(name);
      const wanted = !found && (sheet === undefined ? names.length === 1 : name === sheet);
      const rows: GridRow[] = [];
      // every worksheet is read through: the zip is one stream
      for await (const row of worksheet) if (wanted) rows.push({ number: row.number, cells: rowCells(row.values) });
      if (wanted) found = { sheet: name, rows };
    }
  } catch {
    // ExcelJS says why in English and in its own terms; the office needs to know what to do
    return { diagnostics: [diagnose(CODES.workbookUnreadable, { path: shown, csv: false }, {})] };
  }
  if (found) return { grid: found, diagnostics: [] };
  return { diagnostics: [diagnose(CODES.sheetMissing, { path: shown, sheet: sheet ?? '', sheets: names }, {})] };
}

/** What ExcelJS's streaming reader knows of a workbook and a worksheet, but does not declare. */
interface ReaderInternals {
  readonly workbookRels?: readonly { readonly Id: string; readonly Target: string }[];
  readonly model?: { readonly sheets?: readonly { readonly name: string; readonly rId: string }[] };
}

/**
 * A worksheet's name as the workbook gives it. ExcelJS finds it only when the workbook's
 * relationships name the sheet's part relative to xl/ (as Excel does); openpyxl and other
 * tools write /xl/worksheets/sheet1.xml, and ExcelJS then calls the sheet Sheet1.
 */
function worksheetName(reader: object, worksheet: object): string {
  const { name, id } = worksheet as { name: string; id: number | string };
  if (name !== `Sheet${id}`) return name;
  const { workbookRels = [], model } = reader as ReaderInternals;
  const part = `worksheets/sheet${id}.xml`;
  const relation = workbookRels.find(({ Target }) => Target.replace(/^\/?xl\//, '') === part);
  return model?.sheets?.find(({ rId }) => rId === relation?.Id)?.name ?? name;
}

/** ExcelJS row values (1-based, sparse) as cells from column A. */
function rowCells(values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }): CellValue[] {
  const list = Array.isArray(values) ? values : [];
  const cells: CellValue[] = [];
  for (let column = 1; column < list.length; column++) cells.push(plainValue(list[column]));
  return cells;
}

/** A cell's value without its formatting: rich text as its text, a formula as its result, a link as its text. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return value.result === undefined ? undefined : plainValue(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return undefined;
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
