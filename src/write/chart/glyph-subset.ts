// A TrueType font cut down to the glyphs a chart draws, for resvg. resvg (its font database, as
// @resvg/resvg-js builds it) reads the whole font file afresh for every glyph it shapes or outlines:
// for the example's one chart 121 reads of the 16.8 MB wqy-zenhei.ttc, 2 GB copied, 0.3 s of CPU;
// with the glyphs alone the file is about a megabyte and the chart takes 35 ms. @resvg/resvg-js
// takes fonts only as files on Node (fontBuffers is for its WebAssembly build).
//
// Only the outlines go: every other table is kept as it is and every glyph keeps its id, so cmap,
// metrics and layout tables still hold and the PNG comes out byte for byte as from the whole
// font. A glyph not kept is an empty outline. Fonts with CFF outlines (OpenType 'OTTO', Noto CJK)
// are left whole: they have no glyf table to cut.

const TRUETYPE_VERSIONS = new Set([0x00010000, 0x74727565 /* 'true' */]);
const COLLECTION_TAG = 0x74746366; // 'ttcf'

interface Table {
  readonly tag: string;
  readonly checksum: number;
  readonly offset: number;
  readonly length: number;
}

/** Makes sure `length` bytes from `offset` of the font are there to be read (see font-file.ts). */
export type LoadFontBytes = (offset: number, length: number) => void;

/** The versions of a face with CFF outlines ('OTTO') or TrueType ones. */
const ALL_OUTLINES = new Set([...TRUETYPE_VERSIONS, 0x4f54544f]);

function tablesOf(font: DataView, faceOffset: number, load: LoadFontBytes, versions = TRUETYPE_VERSIONS): Map<string, Table> | undefined {
  load(faceOffset, 12);
  if (!versions.has(font.getUint32(faceOffset))) return undefined;
  const count = font.getUint16(faceOffset + 4);
  load(faceOffset + 12, 16 * count);
  const tables = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const record = faceOffset + 12 + 16 * i;
    const tag = String.fromCharCode(font.getUint8(record), font.getUint8(record + 1), font.getUint8(record + 2), font.getUint8(record + 3));
    tables.set(tag, { tag, checksum: font.getUint32(record + 4), offset: font.getUint32(record + 8), length: font.getUint32(record + 12) });
  }
  return tables;
}

/** The faces of a font file by their offsets: one for a .ttf, each of a collection's for a .ttc. */
function faceOffsets(font: DataView, load: LoadFontBytes): number[] {
  load(0, 12);
  if (font.getUint32(0) !== COLLECTION_TAG) return [0];
  load(12, 4 * font.getUint32(8));
  return Array.from({ length: font.getUint32(8) }, (_, i) => font.getUint32(12 + 4 * i));
}

const MACINTOSH = 1;
const WINDOWS = 3;
/** name IDs: the family, and the typographic family a font may give instead */
const FAMILY = 1;
const TYPOGRAPHIC_FAMILY = 16;

/** The face's names of the records `wanted` accepts: Macintosh records as single bytes, the others as UTF-16. */
function names(font: DataView, name: Table, wanted: (platform: number, nameId: number) => boolean): string[] {
  const count = font.getUint16(name.offset + 2);
  const strings = name.offset + font.getUint16(name.offset + 4);
  const found: string[] = [];
  for (let i = 0; i < count; i++) {
    const record = name.offset + 6 + 12 * i;
    const platform = font.getUint16(record);
    if (!wanted(platform, font.getUint16(record + 6))) continue;
    const start = strings + font.getUint16(record + 10);
    const length = font.getUint16(record + 8);
    let text = '';
    if (platform === MACINTOSH) for (let at = start; at < start + length; at += 1) text += String.fromCharCode(font.getUint8(at));
    else for (let at = start; at < start + length; at += 2) text += String.fromCharCode(font.getUint16(at));
    found.push(text);
  }
  return found;
}

