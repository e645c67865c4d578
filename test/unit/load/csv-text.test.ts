// A CSV's bytes as text (decodeCsvText): UTF-8 with or without Excel's byte-order mark comes
// out as the very text that was saved, characters beyond the first 65,536 (written as two
// UTF-16 units in JavaScript) and a national sheet's size included.

import { describe, expect, it } from 'vitest';
import { decodeCsvText } from '../../../src/load/sheets/grid.js';

const ROWS = '编号,账号名称,平台\na000001,𠀀𪚥发布😀,微信公众号\r\na000002,ＡＢＣ　全角 · 符号—…,抖音\n';

describe('decodeCsvText', () => {
  it('gives back UTF-8 text as it was saved, with or without a byte-order mark', () => {
    expect(decodeCsvText(Buffer.from(ROWS, 'utf8'))).toBe(ROWS);
    expect(decodeCsvText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ROWS, 'utf8')]))).toBe(ROWS);
  });

  it('gives back a text of several megabytes whole, ASCII alone or mixed', () => {
    const mixed = ROWS.repeat(40_000);
    const ascii = 'id,name\nw00001,site\n'.repeat(100_000);
    expect(decodeCsvText(Buffer.from(mixed, 'utf8'))).toBe(mixed);
    expect(decodeCsvText(Buffer.from(ascii, 'utf8'))).toBe(ascii);
  });
});
