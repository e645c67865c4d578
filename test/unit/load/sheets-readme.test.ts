// The README's table of sheet headers is the vocabulary the reader uses: each field's row
// lists exactly the headers columns.ts answers to, for websites and for accounts.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { HEADERS, PLAIN_FIELDS } from '../../../src/load/sheets/columns.js';

it('the README lists each field’s headers as the sheet reader knows them', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const start = readme.indexOf('| 字段 | 网站表的列名 | 账号表的列名 |');
  const rows = readme.slice(start).split('\n\n')[0]?.split('\n').slice(2) ?? [];
  const listed = rows.map((row) => {
    const [, field = '', websites = '', accounts = ''] = /^\| `(\w+)` [^|]+ \| ([^|]+) \| ([^|]+) \|$/.exec(row) ?? [];
    const headers = (cell: string) => (cell.trim() === '—' ? [] : cell.trim().split('、'));
    return [field, headers(websites), headers(accounts)];
  });
  expect(listed).toEqual(PLAIN_FIELDS.map((field) => [field, [...(HEADERS.websites[field] ?? [])], [...(HEADERS.accounts[field] ?? [])]]));
});
