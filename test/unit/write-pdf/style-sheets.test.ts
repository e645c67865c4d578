// The style sheets take every layout number from the variables generated out of
// src/layout/gbt9704.ts: they may use no variable that is not generated, and hold no
// length of their own in mm or pt.

import { describe, expect, it } from 'vitest';
import { fontVariables, printLayoutVariables, rootRule } from '../../../src/layout/css-vars.js';
import { readStyleSheet } from '../../../src/write/html/style-sheets.js';

const usedVariables = (css: string) => new Set([...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]));

describe('print.css', () => {
  it('uses only generated variables and no millimetre or point length of its own', async () => {
    const css = await readStyleSheet('print.css');
    const generated = { ...fontVariables(), ...printLayoutVariables({ sealDiameterMm: 45 }) };
    for (const name of usedVariables(css)) expect(Object.keys(generated), name).toContain(name);
    expect(css.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/\d\s*(mm|pt)\b/);
  });
});

describe('web.css', () => {
  it('uses only the generated font variables', async () => {
    const css = await readStyleSheet('web.css');
    for (const name of usedVariables(css)) expect(Object.keys(fontVariables()), name).toContain(name);
  });
});

describe('printLayoutVariables', () => {
  it('derives the pitches from the 156 × 225 mm text block, 28 characters by 22 lines', () => {
    const variables = printLayoutVariables();
    expect(variables['--char-pitch']).toBe('calc(156mm / 28)');
    expect(variables['--line-pitch']).toBe('calc(225mm / 22)');
    expect(variables['--letter-spacing']).toBe('calc(calc(156mm / 28) - 16pt - 0.01pt)');
    expect(variables['--margin-top']).toBe('37mm');
    expect(variables['--page-number-prefix']).toBe('"\u2014 "');
    expect(variables['--heading-1-font']).toBe('var(--font-heiti)');
    expect(variables['--seal-diameter']).toBeUndefined();
    expect(printLayoutVariables({ sealDiameterMm: 42 })['--seal-diameter']).toBe('42mm');
  });

  it('is written as one :root rule with a declaration per line', () => {
    expect(rootRule({ '--a': '1mm', '--b': 'var(--a)' })).toBe(':root {\n  --a: 1mm;\n  --b: var(--a);\n}\n');
  });
});
