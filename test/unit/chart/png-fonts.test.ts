// The fonts resvg is given for a chart's PNG: the chart font's face cut to the chart's glyphs, and
// the machine's other CJK files only when resvg could turn to them — for a character that face
// lacks, or a family the labels name before it. Left out, they change no pixel; given, resvg reads
// each in full for every chart.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import type { GongwenChart } from '../../../src/model/document.js';
import { drawChart } from '../../../src/write/chart/index.js';
import { fontOptions } from '../../../src/write/chart/png.js';

const ZEN_HEI = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
const NOTO_SANS = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

function chart(categories: string[]): GongwenChart {
  return {
    type: 'gongwenChart',
    number: 1,
    id: 'figure-1',
    kind: 'bar',
    title: [{ type: 'text', value: '一级扣分指标对比' }],
    measure: '平均得分指数',
    unit: '',
    axisMax: 1,
    categories,
    series: [{ name: '2025年第三季度', values: categories.map(() => ({ printed: '0.87', value: 0.871 })) }],
  };
}

const folder = mkdtempSync(join(tmpdir(), 'tongbao-png-fonts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const png = async (svg: string, font: ReturnType<typeof fontOptions>) =>
  Buffer.from((await renderAsync(svg, { fitTo: { mode: 'zoom', value: 3 }, background: 'white', font })).asPng());

describe.skipIf(!existsSync(ZEN_HEI) || !existsSync(NOTO_SANS))('the fonts of a chart PNG', () => {
  it('are the cut chart font alone when it draws every label, with the same pixels as with every font', async () => {
    const drawing = drawChart({ chart: chart(['发布解读', '办事服务']) });
    const alone = fontOptions(drawing, folder);
    expect(alone?.fontFiles).toEqual([join(folder, 'chart-font.ttf')]);
    const withEveryFont = { ...alone, fontFiles: [...alone!.fontFiles!, NOTO_SANS, NOTO_SERIF].filter((file) => existsSync(file)) };
    expect((await png(drawing.svg, alone)).equals(await png(drawing.svg, withEveryFont))).toBe(true);
  });

  it('include the other files for a character the chart font lacks', () => {
    // U+2A6D6 (CJK Extension B): not in Zen Hei
    const drawing = drawChart({ chart: chart(['发布解读', '\u{2A6D6}']) });
    expect(fontOptions(drawing, folder)?.fontFiles).toContain(NOTO_SANS);
  });

  it('include the other files when the labels name one of their families first (the issuer’s 黑体, in any case)', () => {
    const drawing = drawChart({ chart: chart(['发布解读', '办事服务']), fonts: { heiti: 'noto sans cjk sc' } });
    expect(fontOptions(drawing, folder)?.fontFiles).toContain(NOTO_SANS);
  });
});
