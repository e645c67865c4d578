// The corpus of bad data files (test/bad): every case gives exactly the diagnostics its
// header expects (code, line, column, field), in Chinese, with a hint, at a place in the
// file that holds the mistake; the good files they are made from give none.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badCases, diagnosticsOf, goodProject, runCase } from './corpus.js';

const cases = badCases();

describe('the corpus of bad data files', () => {
  it('holds at least 100 cases, each with an expectation', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(cases.filter((c) => c.expected.length === 0).map((c) => c.name)).toEqual([]);
  });

  it('is made from good files that load, compute, compose and lint without a finding', async () => {
    const project = goodProject();
    try {
      expect(await diagnosticsOf(join(project.issuerFolder, '2025-q3.yaml'), project.root)).toEqual([]);
    } finally {
      project.remove();
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, badCase) => {
    const diagnostics = await runCase(badCase);
    const found = diagnostics.map((d, index) => {
      const expectedText = badCase.expected[index]?.message;
      return {
        code: d.code,
        line: d.place?.line,
        column: d.place?.column,
        ...(d.field ? { field: d.field } : {}),
        // a case that names text of the message matches when the message contains it, else shows the whole message
        ...(expectedText === undefined ? {} : { message: d.message.includes(expectedText) ? expectedText : d.message }),
      };
    });
    expect(found).toEqual(badCase.expected);
    for (const d of diagnostics) {
      expect(d.place?.file.endsWith(badCase.replaces), d.place?.file).toBe(true);
      expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      expect(d.hint).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
