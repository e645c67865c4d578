// What a reader checks in a printed long table, on any PDF (Chromium's, or LibreOffice's
// rendering of the DOCX), from pdftotext's words: a short cell or a header never broken over two
// lines, no cell ending on a line with one character alone, and the note under the table on the
// page of its last row.

import { execFileSync } from 'node:child_process';
import { ACCOUNT_TYPES, SHORT_OWNERS, TABLE_NOTE } from '../../fixtures/table-notice.js';
import { pageCount, pageWords } from './measure.js';

const HEADERS = ['序号', '区/部门', '账号类型', '账号名称', '问题'];

/** Each page's words (runs of text between gaps), spaces removed (LibreOffice spaces out digits). */
export function wordsByPage(path: string): string[][] {
  return Array.from({ length: pageCount(path) }, (_, i) => pageWords(path, i + 1).map((word) => word.text.replace(/\s+/g, '')));
}

/**
 * Short cells and headers that did not print whole: each value of up to four characters
 * ("贺州市", "微信") must appear as a word of its own as often as the table holds it, and each
 * header once on every page the table runs over.
 */
export function brokenShortCells(pages: readonly string[][], rows: readonly string[][]): string[] {
  const words = pages.flat();
  const count = (value: string) => words.filter((word) => word === value).length;
  const faults: string[] = [];
  for (const value of [...SHORT_OWNERS, ...ACCOUNT_TYPES]) {
    const expected = rows.filter((row) => row.includes(value)).length;
    if (count(value) !== expected) faults.push(`“${value}” whole ${count(value)} times, in the table ${expected} times`);
  }
  pages.forEach((page, i) => {
    if (accountsOn(page.join('')).length === 0) return;
    for (const header of HEADERS) if (!page.includes(header)) faults.push(`page ${i + 1}: header “${header}” not whole`);
  });
  return faults;
}

/**
 * Lines of a table cell holding one Chinese character alone ("南湖区文化和旅游/局"): words of one
 * character, a closing mark after it at most, in the table (from its header row on) on each page.
 */
export function loneCharacterLines(pages: readonly string[][]): string[] {
  return pages
    .filter((page) => accountsOn(page.join('')).length > 0)
    // the table starts at its header row (repeated on every page)
    .flatMap((page, i) =>
      page
        .slice(page.indexOf(HEADERS[0]!))
        .filter((word) => /^\p{Script=Han}[）。，、]?$/u.test(word))
        .map((word) => `page ${i + 1}: “${word}”`),
    );
}

/** The row numbers whose account names ("第12号账号") a text holds. */
const accountsOn = (text: string): number[] => [...text.matchAll(/第(\d+)号账号/g)].map((m) => Number(m[1]));

/** Each page's text with spaces removed (LibreOffice spaces digits off from Chinese). */
function pageTexts(path: string): string[] {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, pageCount(path))
    .map((page) => page.replace(/\s+/g, ''));
}

/** Rows of the table that its first page holds. */
export function rowsOnFirstPage(path: string): number {
  const first = pageTexts(path).map(accountsOn).find((rows) => rows.includes(1));
  return Math.max(...(first ?? []));
}

/** The pages (from 1) where the note and the last two of the table's `rows` rows print. */
export function notePlacement(path: string, rows: number): { note: number[]; lastRow: number[]; rowBefore: number[] } {
  const pages = pageTexts(path);
  const pagesWith = (found: (text: string) => boolean) => pages.flatMap((text, i) => (found(text) ? [i + 1] : []));
  return {
    note: pagesWith((text) => text.includes(TABLE_NOTE.slice(0, 8))),
    lastRow: pagesWith((text) => accountsOn(text).includes(rows)),
    rowBefore: pagesWith((text) => accountsOn(text).includes(rows - 1)),
  };
}