/** The face's family names (name ID 1) in the Windows Unicode records, where every CJK font names itself. */
function familyNames(font: DataView, name: Table): string[] {
  return names(font, name, (platform, nameId) => platform === WINDOWS && nameId === FAMILY);
}

/**
 * Every family name of every face of a font file, in any record, typographic ones too: more than
 * resvg's font database goes by, never fewer.
 */
export function allFamilyNames(options: { font: Uint8Array; load?: LoadFontBytes }): string[] {
  const { font: bytes, load = () => {} } = options;
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return faceOffsets(font, load).flatMap((offset) => {
    const name = tablesOf(font, offset, load, ALL_OUTLINES)?.get('name');
    if (!name) return [];
    load(name.offset, name.length);
    return names(font, name, (_, nameId) => nameId === FAMILY || nameId === TYPOGRAPHIC_FAMILY);
  });
}

/** A code point's glyph through the cmap's Unicode subtable: format 12 (all planes) or 4 (the BMP). */
function glyphLookup(font: DataView, cmap: Table): ((codePoint: number) => number) | undefined {
  const count = font.getUint16(cmap.offset + 2);
  const subtables = Array.from({ length: count }, (_, i) => {
    const record = cmap.offset + 4 + 8 * i;
    const offset = cmap.offset + font.getUint32(record + 4);
    return { platform: font.getUint16(record), encoding: font.getUint16(record + 2), offset, format: font.getUint16(offset) };
  });
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  if (full) {
    const groups = font.getUint32(full.offset + 12);
    return (codePoint) => {
      for (let i = 0; i < groups; i++) {
        const group = full.offset + 16 + 12 * i;
        const first = font.getUint32(group);
        if (codePoint >= first && codePoint <= font.getUint32(group + 4)) return font.getUint32(group + 8) + codePoint - first;
      }
      return 0;
    };
  }
  const basic = subtables.find((s) => unicode(s) && s.format === 4);
  if (!basic) return undefined;
  const segments = font.getUint16(basic.offset + 6) / 2;
  const ends = basic.offset + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.getUint16(ends + 2 * i)) continue;
      const start = font.getUint16(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = font.getInt16(deltas + 2 * i);
      const rangeOffset = font.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

// composite glyph flags (OpenType glyf table)
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_X_AND_Y_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

/** The glyphs a composite glyph is built from. */
function components(font: DataView, glyph: { offset: number; length: number }): number[] {
  if (glyph.length === 0 || font.getInt16(glyph.offset) >= 0) return [];
  const found: number[] = [];
  let at = glyph.offset + 10;
  for (;;) {
    const flags = font.getUint16(at);
    found.push(font.getUint16(at + 2));
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2) + (flags & HAS_SCALE ? 2 : flags & HAS_X_AND_Y_SCALE ? 4 : flags & HAS_TWO_BY_TWO ? 8 : 0);
    if (!(flags & MORE_COMPONENTS)) return found;
  }
}

const padded = (length: number) => (length + 3) & ~3;

export interface CutFont {
  /** the TrueType file */
  readonly file: Uint8Array;
  /** whether the face has a glyph for every character of the text */
  readonly hasEveryCharacter: boolean;
}

/**
 * The face of `font` named `family`, with the outlines of `text`'s characters only, as a
 * TrueType file of its own; undefined when the font has no such face or no TrueType outlines.
 * `font` may hold only the parts `load` has read (font-file.ts): every part looked at is loaded first.
 */
