// Measuring rendered PDFs the way a reader with a ruler would: rasterised ink (pdftoppm → PNM,
// parsed here) for positions on the page, and pdftotext's word boxes for what the words are and
// where they start. Every length is in millimetres from the page's top-left corner.

import { execFileSync } from 'node:child_process';

export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  /** where the raster's top-left pixel lies on the page, when only part of it was rasterised */
  readonly origin: { readonly left: number; readonly top: number };
  /** 1 channel (grey) or 3 (RGB) per pixel */
  readonly channels: 1 | 3;
  readonly pixels: Uint8Array;
}

/** A P5 (grey) or P6 (RGB) image with 8-bit samples, as pdftoppm writes them. */
export function parsePnm(bytes: Uint8Array, dpi: number, origin = { left: 0, top: 0 }): Raster {
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset] ?? 0))) offset += 1;
    let token = '';
    while (offset < bytes.length && !/\s/.test(String.fromCharCode(bytes[offset] ?? 0))) token += String.fromCharCode(bytes[offset++] ?? 0);
    header.push(token);
  }
  offset += 1; // the single whitespace after the maximum value
  const [magic, width, height, maximum] = header;
  if ((magic !== 'P5' && magic !== 'P6') || maximum !== '255') throw new Error(`not an 8-bit P5/P6 image: ${header.join(' ')}`);
  const channels = magic === 'P5' ? 1 : 3;
  return { width: Number(width), height: Number(height), dpi, origin, channels, pixels: bytes.subarray(offset) };
}

const mmOf = (pixels: number, dpi: number) => (pixels * 25.4) / dpi;
const pixelOf = (mm: number, dpi: number) => Math.round((mm * dpi) / 25.4);

/**
 * One page rasterised: grey by default (ink), RGB to tell red from black; only the `area` of it
 * when given (fine resolutions of a whole page are slow).
 */
export function rasterize(options: { path: string; page: number; dpi?: number; colour?: boolean; area?: Box }): Raster {
  const dpi = options.dpi ?? 100;
  const page = String(options.page);
  const area = options.area;
  const crop = area
    ? ['-x', pixelOf(area.left, dpi), '-y', pixelOf(area.top, dpi), '-W', pixelOf(area.right - area.left, dpi), '-H', pixelOf(area.bottom - area.top, dpi)].map(String)
    : [];
  const args = ['-r', String(dpi), '-f', page, '-l', page, ...crop, ...(options.colour ? [] : ['-gray']), options.path];
  const origin = area ? { left: mmOf(pixelOf(area.left, dpi), dpi), top: mmOf(pixelOf(area.top, dpi), dpi) } : undefined;
  return parsePnm(execFileSync('pdftoppm', args, { maxBuffer: 256 * 1024 * 1024 }), dpi, origin);
}

export type InkTest = (pixel: { r: number; g: number; b: number }) => boolean;

/** Printed black (or grey text anti-aliased past half). */
export const dark: InkTest = ({ r, g, b }) => (r + g + b) / 3 < 128;
/** The seal's and the 版头's red. */
export const red: InkTest = ({ r, g, b }) => r > 150 && g < 110 && b < 110;

/** Rows of ink inside a region, as bands of consecutive inked rows with their horizontal extent. */
export function inkBands(raster: Raster, test: InkTest, region: Partial<Box> = {}): Box[] {
  const { width, height, dpi, channels, pixels, origin } = raster;
  const x0 = Math.max(0, pixelOf((region.left ?? 0) - origin.left, dpi));
  const x1 = Math.min(width, pixelOf((region.right ?? Infinity) - origin.left, dpi));
  const y0 = Math.max(0, pixelOf((region.top ?? 0) - origin.top, dpi));
  const y1 = Math.min(height, pixelOf((region.bottom ?? Infinity) - origin.top, dpi));
  const bands: Array<{ top: number; bottom: number; left: number; right: number }> = [];
  for (let y = y0; y < y1; y += 1) {
    let left = -1;
    let right = -1;
    for (let x = x0; x < x1; x += 1) {
      const i = (y * width + x) * channels;
      const r = pixels[i] ?? 255;
      const pixel = channels === 1 ? { r, g: r, b: r } : { r, g: pixels[i + 1] ?? 255, b: pixels[i + 2] ?? 255 };
      if (!test(pixel)) continue;
      if (left < 0) left = x;
      right = x;
    }
    if (left < 0) continue;
    const last = bands.at(-1);
    if (last && last.bottom === y) Object.assign(last, { bottom: y + 1, left: Math.min(last.left, left), right: Math.max(last.right, right + 1) });
    else bands.push({ top: y, bottom: y + 1, left, right: right + 1 });
  }
  return bands.map((b) => ({
    top: origin.top + mmOf(b.top, dpi),
    bottom: origin.top + mmOf(b.bottom, dpi),
    left: origin.left + mmOf(b.left, dpi),
    right: origin.left + mmOf(b.right, dpi),
  }));
}

