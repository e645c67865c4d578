// Draws the bundled example's seal, data/示例市/seal.png: a red ring, a star, the fictional
// issuer's name on an arc and 示例印章 written plainly under the star, so the image can
// never pass for a real office's seal. Rasterised with resvg and the Noto CJK fonts into
// a transparent 600×600 PNG. Run once, commit the PNG:  npx tsx scripts/make-sample-seal.ts

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const SIZE_PX = 600;
const CENTRE = SIZE_PX / 2;
const RED = '#e60012';
const FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const FONT_FAMILY = 'Noto Sans CJK SC';
const OUTPUT = fileURLToPath(new URL('../data/示例市/seal.png', import.meta.url));

const RING_RADIUS = 276;
const RING_WIDTH = 16;
const NAME = '示例市人民政府办公室';
const NAME_RADIUS = 208;
const NAME_SIZE = 62;
/** the name runs over the top, from lower left to lower right */
const NAME_SWEEP_DEGREES = 240;
const STAR_RADIUS = 88;
const MARK = '示例印章';

/** Five-pointed star centred on the seal, one point up. */
function starPoints(): string {
  const inner = STAR_RADIUS * Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? STAR_RADIUS : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(CENTRE + radius * Math.cos(angle)).toFixed(2)},${(CENTRE + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

/** Clockwise arc for the name; text sits on the outside of the path, glyph bottoms towards the centre. */
function nameArc(): string {
  const half = ((NAME_SWEEP_DEGREES / 2) * Math.PI) / 180;
  const point = (angle: number) => `${(CENTRE + NAME_RADIUS * Math.sin(angle)).toFixed(2)} ${(CENTRE - NAME_RADIUS * Math.cos(angle)).toFixed(2)}`;
  return `M ${point(-half)} A ${NAME_RADIUS} ${NAME_RADIUS} 0 1 1 ${point(half)}`;
}

function sealSvg(): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE_PX}" height="${SIZE_PX}" viewBox="0 0 ${SIZE_PX} ${SIZE_PX}">`,
    `<defs><path id="name-arc" d="${nameArc()}"/></defs>`,
    `<circle cx="${CENTRE}" cy="${CENTRE}" r="${RING_RADIUS}" fill="none" stroke="${RED}" stroke-width="${RING_WIDTH}"/>`,
    `<polygon points="${starPoints()}" fill="${RED}"/>`,
    `<text font-family="${FONT_FAMILY}" font-size="${NAME_SIZE}" font-weight="bold" fill="${RED}" letter-spacing="4">`,
    `<textPath href="#name-arc" startOffset="50%" text-anchor="middle">${NAME}</textPath></text>`,
    `<text x="${CENTRE}" y="${CENTRE + 160}" font-family="${FONT_FAMILY}" font-size="56" font-weight="bold" fill="${RED}" text-anchor="middle">${MARK}</text>`,
    '</svg>',
  ].join('');
}

const png = new Resvg(sealSvg(), {
  background: 'rgba(0, 0, 0, 0)',
  font: { loadSystemFonts: false, fontFiles: [FONT_FILE], defaultFontFamily: FONT_FAMILY },
})
  .render()
  .asPng();
writeFileSync(OUTPUT, png);
console.log(`已生成 ${OUTPUT}（${png.length} 字节）`);
