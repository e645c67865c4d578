// A sheet cell's value is decoded without a node when it has no problem (Decoder.decodePlain),
// and through its node otherwise. The two must agree: a value the plain path accepts decodes
// to the same value with no diagnostic through the node, and a value with a problem is never
// accepted by the plain path, so its diagnostic is still given.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { bool, decimal, identifier, isoDate, oneOf, text } from '../../../src/load/decoders.js';
import type { Decoder } from '../../../src/load/decoders.js';
import type { LocatedScalar, PlainScalar } from '../../../src/load/located.js';
import { booleanValue, dateValue, numberValue, statusValue, textValue } from '../../../src/load/sheets/values.js';

const place = { file: '账号.csv', line: 2, column: 1, cell: 'A2' };
const node = (scalar: PlainScalar): LocatedScalar => ({ kind: 'scalar', ...scalar, quoted: false, place, path: 'accounts[0].name', file: '/data/账号.csv' });

const decoders: ReadonlyArray<[string, Decoder<unknown>]> = [
  ['text', text],
  ['identifier', identifier],
  ['isoDate', isoDate],
  ['bool', bool],
  ['decimal', decimal],
  ['oneOf', oneOf(['运行', '关停', '建设中'])],
];

/** Cells as offices type them, read as a sheet reads them: fine values and values each decoder refuses. */
const cells: readonly PlainScalar[] = [
  ...['网站名称', ' 前后有空格 ', 'w05\u200b', '全角\u3000空格', '响铃\u0007', '\ud800残缺', '12', '１２．５', '27.50', '1e3', '0571'].flatMap((cell) => [textValue(cell), numberValue(cell)]),
  ...['是', '否', '✓', '也许'].map(booleanValue),
  ...['2025-03-01', '2025/3/1', '2025-02-30', '三月'].map(dateValue),
  ...['正常运行', '已关停', '维护'].map(statusValue),
  numberValue(27.5),
  numberValue(0.0000001),
];

describe('a sheet cell decoded without a node', () => {
  for (const [name, decoder] of decoders) {
    it(`agrees with ${name} decoding the cell's node`, () => {
      let accepted = 0;
      for (const cell of cells) {
        const sink: Diagnostic[] = [];
        const throughNode = decoder.decode(node(cell), sink);
        const plain = decoder.decodePlain?.(cell);
        if (plain === undefined) continue;
        accepted += 1;
        expect({ cell, value: throughNode, diagnostics: sink }).toEqual({ cell, value: plain, diagnostics: [] });
      }
      // the plain path is taken for the values offices nearly always type
      expect(accepted).toBeGreaterThan(0);
    });
  }

  it('leaves every value with a problem to the node, which reports it', () => {
    for (const [, decoder] of decoders) {
      for (const cell of cells) {
        const sink: Diagnostic[] = [];
        decoder.decode(node(cell), sink);
        if (sink.length > 0) expect({ cell, plain: decoder.decodePlain?.(cell) }).toEqual({ cell, plain: undefined });
      }
    }
  });
});
