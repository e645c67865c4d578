// The seal check without decoding pixels against a full PNG decoder (pngjs): whole images of
// every colour type and depth are whole for both; cut short they are damaged for both; with any
// one byte changed the check reports them all (every chunk's CRC), where pngjs misses some.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngProblem } from '../../../src/load/seal-image.js';

const DAMAGED = 'PNG 图片已损坏或不完整，无法显示';
const seal = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', '示例市', 'seal.png'));

function decodes(bytes: Buffer): boolean {
  try {
    PNG.sync.read(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A small image of the colour type and depth with pixels from the seed. */
function image(options: { width: number; height: number; colorType: 0 | 2 | 4 | 6; bitDepth: 8 | 16; seed: number }): Buffer {
  const png = new PNG({ width: options.width, height: options.height });
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 31 + options.seed * 17) % 256;
  return PNG.sync.write(png, { colorType: options.colorType, bitDepth: options.bitDepth, inputHasAlpha: true });
}

describe('the seal image check', () => {
  it('finds the example seal and images of each colour type and depth whole', () => {
    expect(pngProblem(seal)).toBeUndefined();
    for (const colorType of [0, 2, 4, 6] as const) {
      for (const bitDepth of [8, 16] as const) expect(pngProblem(image({ width: 7, height: 5, colorType, bitDepth, seed: 3 })), `${colorType}/${bitDepth}`).toBeUndefined();
    }
  });

  it('reports a file that is not a PNG apart from a damaged one', () => {
    expect(pngProblem(Buffer.from('GIF89a'))).toBe('不是 PNG 图片');
    expect(pngProblem(seal.subarray(0, 8))).toBe(DAMAGED);
  });

  it('reports every cut the decoder cannot read', () => {
    for (let length = 8; length < seal.length; length += 97) {
      const cut = seal.subarray(0, length);
      expect(pngProblem(cut), `cut at ${length}`).toBe(DAMAGED);
      expect(decodes(cut)).toBe(false);
    }
  });

  it('reports every image with one byte changed, even where the decoder reads one (pngjs skips a chunk whose type was changed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 2, 4, 6),
        fc.constantFrom(8, 16),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (colorType, bitDepth, where, change) => {
          const bytes = Buffer.from(image({ width: 9, height: 4, colorType: colorType as 0 | 2 | 4 | 6, bitDepth: bitDepth as 8 | 16, seed: where }));
          const at = 8 + (where % (bytes.length - 8));
          bytes[at] = bytes[at]! ^ change;
          expect(pngProblem(bytes)).toBe(DAMAGED);
        },
      ),
      { numRuns: 300 },
    );
  });
});
