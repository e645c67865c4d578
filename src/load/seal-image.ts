// The seal is an image printed over the signature: a PNG that must be whole. A file that only
// starts like a PNG (truncated, damaged in copying) would be embedded broken in the DOCX and
// silently left out of the PDF, so it is checked here, where its path was written. Whole means
// every chunk's CRC holds, the header comes first and the end last, and the image data inflates
// to exactly the bytes the header's size needs. That is what a decoder would find broken,
// without turning every pixel into RGBA: `check` runs after every edit, and no writer needs the
// pixels (the DOCX and the PDF embed the file as it is).

import { readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { dataPath, type Fallible } from './decoders.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Samples per pixel by PNG colour type (greyscale, RGB, palette, grey + alpha, RGBA). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Adam7's passes: first column and row, then column and row steps. */
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

interface Header {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly interlaced: boolean;
}

/** The filtered scanlines' length: a filter byte and the packed samples per row, per pass when interlaced. */
function filteredLength(header: Header): number {
  const bitsPerPixel = header.bitDepth * (CHANNELS[header.colourType] ?? Number.NaN);
  const rows = (width: number, height: number): number => (width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * bitsPerPixel) / 8)));
  if (!header.interlaced) return rows(header.width, header.height);
  return ADAM7.reduce((sum, [x, y, dx, dy]) => sum + rows(Math.ceil((header.width - x) / dx), Math.ceil((header.height - y) / dy)), 0);
}

/** The chunks in order, or undefined when one runs past the end or fails its CRC. */
function chunks(bytes: Buffer): Array<{ type: string; data: Buffer }> | undefined {
  const found: Array<{ type: string; data: Buffer }> = [];
  for (let at = PNG_SIGNATURE.length; at < bytes.length; ) {
    if (at + 12 > bytes.length) return undefined;
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    if (crc32(typeAndData) !== bytes.readUInt32BE(at + 8 + length)) return undefined;
    found.push({ type: typeAndData.toString('latin1', 0, 4), data: typeAndData.subarray(4) });
    at = end;
  }
  return found;
}

function isWhole(bytes: Buffer): boolean {
  const list = chunks(bytes);
  const first = list?.[0];
  if (!list || first?.type !== 'IHDR' || first.data.length !== 13 || list.at(-1)?.type !== 'IEND') return false;
  const header: Header = { width: first.data.readUInt32BE(0), height: first.data.readUInt32BE(4), bitDepth: first.data[8]!, colourType: first.data[9]!, interlaced: first.data[12] === 1 };
  const image = list.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data);
  if (image.length === 0 || (header.colourType === 3 && !list.some((chunk) => chunk.type === 'PLTE'))) return false;
  const expected = filteredLength(header);
  if (!Number.isFinite(expected) || expected === 0) return false;
  try {
    // one byte more than needed: image data that goes on past the size is broken too
    return inflateSync(Buffer.concat(image), { maxOutputLength: expected + 1 }).length === expected;
  } catch {
    return false;
  }
}

/** What is wrong with the bytes as a PNG image, in the user's words; undefined when they are a whole PNG. */
export function pngProblem(bytes: Buffer): string | undefined {
  if (!bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return '不是 PNG 图片';
  return isWhole(bytes) ? undefined : 'PNG 图片已损坏或不完整，无法显示';
}

/** A path to a whole PNG image inside the project, reported at the field that names it. */
export function pngImage(options: { projectRoot: string; purpose: string }): Fallible<string> {
  const path = dataPath({ ...options, kind: 'file' });
  return {
    ...path,
    decode(node, sink) {
      const file = path.decode(node, sink);
      if (file === undefined) return undefined;
      const problem = pngProblem(readFileSync(file));
      if (!problem) return file;
      sink.push(diagnose(CODES.imageNotPng, { path: node.kind === 'scalar' ? node.source : file, problem }, { place: node.place, field: node.path }));
      return undefined;
    },
  };
}
