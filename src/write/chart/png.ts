// The PNG a DOCX needs beside its SVG (Word before 2016 and some viewers show only the PNG),
// rasterised by resvg with the CJK fonts on this machine so the Chinese labels are drawn.

import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

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

/** Explicit font files when this machine has them (fast, and the same glyphs every time), else the system's fonts. */
function fontOptions(): ResvgRenderOptions['font'] {
  const found = CJK_FONT_FILES.filter((font) => existsSync(font.file));
  const first = found[0];
  if (!first) return { loadSystemFonts: true };
  return {
    loadSystemFonts: false,
    fontFiles: found.map((font) => font.file),
    defaultFontFamily: first.family,
    sansSerifFamily: first.family,
  };
}

/**
 * Off the main thread (libuv's pool): resvg lays out every label for tens of milliseconds, so
 * a notice's charts rasterise side by side while the rest of the build goes on.
 */
export async function chartPng(svg: string): Promise<Uint8Array> {
  const rendered = await renderAsync(svg, { fitTo: { mode: 'zoom', value: ZOOM }, background: 'white', font: fontOptions() });
  return new Uint8Array(rendered.asPng());
}
