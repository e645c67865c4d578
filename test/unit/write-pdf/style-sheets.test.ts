// The style sheets take every layout number from the variables generated out of
// src/layout/gbt9704.ts: they may use no variable that is not generated, and hold no
// length of their own in mm or pt.

import { describe, expect, it } from 'vitest';
import { fontVariables, printLayoutVariables, rootRule } from '../../../src/layout/css-vars.js';
import { readStyleSheet } from '../../../src/write/html/style-sheets.js';

const usedVariables = (css: string) => new Set([...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]));
/** custom properties a sheet sets itself, from the generated ones (e.g. a 版头's 文号 space) */
const ownVariables = (css: string) => [...css.matchAll(/^\s*(--[a-z0-9-]+):/gm)].map((m) => m[1]);

describe.each(['print.css', 'print-letter.css'] as const)('%s', (name) => {
  it('uses only generated variables and no millimetre or point length of its own', async () => {
    const css = await readStyleSheet(name);
    const generated = { ...fontVariables(), ...printLayoutVariables({ sealDiameterMm: 45 }) };
    const known = [...Object.keys(generated), ...ownVariables(await readStyleSheet('print.css'))];
    for (const variable of usedVariables(css)) expect(known, variable).toContain(variable);
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

  it('leaves enough blank lines above the 署名 that it lies below the seal centre: 2 for 42–45 mm, 3 for 60 mm', () => {
    const blankLines = (sealDiameterMm: number) => printLayoutVariables({ sealDiameterMm })['--signature-blank-lines-sealed'];
    expect([42, 45, 50, 60].map(blankLines)).toEqual(['2', '2', '2', '3']);
  });

  it('narrows an organ name wider than the text block about its centre, and only then', () => {
    expect(printLayoutVariables({ organName: '示例市人民政府办公室文件' })['--organ-scale']).toBe('1');
    // 16 characters of 36 pt are 203 mm: narrowed to the 156 mm text block
    expect(Number(printLayoutVariables({ organName: '示例省示例市人民政府办公室文件文' })['--organ-scale'])).toBeCloseTo(156 / 203.2, 2);
  });

  it('writes the organ name as a CSS string that cannot end early or close the style element', () => {
    expect(printLayoutVariables({ organName: '甲"乙\\丙</style>' })['--organ-name']).toBe('"甲\\22 乙\\5c 丙\\3c /style>"');
  });

  it('places the 版记 as measured: on the last page under the text, on the next page, or after a blank, unnumbered page', () => {
    const shared = printLayoutVariables({ colophon: { newPage: false, blankPageBefore: false, offsetMm: 12.3456 } });
    expect([shared['--colophon-break'], shared['--colophon-page'], shared['--colophon-blank-page'], shared['--colophon-offset']]).toEqual([
      'auto',
      'auto',
      'none',
      '12.34mm',
    ]);
    // 7.5: only a blank page before it leaves the 版记 page unnumbered
    const nextPage = printLayoutVariables({ colophon: { newPage: true, blankPageBefore: false, offsetMm: 204.5 } });
    expect([nextPage['--colophon-break'], nextPage['--colophon-page'], nextPage['--colophon-blank-page']]).toEqual(['page', 'auto', 'none']);
    const afterBlank = printLayoutVariables({ colophon: { newPage: true, blankPageBefore: true, offsetMm: 204.5 } });
    expect([afterBlank['--colophon-break'], afterBlank['--colophon-page'], afterBlank['--colophon-blank-page']]).toEqual([
      'page',
      'unnumbered',
      'block',
    ]);
  });

  it('is written as one :root rule with a declaration per line', () => {
    expect(rootRule({ '--a': '1mm', '--b': 'var(--a)' })).toBe(':root {\n  --a: 1mm;\n  --b: var(--a);\n}\n');
  });
});

describe('fontVariables', () => {
  it('puts the font the issuer chose first in its role, the defaults and the open fallbacks after it', () => {
    const variables = fontVariables({ fangsong: '仿宋' });
    expect(variables['--font-fangsong']).toMatch(/^"仿宋", "仿宋_GB2312", "FangSong_GB2312", "FangSong", /);
    expect(variables['--font-fangsong']).toMatch(/"Noto Serif CJK SC", serif$/);
    expect(variables['--font-fangsong']?.match(/"仿宋"/g)).toHaveLength(1);
    expect(variables['--font-heiti']).toBe(fontVariables()['--font-heiti']);
  });
});
