// The catalogue of diagnostic codes that the README lists: one meaning per code.

import { describe, expect, it } from 'vitest';
import { CODES, codeCatalogue } from '../../../src/diagnostics/codes.js';

describe('diagnostic code catalogue', () => {
  it('gives every entry its own TB1xx, TB2xx, TB3xx or TB4xx code, listed in order with a Chinese title', () => {
    const catalogue = codeCatalogue();
    expect(catalogue).toHaveLength(Object.keys(CODES).length);
    expect(new Set(catalogue.map(({ code }) => code)).size).toBe(catalogue.length);
    expect(catalogue.every(({ code, title }) => /^TB[1-4]\d\d$/.test(code) && /[\u4e00-\u9fff]/.test(title))).toBe(true);
    expect(catalogue.map(({ code }) => code)).toEqual([...catalogue.map(({ code }) => code)].sort());
  });
});