/** The bounding box of all ink inside a region. */
export function inkBox(raster: Raster, test: InkTest, region: Partial<Box> = {}): Box | undefined {
  const bands = inkBands(raster, test, region);
  if (bands.length === 0) return undefined;
  return {
    top: bands[0]!.top,
    bottom: bands.at(-1)!.bottom,
    left: Math.min(...bands.map((b) => b.left)),
    right: Math.max(...bands.map((b) => b.right)),
  };
}

export interface Word extends Box {
  readonly text: string;
}

const POINTS_PER_MM = 72 / 25.4;

/** pdftotext's words of one page, with their boxes (horizontal edges are exact, vertical ones follow font metrics). */
export function pageWords(path: string, page: number): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  const words = xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g);
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...words].map((m) => ({
    left: Number(m[1]) / POINTS_PER_MM,
    top: Number(m[2]) / POINTS_PER_MM,
    right: Number(m[3]) / POINTS_PER_MM,
    bottom: Number(m[4]) / POINTS_PER_MM,
    text: unescape(m[5] ?? ''),
  }));
}

/**
 * Words of one Chinese character (a closing mark after it at most) set in 4号, the size of table
 * text (14 pt: 4.6 to 5.8 mm high by font metrics): a table cell's last line with one character alone.
 */
export function loneTableLines(words: readonly Word[]): Word[] {
  return words.filter((word) => /^\p{Script=Han}[）。，、]?$/u.test(word.text) && word.bottom - word.top > 4.6 && word.bottom - word.top < 5.8);
}

export function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

/** The "— N —" page number on a page: its three words, or undefined when the page has none. */
export function pageNumberWords(words: readonly Word[]): { number: number; box: Box } | undefined {
  const at = words.findIndex((w, i) => w.text === '\u2014' && /^\d+$/.test(words[i + 1]?.text ?? '') && words[i + 2]?.text === '\u2014');
  if (at < 0) return undefined;
  const [first, number, last] = [words[at]!, words[at + 1]!, words[at + 2]!];
  return { number: Number(number.text), box: { top: first.top, bottom: first.bottom, left: first.left, right: last.right } };
}

/** The text lines of a page's text block (page number left out), top down: words on one baseline joined, with where the line ends on the right. */
export function textBlockLineBoxes(path: string, page: number): Array<{ top: number; right: number; text: string }> {
  const words = pageWords(path, page).filter((w) => w.top > 30 && w.bottom < 266);
  const lines: Array<{ top: number; right: number; text: string }> = [];
  for (const word of words) {
    const line = lines.find((l) => Math.abs(l.top - word.top) < 1.5);
    if (line) Object.assign(line, { text: line.text + word.text, right: Math.max(line.right, word.right) });
    else lines.push({ top: word.top, right: word.right, text: word.text });
  }
  return lines.sort((a, b) => a.top - b.top);
}

/** The text lines of a page's text block (page number left out): words on one baseline joined. */
export function textBlockLines(path: string, page: number): string[] {
  return textBlockLineBoxes(path, page).map((l) => l.text);
}

/**
 * What a proofreader marks in the closing block of a rendering (tongbao's PDF or LibreOffice's of
 * the DOCX), for a notice without a red 版头: a page holding only the 附注; 署名, 成文日期 and 附注
 * not on one page, or that page without body text (此页无正文); red ink (the seal) on another
 * page, or reaching out of the text block (37–262 mm).
 */
