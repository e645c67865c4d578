// The README's table of error codes lists every code of the catalogue once, with its title.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { codeCatalogue } from '../../../src/diagnostics/codes.js';

it('the README lists every diagnostic code once, with the catalogue’s title', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| (TB\d{3}) \| (.+) \|$/gm)].map(([, code, title]) => ({ code, title }));
  for (const { code, title } of codeCatalogue()) {
    expect(rows.filter((row) => row.code === code), code).toEqual([{ code, title }]);
  }
});
