// The font cut down to a chart's glyphs: resvg draws the text with it exactly as with the whole
// font (CJK glyphs here are often composites, built from other glyphs), the file is a small part
// of the font, the font read once per process is left as it was for the next chart, and fonts
// without TrueType outlines or without the family asked for are left whole.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { partlyReadFile } from '../../../src/write/chart/font-file.js';
import { fontWithGlyphsOf } from '../../../src/write/chart/glyph-subset.js';

const ZEN_HEI = { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei' };
const NOTO_SANS = { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' };

// ≈ ≦ ‖ ℅ are composite glyphs in Zen Hei, drawn from other glyphs of the font
const TEXT = '政府网站一级扣分指标2025年第三季度与第二季度平均得分指数对比：发布解读、办事服务、互动交流、功能设计 0.83≈0.8 ≦1 ‖ ℅';
const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="60"><text x="10" y="40" font-size="20" font-family="'${ZEN_HEI.family}'">${text}</text></svg>`;

const folder = mkdtempSync(join(tmpdir(), 'tongbao-glyph-subset-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function png(text: string, fontFile: string): Promise<Buffer> {
  const font = { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: ZEN_HEI.family };
  return Buffer.from((await renderAsync(svg(text), { background: 'white', font })).asPng());
}

describe.skipIf(!existsSync(ZEN_HEI.file))('fontWithGlyphsOf', () => {
  const font = readFileSync(ZEN_HEI.file);

  it('draws the text as the whole font does, from a file of a small part of its size', async () => {
    const digest = createHash('sha256').update(font).digest('hex');
    const cut = fontWithGlyphsOf({ font, family: ZEN_HEI.family, text: TEXT })!.file;
    expect(cut.length).toBeLessThan(font.length / 10);
    const file = join(folder, 'cut.ttf');
    writeFileSync(file, cut);
    expect((await png(TEXT, file)).equals(await png(TEXT, ZEN_HEI.file))).toBe(true);
    // a character left out has no outline: drawn with the cut font it is missing
    expect((await png(`${TEXT}通`, file)).equals(await png(`${TEXT}通`, ZEN_HEI.file))).toBe(false);
    // the font bytes read once per process serve the next chart unchanged
    expect(createHash('sha256').update(font).digest('hex')).toBe(digest);
    expect(Buffer.from(fontWithGlyphsOf({ font, family: ZEN_HEI.family, text: TEXT })!.file).equals(Buffer.from(cut))).toBe(true);
  });

  it('cuts the same font from a file read only where it looks, a small part of the file', () => {
    const file = partlyReadFile(ZEN_HEI.file);
    let read = 0;
    const load = (offset: number, length: number) => {
      read += length;
      file.load(offset, length);
    };
    const cut = fontWithGlyphsOf({ font: file.bytes, load, family: ZEN_HEI.family, text: TEXT })!.file;
    expect(Buffer.from(cut).equals(Buffer.from(fontWithGlyphsOf({ font, family: ZEN_HEI.family, text: TEXT })!.file))).toBe(true);
    expect(read).toBeLessThan(font.length / 10);
    // what it did not read is still unread: the bytes of the other faces' tables are zeros
    expect(file.bytes.subarray(file.bytes.length - 4096).every((byte) => byte === 0)).toBe(true);
  });

  it('leaves a font whole when it has no face of that family', () => {
    expect(fontWithGlyphsOf({ font, family: 'SimHei', text: TEXT })).toBeUndefined();
  });

  it.skipIf(!existsSync(NOTO_SANS.file))('leaves a font with CFF outlines whole', () => {
    expect(fontWithGlyphsOf({ font: readFileSync(NOTO_SANS.file), family: NOTO_SANS.family, text: TEXT })).toBeUndefined();
  });
});