export function closingFaults(path: string, closing: { issuer: string; date: string; annotation: string; /** the characters body lines are made of */ bodyText: string }): string[] {
  const faults: string[] = [];
  const pageOf = (text: string) => pagesWith((line) => line.includes(text));
  const pages = Array.from({ length: pageCount(path) }, (_, i) => i + 1);
  const lines = new Map(pages.map((page) => [page, textBlockLines(path, page).map((l) => l.replace(/\s+/g, ''))]));
  function pagesWith(test: (line: string) => boolean) {
    return pages.filter((page) => lines.get(page)!.some(test));
  }
  for (const page of pages) {
    const text = lines.get(page)!;
    if (text.length > 0 && text.every((line) => line === closing.annotation)) faults.push(`p${page}: only the 附注`);
  }
  const [issuerPage, datePage, annotationPage] = [pageOf(closing.issuer), pageOf(closing.date), pageOf(closing.annotation)];
  if (issuerPage.length !== 1 || datePage.length !== 1 || annotationPage.length !== 1) faults.push(`署名 p${issuerPage}, 日期 p${datePage}, 附注 p${annotationPage}`);
  else if (issuerPage[0] !== datePage[0] || datePage[0] !== annotationPage[0]) faults.push(`署名 p${issuerPage}, 日期 p${datePage}, 附注 p${annotationPage}`);
  const signaturePage = datePage[0];
  const isBodyLine = (line: string) => line.length > 0 && [...line].every((c) => closing.bodyText.includes(c));
  if (signaturePage && !lines.get(signaturePage)!.some(isBodyLine))
    faults.push(`p${signaturePage}: the signature without body text`);
  for (const page of pages) {
    const seal = inkBox(rasterize({ path, page, dpi: 50, colour: true }), red);
    if (!seal) continue;
    if (page !== signaturePage) faults.push(`p${page}: red ink away from the signature's page`);
    else if (seal.top < 37 - 0.5 || seal.bottom > 262 + 0.6) faults.push(`p${page}: the seal out of the text block (${seal.top.toFixed(1)}–${seal.bottom.toFixed(1)} mm)`);
  }
  return faults;
}

/** The grid: 22 lines in the 225 mm text block, whose bottom edge is 262 mm from the page's top. */
const TEXT_BOTTOM_MM = 262;
const LINE_PITCH_MM = 225 / 22;

/**
 * Pages that end early: how many grid lines lie blank between a page's last text (the page number
 * left out) and the text block's bottom edge, for each page that must be filled — every page but
 * the last, the page where the body ends (the one with `bodyEndLine`, e.g. the 成文日期, on a line
 * of its own), and a page before an attachment's first page (附件N on its first line), a blank
 * page or the 版记 (印发).
 */
export function earlyPageEnds(path: string, bodyEndLine: string): Array<{ page: number; blankLines: number }> {
  const count = pageCount(path);
  const lines = Array.from({ length: count }, (_, i) => textBlockLines(path, i + 1).map((line) => line.replace(/\s+/g, '')));
  const exempt = (page: number) => {
    const next = lines[page];
    return page === count || lines[page - 1]!.includes(bodyEndLine) || !next || next.length === 0 || /^附件\d*$/.test(next[0]!) || next.some((line) => line.includes('印发'));
  };
  const ends: Array<{ page: number; blankLines: number }> = [];
  for (let page = 1; page <= count; page += 1) {
    if (exempt(page)) continue;
    const words = pageWords(path, page);
    const number = pageNumberWords(words);
    const bottom = Math.max(...words.filter((word) => !number || word.bottom < number.box.top - 1).map((word) => word.bottom));
    ends.push({ page, blankLines: (TEXT_BOTTOM_MM - bottom) / LINE_PITCH_MM });
  }
  return ends;
}

/**
 * Grid lines a page leaves blank under its last text line, from the glyphs' bottom (by font
 * metrics, a little above the line's) to the text block's bottom edge at 262 mm.
 */
export function blankLinesAtFoot(path: string, page: number): number {
  const words = pageWords(path, page).filter((w) => w.top > 30 && w.bottom < 266);
  if (words.length === 0) return 22;
  return (TEXT_BOTTOM_MM - Math.max(...words.map((w) => w.bottom))) / LINE_PITCH_MM;
}

/** The page whose text block holds a line containing `text` (white space ignored), or undefined. */
export function pageHolding(path: string, text: string): number | undefined {
  const pages = Array.from({ length: pageCount(path) }, (_, i) => i + 1);
  return pages.find((page) => textBlockLines(path, page).some((line) => line.replace(/\s+/g, '').includes(text)));
}
