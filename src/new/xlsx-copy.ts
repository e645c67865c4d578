// A copy of a records workbook for the next quarter, edited with ExcelJS: in the records
// worksheet the title names the new quarter, the rows of closed units go and the result
// cells of the others are emptied —
// their formatting, the titles, headers, column widths, merged cells and the other
// worksheets stay. Timestamps are fixed, so the same workbook gives the same bytes.

import ExcelJS from 'exceljs';
import { withFixedTimestamps } from '../write/office-package.js';
import type { SheetEdit } from './sheet-edit.js';

interface MergedRange {
  readonly first: { readonly column: string; readonly row: number };
  readonly last: { readonly column: string; readonly row: number };
}

const RANGE = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/;

function mergedRanges(worksheet: ExcelJS.Worksheet): MergedRange[] {
  const merges = (worksheet.model as unknown as { merges: string[] }).merges;
  return merges.flatMap((range) => {
    const match = RANGE.exec(range);
    return match ? [{ first: { column: match[1]!, row: Number(match[2]) }, last: { column: match[3]!, row: Number(match[4]) } }] : [];
  });
}

const rangeText = (range: MergedRange, shift: (row: number) => number) =>
  `${range.first.column}${shift(range.first.row)}:${range.last.column}${shift(range.last.row)}`;

/**
 * Removes one row. ExcelJS moves the cells below up but not the merged ranges, so the ranges
 * at and below the row are unmerged first and merged again where their cells went.
 */
function removeRow(worksheet: ExcelJS.Worksheet, row: number): void {
  const below = mergedRanges(worksheet).filter((range) => range.last.row >= row);
  for (const range of below) worksheet.unMergeCells(rangeText(range, (r) => r));
  worksheet.spliceRows(row, 1);
  const moved = (r: number) => (r > row ? r - 1 : r);
  for (const range of below) {
    // a range within the row went with it; one shrunk to a single cell is no longer merged
    const [from, to] = rangeText(range, moved).split(':');
    if (!(range.first.row === row && range.last.row === row) && from !== to) worksheet.mergeCells(`${from}:${to}`);
  }
}

function editWorksheet(worksheet: ExcelJS.Worksheet, edit: SheetEdit): void {
  for (const row of edit.titleRows) {
    worksheet.getRow(row).eachCell((cell) => {
      if (typeof cell.value === 'string') cell.value = edit.retitle(cell.value);
    });
  }
  for (const row of edit.clearRows) {
    for (const column of edit.resultColumns) worksheet.getRow(row).getCell(column + 1).value = null;
  }
  // from the bottom up, so the rows still to remove keep their numbers
  for (const row of [...edit.dropRows].sort((a, b) => b - a)) removeRow(worksheet, row);
}

/**
 * The copy's bytes, each records worksheet (by name) edited; undefined when the workbook has
 * no worksheet of one of the names.
 */
export async function copyWorkbook(options: { bytes: Uint8Array; edits: ReadonlyMap<string, SheetEdit>; isoDate: string }): Promise<Uint8Array | undefined> {
  const { bytes, edits, isoDate } = options;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const [sheet, edit] of edits) {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) return undefined;
    editWorksheet(worksheet, edit);
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return withFixedTimestamps({ packed: written, isoDate });
}