export function fontWithGlyphsOf(options: { font: Uint8Array; family: string; text: string; load?: LoadFontBytes }): CutFont | undefined {
  const { font: bytes, family, text, load = () => {} } = options;
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const face = faceOffsets(font, load).find((offset) => {
    const name = tablesOf(font, offset, load)?.get('name');
    if (name) load(name.offset, name.length);
    return name !== undefined && familyNames(font, name).includes(family);
  });
  const tables = face === undefined ? undefined : tablesOf(font, face, load);
  const [head, maxp, loca, glyf, cmap] = ['head', 'maxp', 'loca', 'glyf', 'cmap'].map((tag) => tables?.get(tag));
  if (!tables || !head || !maxp || !loca || !glyf || !cmap) return undefined;
  // every table but the outlines is read and kept whole; of the outlines, only the glyphs kept
  for (const table of tables.values()) if (table !== glyf) load(table.offset, table.length);
  const glyphOf = glyphLookup(font, cmap);
  if (!glyphOf) return undefined;

  const glyphCount = font.getUint16(maxp.offset + 4);
  const longOffsets = font.getInt16(head.offset + 50) === 1;
  const glyphAt = (id: number) => {
    const start = longOffsets ? font.getUint32(loca.offset + 4 * id) : 2 * font.getUint16(loca.offset + 2 * id);
    const end = longOffsets ? font.getUint32(loca.offset + 4 * id + 4) : 2 * font.getUint16(loca.offset + 2 * id + 2);
    load(glyf.offset + start, end - start);
    return { offset: glyf.offset + start, length: end - start };
  };
  // .notdef, every character's glyph, and the glyphs those are built from
  const kept = new Set<number>([0]);
  const characters = [...new Set(text)];
  const pending = characters.map((character) => glyphOf(character.codePointAt(0)!));
  // a character without a glyph is one resvg looks for in its other fonts (line breaks and other controls are never drawn)
  const hasEveryCharacter = characters.every((character, i) => character < ' ' || pending[i] !== 0);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id >= glyphCount || kept.has(id)) continue;
    kept.add(id);
    pending.push(...components(font, glyphAt(id)));
  }

  // the new glyf and loca (long offsets: the glyf may no longer fit the short form's arithmetic)
  const keptIds = [...kept].filter((id) => id < glyphCount).sort((a, b) => a - b);
  const newGlyf = new Uint8Array(keptIds.reduce((sum, id) => sum + padded(glyphAt(id).length), 0));
  const newLoca = new DataView(new ArrayBuffer(4 * (glyphCount + 1)));
  let written = 0;
  let next = 0;
  for (let id = 0; id < glyphCount; id++) {
    newLoca.setUint32(4 * id, written);
    if (keptIds[next] !== id) continue;
    next++;
    const glyph = glyphAt(id);
    newGlyf.set(bytes.subarray(glyph.offset, glyph.offset + glyph.length), written);
    written += padded(glyph.length);
  }
  newLoca.setUint32(4 * glyphCount, written);
  // a copy: a Node Buffer's slice() would share, and change, the font read once per process
  const newHead = new Uint8Array(bytes.subarray(head.offset, head.offset + head.length));
  new DataView(newHead.buffer).setInt16(50, 1);

  const replaced = new Map<string, Uint8Array>([
    ['glyf', newGlyf],
    ['loca', new Uint8Array(newLoca.buffer)],
    ['head', newHead],
  ]);
  // a table kept as it is keeps its checksum: summing a megabyte of them costs more than the rest
  const entries = [...tables.values()].map((table) => {
    const data = replaced.get(table.tag);
    return data ? { tag: table.tag, data, checksum: checksum(data) } : { tag: table.tag, data: bytes.subarray(table.offset, table.offset + table.length), checksum: table.checksum };
  });
  return { file: sfnt(entries), hasEveryCharacter };
}

/** A single-face font file of these tables, in this order (the directory's), each 4-byte aligned. */
function sfnt(tables: readonly { tag: string; data: Uint8Array; checksum: number }[]): Uint8Array {
  const directoryLength = 12 + 16 * tables.length;
  const out = new Uint8Array(directoryLength + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  const view = new DataView(out.buffer);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(tables.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, Math.floor(Math.log2(tables.length)));
  view.setUint16(10, 16 * tables.length - searchRange);
  let at = directoryLength;
  tables.forEach(({ tag, data, checksum }, i) => {
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) view.setUint8(record + c, tag.charCodeAt(c));
    view.setUint32(record + 4, checksum);
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, data.length);
    out.set(data, at);
    at += padded(data.length);
  });
  return out;
}

/** A table's checksum: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    sum = (sum + (((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0))) >>> 0;
  }
  return sum;
}
