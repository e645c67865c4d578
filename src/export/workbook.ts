// The exported workbook: one sheet per kind of unit, a bold frozen header row, columns wide
// enough for their text. Same records, same bytes: the workbook's dates are the quarter's
// 成文日期 and the zip is repacked with fixed times (write/docx/reproducible.ts).

import ExcelJS from 'exceljs';
import type { SheetKind } from '../load/sheets/columns.js';
import { withFixedTimestamps } from '../write/office-package.js';
import type { ExportColumn, ExportedUnit } from './columns.js';

/** The sheets' names: the channels as offices call them. */
export const SHEET_NAMES: Readonly<Record<SheetKind, string>> = { websites: '网站', accounts: '政务新媒体' };

export interface ExportSheet {
  readonly kind: SheetKind;
  readonly columns: readonly ExportColumn[];
  readonly units: readonly ExportedUnit[];
}

/** Widths in Excel's character units: a Chinese character takes two. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

function displayWidth(value: unknown): number {
  const text = value === undefined || value === null ? '' : String(value);
  let width = 0;
  for (const character of text) width += /[\u0000-\u00ff]/u.test(character) ? 1 : 2;
  return width;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: ExportSheet): void {
  const worksheet = workbook.addWorksheet(SHEET_NAMES[sheet.kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows = sheet.units.map((unit) => sheet.columns.map((column) => column.cell(unit) ?? null));
  worksheet.addRow(sheet.columns.map((column) => column.header)).font = { bold: true };
  for (const row of rows) worksheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index])));
    worksheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

/** The workbook's bytes; `isoDate` (YYYY-MM-DD) stamps it. */
export async function workbookBytes(options: { sheets: readonly ExportSheet[]; isoDate: string }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(`${options.isoDate}T00:00:00Z`);
  workbook.creator = 'tongbao';
  workbook.lastModifiedBy = 'tongbao';
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const sheet of options.sheets) addSheet(workbook, sheet);
  const packed = new Uint8Array(await workbook.xlsx.writeBuffer());
  return withFixedTimestamps({ packed: packed, isoDate: options.isoDate });
}
