// The TrueType programs Chromium embedded in the PDF (FontFile2 streams), by the font's PDF name:
// the OFD embeds these same subsets, so it draws exactly the glyphs the PDF draws, at no cost of
// subsetting again. pdf.js hands out only fonts it has converted for the browser, with their
// glyphs renumbered, so the streams are read from the bytes here, found through the
// cross-reference tables (pdf-objects.ts). Only the object syntax that Chromium's PDF writer
// (Skia) uses is read: plain objects, direct lengths, Flate streams.

import { inflateSync } from 'node:zlib';
import { pdfObjects, type PdfObjects } from '../pdf/pdf-objects.js';

export interface EmbeddedFont {
  /** the PDF name with its subset tag, e.g. AAAAAA+BousungEG-Light-GB: unique per embedded subset */
  readonly pdfName: string;
  /** the family the font's name table gives (e.g. AR PL SungtiL GB): how readers that use installed fonts find it */
  readonly family: string;
  readonly bytes: Uint8Array;
}

/** Every FontFile2 the PDF embeds, keyed by the font's PDF name. */
export function embeddedFonts(pdf: Uint8Array): Map<string, EmbeddedFont> {
  // latin1 maps each byte to one character, so string offsets are byte offsets
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = pdfObjects(text);
  const fonts = new Map<string, EmbeddedFont>();
  for (const descriptor of text.matchAll(/\/FontName\s*\/([^\s/<>[\]()]+)[^>]*?\/FontFile2\s+(\d+)\s+0\s+R/g)) {
    const pdfName = descriptor[1]!;
    const bytes = streamBytes({ text, pdf, objects }, Number(descriptor[2]));
    fonts.set(pdfName, { pdfName, family: familyName(bytes) ?? pdfName.replace(/^[A-Z]{6}\+/, ''), bytes });
  }
  return fonts;
}

/** The decoded bytes of stream object `number`. */
function streamBytes(file: { text: string; pdf: Uint8Array; objects: PdfObjects }, number: number): Uint8Array {
  const { text, pdf, objects } = file;
  const at = objects.offset(number);
  const object = at === undefined ? null : /^\s*\d+ 0 obj\s*<<([^]*?)>>\s*stream\r?\n/.exec(text.slice(at, at + 4096));
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(object?.[1] ?? '');
  if (at === undefined || !object || !length) throw new Error(`PDF 中的字体流 ${number} 不是预期的格式，无法写入 OFD`);
  const start = at + object[0].length;
  const raw = pdf.subarray(start, start + Number(length[1]));
  return /\/FlateDecode/.test(object[1]!) ? new Uint8Array(inflateSync(raw)) : raw;
}

/** nameID 1 (font family) from the sfnt name table's Windows records, the English one first (the name fontconfig and Windows match). */
export function familyName(font: Uint8Array): string | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let name: number | undefined;
  for (let t = 0; t < tables; t++) {
    const at = 12 + t * 16;
    if (String.fromCharCode(...font.subarray(at, at + 4)) === 'name') name = view.getUint32(at + 8);
  }
  if (name === undefined) return undefined;
  const count = view.getUint16(name + 2);
  const strings = name + view.getUint16(name + 4);
  const families = Array.from({ length: count }, (_, r) => {
    const at = name + 6 + r * 12;
    const [platform, , language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((k) => view.getUint16(at + k)) as [number, number, number, number, number, number];
    return { platform, language, nameId, text: () => Buffer.from(font.subarray(strings + offset, strings + offset + length)).swap16().toString('utf16le') };
  }).filter((record) => record.nameId === 1 && record.platform === 3);
  const ENGLISH = 0x409;
  return (families.find((record) => record.language === ENGLISH) ?? families[0])?.text();
}
