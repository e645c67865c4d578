// What a reader checks in a printed long table, on any PDF (Chromium's, or LibreOffice's
// rendering of the DOCX), from pdftotext's words: a short cell or a header never broken over two
// lines, and the note under the table on the page of its last row.

import { execFileSync } from 'node:child_process';
import { ACCOUNT_TYPES, SHORT_OWNERS, TABLE_NOTE, accountName } from '../../fixtures/table-notice.js';
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
    if (!page.some((word) => /^第\d+号账号$/.test(word))) return;
    for (const header of HEADERS) if (!page.includes(header)) faults.push(`page ${i + 1}: header “${header}” not whole`);
  });
  return faults;
}

/** The pages (from 1) whose text holds `text`, spaces removed. */
export function pagesWith(path: string, text: string): number[] {
  const pages = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).split('\f').slice(0, pageCount(path));
  return pages.flatMap((page, i) => (page.replace(/\s+/g, '').includes(text) ? [i + 1] : []));
}

/** Rows of the table on its first page: the last row index (from 0) whose account name is on it. */
export function lastRowOnFirstPage(pages: readonly string[][]): number {
  const first = pages.findIndex((page) => page.includes(accountName(0)));
  return Math.max(...pages[first]!.flatMap((word) => /^第(\d+)号账号$/.exec(word)?.[1] ?? []).map(Number)) - 1;
}

/** Where the note and the table's last row (`rows` rows) print. */
export function notePlacement(path: string, rows: number): { note: number[]; lastRow: number[]; rowBefore: number[] } {
  return { note: pagesWith(path, TABLE_NOTE.slice(0, 8)), lastRow: pagesWith(path, accountName(rows - 1)), rowBefore: pagesWith(path, accountName(rows - 2)) };
}
