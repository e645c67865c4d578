// Long tables in the PDF: widths from the content (src/layout/table-columns.ts) — no short cell
// or header broken, the columns exactly the widths the DOCX gets — and the note under a table
// kept with its last row, on a real Chromium rendering read back with pdftotext.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { NoticeDocument } from '../../../src/model/document.js';
import { createBrowserSession } from '../../../src/write/pdf/browser.js';
import { writePdf } from '../../../src/write/pdf/index.js';
import { tableColumnWidths } from '../../../src/write/table-columns.js';
import { accountName, accountRow, accountsTable, exampleRow, longTableNotice, oneLineRow } from '../../fixtures/table-notice.js';
import { pageWords } from './measure.js';
import { brokenShortCells, loneCharacterLines, notePlacement, rowsOnFirstPage, wordsByPage } from './table-checks.js';

const folder = mkdtempSync(join(tmpdir(), 'tongbao-tables-'));
const session = createBrowserSession();
afterAll(() => session.close());

async function rendered(name: string, doc: NoticeDocument): Promise<string> {
  const [file] = await writePdf(doc, { browser: session.browser, printsPdf: true });
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, file?.bytes ?? new Uint8Array());
  return path;
}

const ROWS = 40;

describe('a long table in the PDF', () => {
  it('prints every short cell and every header on one line, and no cell with one character alone on a line', async () => {
    const path = await rendered('long', longTableNotice(ROWS));
    const rows = Array.from({ length: ROWS }, (_, i) => accountRow(i));
    expect(brokenShortCells(wordsByPage(path), rows)).toEqual([]);
    expect(loneCharacterLines(wordsByPage(path))).toEqual([]);
  });

  it('leaves no cell with one character alone on a line: the example’s owners, eight to a line, would end “…旅游/局”', async () => {
    const path = await rendered('example', longTableNotice(12, exampleRow));
    expect(loneCharacterLines(wordsByPage(path))).toEqual([]);
  });

  it('sets the columns to the widths the DOCX gets', async () => {
    const doc = longTableNotice(ROWS);
    const path = await rendered('widths', doc);
    const widthsMm = tableColumnWidths(accountsTable(doc)).map((twip) => (twip / 1440) * 25.4);
    // row 1's cells, all left-aligned: each starts one cell padding right of its column's edge
    const row = accountRow(0);
    const page = wordsByPage(path).findIndex((words) => words.includes(accountName(0))) + 1;
    const onPage = pageWords(path, page);
    const lefts = row.map((cell) => onPage.find((word) => cell.startsWith(word.text) && word.text.length > 0)!.left);
    const edges = widthsMm.slice(0, -1).map((_, column) => widthsMm.slice(0, column + 1).reduce((sum, width) => sum + width, 0));
    const offsets = lefts.slice(1).map((left) => left - lefts[0]!);
    // Chromium lays out in 1/64 px: within 0.2 mm
    expect(Math.max(...offsets.map((offset, column) => Math.abs(offset - edges[column]!)))).toBeLessThan(0.2);
  });

  it('keeps the note with the last row when the table fills a page', async () => {
    // all rows one line high: the rows that fill the table's first page, then a table of exactly those
    const probe = await rendered('probe', longTableNotice(60, oneLineRow));
    const rows = rowsOnFirstPage(probe);
    const path = await rendered('filled', longTableNotice(rows, oneLineRow));
    const placed = notePlacement(path, rows);
    expect(placed.note).toEqual(placed.lastRow);
    // the last row went over with the note: it had room on the page before, the note had not
    expect(placed.lastRow[0]).toBe(placed.rowBefore[0]! + 1);
  });
});
