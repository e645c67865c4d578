// Every 图N of a notice drawn and rasterised before the walk over the tree, all at once: the
// PNG fallback costs about half a second a chart in resvg, which runs off the main thread, so the
// charts rasterise side by side instead of one after another inside the walk.

import type { Root, RootContent } from 'mdast';
import type { GongwenChart } from '../../model/document.js';
import { drawChart, type ChartDrawing } from '../chart/index.js';
import { chartPng } from '../chart/png.js';

export interface ChartPicture {
  readonly drawing: ChartDrawing;
  readonly png: Uint8Array;
}

export type ChartPictures = ReadonlyMap<GongwenChart, ChartPicture>;

/** The charts among the blocks; tables, the bulk of a large notice, hold only text. */
function chartsIn(nodes: readonly RootContent[], found: GongwenChart[] = []): GongwenChart[] {
  for (const node of nodes) {
    if (node.type === 'gongwenChart') found.push(node);
    else if (node.type !== 'table' && 'children' in node) chartsIn(node.children as RootContent[], found);
  }
  return found;
}

export async function chartPictures(tree: Root): Promise<ChartPictures> {
  const pictures = await Promise.all(
    chartsIn(tree.children).map(async (chart) => {
      const drawing = drawChart({ chart });
      return [chart, { drawing, png: await chartPng(drawing.svg) }] as const;
    }),
  );
  return new Map(pictures);
}
