// The PNG a DOCX needs beside its SVG (Word before 2016 and some viewers show only the PNG), and
// the HTML writer's 图N.png: rasterised by resvg with the CJK fonts on this machine so the
// Chinese labels are drawn. resvg is a native module without a build for every machine (none
// for LoongArch, 龙芯); where it cannot load, the build's browser takes a screenshot instead.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { openOfflinePage } from '../pdf/browser.js';
import type { WriterContext } from '../types.js';
import { partlyReadFile, type PartlyReadFile } from './font-file.js';
import { allFamilyNames, fontWithGlyphsOf } from './glyph-subset.js';
import type { ChartDrawing } from './index.js';

/** Pixels per SVG px: 3 gives about 290 dpi at the chart's printed size. */
const ZOOM = 3;

/**
 * CJK font files by where Debian/Ubuntu (fonts-wqy-zenhei, fonts-noto-cjk), Windows and macOS put them. The
 * families named in the chart's font stack are looked up among these; resvg falls back to
 * the default family for any other.
 */
const CJK_FONT_FILES = [
  { file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYi Zen Hei' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' },
  { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', family: 'Noto Serif CJK SC' },
  { file: 'C:\\Windows\\Fonts\\simhei.ttf', family: 'SimHei' },
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' },
];

/** The CJK fonts this machine has, the one to draw with first. */
const foundFonts = () => CJK_FONT_FILES.filter((font) => existsSync(font.file));

/** Font files read once per process, where a chart's font needs them: a batch draws a chart per notice from the same font. */
const readFonts = new Map<string, PartlyReadFile>();

function readFont(file: string): PartlyReadFile {
  let font = readFonts.get(file);
  if (!font) {
    font = partlyReadFile(file);
    readFonts.set(file, font);
  }
  return font;
}

/** The family names of each font file, lower-cased, read once per process. */
const fileFamilies = new Map<string, ReadonlySet<string>>();

function familiesIn(file: string): ReadonlySet<string> {
  let families = fileFamilies.get(file);
  if (!families) {
    const font = readFont(file);
    families = new Set(allFamilyNames({ font: font.bytes, load: font.load }).map((name) => name.toLowerCase()));
    fileFamilies.set(file, families);
  }
  return families;
}

/** CSS generic families; resvg is given the first font for sans-serif (fontOptions). */
const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'cursive', 'fantasy', 'monospace']);
const FIRST_FONT_GENERIC = 'sans-serif';

/**
 * Whether a font-family list of the SVG could send resvg to one of the `others` files before it
 * reaches `family`: it names a family of theirs (in any case) or a generic family other than the
 * one resvg draws with `family`. Text without a list is drawn in the default family, `family`.
 */
function namesOtherFontFirst(svg: string, family: string, others: readonly string[]): boolean {
  const lists = [...svg.matchAll(/font-family="([^"]*)"/g)].map(([, list]) => list!);
  if (lists.length === 0 || others.length === 0) return false;
  const otherFamilies = new Set(others.flatMap((file) => [...familiesIn(file)]));
  return lists.some((list) => {
    // escaped characters: chartFontFamily writes none, and the list is not worth reading further
    if (list.includes('&')) return true;
    for (const item of list.split(',')) {
      const written = item.trim();
      const quoted = /^(['"]).*\1$/.test(written);
      const name = quoted ? written.slice(1, -1) : written;
      if (name === family || (!quoted && name === FIRST_FONT_GENERIC)) return false;
      if ((!quoted && GENERIC_FAMILIES.has(name)) || otherFamilies.has(name.toLowerCase())) return true;
    }
    return false;
  });
}

/**
 * Explicit font files when this machine has them (fast, and the same glyphs every time), else the
 * system's fonts. The family drawn with is given with the drawing's glyphs only (glyph-subset.ts),
 * in a file of `folder`, when it has TrueType outlines. The other files are given only when resvg
 * could turn to them (for a character that face lacks, or a family named before it): resvg reads
 * every file it is given in full for each chart, 45 MB for the two Noto CJK files, ≈20 ms of CPU.
 */
export function fontOptions(drawing: ChartDrawing, folder: string): ResvgRenderOptions['font'] {
  const found = foundFonts();
  const first = found[0];
  if (!first) return { loadSystemFonts: true };
  const font = readFont(first.file);
  // every character of the SVG, markup too: a few more glyphs, and no text missed
  const glyphsOnly = fontWithGlyphsOf({ font: font.bytes, load: font.load, family: first.family, text: drawing.svg });
  const firstFile = glyphsOnly ? join(folder, 'chart-font.ttf') : first.file;
  if (glyphsOnly) writeFileSync(firstFile, glyphsOnly.file);
  const others = found.slice(1).map((other) => other.file);
  const othersNeeded = !glyphsOnly?.hasEveryCharacter || namesOtherFontFirst(drawing.svg, first.family, others);
  return {
    loadSystemFonts: false,
    fontFiles: [firstFile, ...(othersNeeded ? others : [])],
    defaultFontFamily: first.family,
    sansSerifFamily: first.family,
  };
}

export type Rasterise = (drawing: ChartDrawing) => Promise<Uint8Array>;

/** The same picture from the browser: the SVG alone on a white page, at the same zoom. */
function browserRasteriser(context: WriterContext): Rasterise {
  return async (drawing) => {
    const page = await openOfflinePage(await context.browser());
    try {
      await page.setViewport({ width: drawing.widthPx, height: drawing.heightPx, deviceScaleFactor: ZOOM });
      await page.setContent(`<!DOCTYPE html><body style="margin:0;background:#fff">${drawing.svg}</body>`);
      return await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: drawing.widthPx, height: drawing.heightPx } });
    } finally {
      await page.close();
    }
  };
}

/**
 * resvg when it loads, else the browser. resvg runs off the main thread (libuv's pool): it lays
 * out every label for tens of milliseconds, so a notice's charts rasterise side by side.
 */
export async function chartRasteriser(context: WriterContext): Promise<Rasterise> {
  const resvg = await import('@resvg/resvg-js').catch(() => undefined);
  if (!resvg) return browserRasteriser(context);
  return async (drawing) => {
    const folder = mkdtempSync(join(tmpdir(), 'tongbao-chart-'));
    try {
      const rendered = await resvg.renderAsync(drawing.svg, { fitTo: { mode: 'zoom', value: ZOOM }, background: 'white', font: fontOptions(drawing, folder) });
      return new Uint8Array(rendered.asPng());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
