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
import { fontWithGlyphsOf } from './glyph-subset.js';
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
const fontFiles = new Map<string, PartlyReadFile>();

/**
 * Explicit font files when this machine has them (fast, and the same glyphs every time), else the
 * system's fonts. The family drawn with is given with the drawing's glyphs only (glyph-subset.ts),
 * in a file of `folder`, when it has TrueType outlines.
 */
function fontOptions(drawing: ChartDrawing, folder: string): ResvgRenderOptions['font'] {
  const found = foundFonts();
  const first = found[0];
  if (!first) return { loadSystemFonts: true };
  let font = fontFiles.get(first.file);
  if (!font) {
    font = partlyReadFile(first.file);
    fontFiles.set(first.file, font);
  }
  // every character of the SVG, markup too: a few more glyphs, and no text missed
  const glyphsOnly = fontWithGlyphsOf({ font: font.bytes, load: font.load, family: first.family, text: drawing.svg });
  const firstFile = glyphsOnly ? join(folder, 'chart-font.ttf') : first.file;
  if (glyphsOnly) writeFileSync(firstFile, glyphsOnly);
  return {
    loadSystemFonts: false,
    fontFiles: [firstFile, ...found.slice(1).map((font) => font.file)],
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
