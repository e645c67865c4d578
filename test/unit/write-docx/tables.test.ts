// Long tables in the DOCX: the grid is the shared width decision (src/layout/table-columns.ts)
// and spans the text width, the last row keeps with the note; and LibreOffice's rendering shows
// what a reader checks: no short cell or header broken, the note on the last row's page.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NoticeDocument } from '../../../src/model/document.js';
import { TEXT_WIDTH_TWIP } from '../../../src/write/docx/units.js';
import { tableColumnWidths } from '../../../src/write/table-columns.js';
import { accountRow, accountsTable, longTableNotice, oneLineRow } from '../../fixtures/table-notice.js';
import { brokenShortCells, notePlacement, rowsOnFirstPage, wordsByPage } from '../write-pdf/table-checks.js';
import { writeAndUnpack } from './docx-parts.js';
import { SOFFICE, convertWithLibreOffice } from './libreoffice.js';

const ROWS = 40;

/** The body's tables, each as its grid widths and its rows' XML. */
function tablesOf(documentXml: string): Array<{ grid: number[]; rows: string[] }> {
  return [...documentXml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([xml]) => ({
    grid: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    rows: [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0]),
  }));
}

describe('a long table in the DOCX', () => {
  it('has the shared column widths as its grid and its cells, spanning the text width', async () => {
    const doc = longTableNotice(ROWS);
    const [, accounts] = tablesOf((await writeAndUnpack(doc)).xml('word/document.xml'));
    const widths = tableColumnWidths(accountsTable(doc));
    expect(accounts!.grid).toEqual(widths);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH_TWIP);
    for (const row of accounts!.rows) expect([...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual(widths);
  });

  it('keeps the last row, and only it, with the note after the table', async () => {
    const [, accounts] = tablesOf((await writeAndUnpack(longTableNotice(ROWS))).xml('word/document.xml'));
    const kept = accounts!.rows.map((row) => row.includes('<w:keepNext/>'));
    expect(kept.lastIndexOf(false)).toBe(kept.length - 2);
    expect(kept.at(-1)).toBe(true);
  });
});

const folder = mkdtempSync(join(tmpdir(), 'tongbao-docx-tables-'));

/** The DOCX of `doc` as LibreOffice prints it, converted with a profile of its own. */
async function libreOfficePdf(name: string, doc: NoticeDocument): Promise<string> {
  const docxPath = join(folder, `${name}.docx`);
  writeFileSync(docxPath, (await writeAndUnpack(doc)).bytes);
  const [pdf] = convertWithLibreOffice([docxPath], folder);
  return pdf!;
}

describe.skipIf(!SOFFICE)('a long table in the DOCX, in LibreOffice', () => {
  it('prints every short cell and every header on one line', async () => {
    const path = await libreOfficePdf('long', longTableNotice(ROWS));
    const rows = Array.from({ length: ROWS }, (_, i) => accountRow(i));
    expect(brokenShortCells(wordsByPage(path), rows)).toEqual([]);
  });

  it('keeps the note with the last row when the table fills a page', async () => {
    const probe = await libreOfficePdf('probe', longTableNotice(60, oneLineRow));
    const rows = rowsOnFirstPage(probe);
    const placed = notePlacement(await libreOfficePdf('filled', longTableNotice(rows, oneLineRow)), rows);
    expect(placed.note).toEqual(placed.lastRow);
    expect(placed.lastRow[0]).toBe(placed.rowBefore[0]! + 1);
  });
});
