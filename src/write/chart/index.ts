// One renderer for every writer: a 图N drawn by ECharts on the server (no browser) as SVG.
// HTML and PDF inline the tree; DOCX embeds the text with a PNG fallback (png.ts).

import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { CHART, fontStack, type FontChoices } from '../../layout/gbt9704.js';
import type { GongwenChart } from '../../model/document.js';
import { chartOption, PX_PER_MM } from './option.js';
import { svgTree, svgText, type SvgElement, type ZrenderVNode } from './svg-tree.js';

export type { SvgElement } from './svg-tree.js';

// only what a 图N uses: the whole of ECharts is some 600 modules to load. grid.containLabel
// (labels inside the chart's box) is a separate feature since ECharts 6.
echarts.use([BarChart, GridComponent, LegendComponent, LegacyGridContainLabel, SVGRenderer]);

export interface ChartDrawing {
  /** the cleaned SVG tree, for inlining into HTML */
  readonly element: SvgElement;
  /** the same as an SVG document, for DOCX */
  readonly svg: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** zrender's SVG painter can hand out its virtual tree; ECharts only offers the string. */
interface VNodePainter {
  renderToVNode(options: { animation: boolean; emphasis: boolean; willUpdate: boolean; compress: boolean; useViewBox: boolean }): ZrenderVNode;
}

/**
 * The chart font as an SVG font-family value: the layout profile's stack, Windows names first
 * (Word draws SVG text with the reader's fonts). Single quotes, as the value sits in a
 * double-quoted attribute; characters that could end it are dropped from the names.
 */
export function chartFontFamily(fonts: FontChoices = {}): string {
  const names = fontStack(CHART.labelFont, fonts).map((name) => `'${name.replace(/['"\\;<>&]/g, '')}'`);
  return [...names, 'sans-serif'].join(', ');
}

function render(chart: GongwenChart, fontFamily: string): ChartDrawing {
  const widthPx = Math.round(CHART.widthMm * PX_PER_MM);
  const heightPx = Math.round(CHART.heightMm * PX_PER_MM);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: widthPx, height: heightPx });
  let root: ZrenderVNode;
  try {
    instance.setOption(chartOption({ chart, fontFamily, widthPx }));
    const painter = instance.getZr().painter as unknown as VNodePainter;
    root = painter.renderToVNode({ animation: false, emphasis: false, willUpdate: false, compress: true, useViewBox: true });
  } finally {
    instance.dispose();
  }
  const element = svgTree({ root, idPrefix: chart.id });
  return { element, svg: svgText(element), widthPx, heightPx };
}

/**
 * Drawings by chart and font family: a build's web page, print page (PDF) and chart pictures
 * (the DOCX's and 图N.png) all show the same 图N, which ECharts takes tens of milliseconds to
 * lay out. A drawing depends on nothing else, and no writer changes one.
 */
const drawings = new WeakMap<GongwenChart, Map<string, ChartDrawing>>();

export function drawChart(options: { chart: GongwenChart; fonts?: FontChoices }): ChartDrawing {
  const { chart } = options;
  const fontFamily = chartFontFamily(options.fonts);
  let byFont = drawings.get(chart);
  if (!byFont) {
    byFont = new Map();
    drawings.set(chart, byFont);
  }
  let drawing = byFont.get(fontFamily);
  if (!drawing) {
    drawing = render(chart, fontFamily);
    byFont.set(fontFamily, drawing);
  }
  return drawing;
}
