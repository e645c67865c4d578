// Every 图N of a notice drawn and rasterised before the walk over the tree, all at once: the
// PNG fallback costs tens of milliseconds a chart in resvg, which runs off the main thread, so the
// charts rasterise side by side instead of one after another inside the walk. The DOCX embeds
// them and the HTML writer puts them beside the CMS fragment: one build draws them once.

import type { Root, RootContent } from 'mdast';
import type { FontChoices } from '../../layout/gbt9704.js';
import type { GongwenChart, NoticeDocument } from '../../model/document.js';
import type { WriterContext } from '../types.js';
import type { ChartDrawing } from './index.js';

export interface ChartPicture {
  readonly drawing: ChartDrawing;
  readonly png: Uint8Array;
}

export type ChartPictures = ReadonlyMap<GongwenChart, ChartPicture>;

function collectCharts(nodes: readonly RootContent[], found: GongwenChart[]): GongwenChart[] {
  for (const node of nodes) {
    if (node.type === 'gongwenChart') found.push(node);
    else if (node.type !== 'table' && 'children' in node) collectCharts(node.children as RootContent[], found);
  }
  return found;
}

/** The charts of the notice in document order; tables, the bulk of a large notice, hold only text. */
export function chartsIn(tree: Root): GongwenChart[] {
  return collectCharts(tree.children, []);
}

/** The charts drawn and handed to the rasteriser; `pictures` settles when every PNG is made. */
export interface ChartsUnderWay {
  readonly pictures: Promise<ChartPictures>;
}

/** Per tree, so the writers of one build share the pictures: writers read the document, never change it. */
const begun = new WeakMap<Root, Promise<ChartsUnderWay>>();

async function beginAll(tree: Root, fonts: FontChoices, context: WriterContext): Promise<ChartsUnderWay> {
  const charts = chartsIn(tree);
  if (charts.length === 0) return { pictures: Promise.resolve(new Map()) };
  // loaded with the first chart: a notice without one, and `tongbao check`, never pay for them
  const [{ drawChart }, { chartRasteriser }] = await Promise.all([import('./index.js'), import('./png.js')]);
  const rasterise = await chartRasteriser(context);
  // each chart drawn and handed over before the first await of its rasterising
  const pictures = Promise.all(
    charts.map(async (chart) => {
      const drawing = drawChart({ chart, fonts });
      return [chart, { drawing, png: await rasterise(drawing) }] as const;
    }),
  ).then((entries) => new Map(entries));
  // observed now: the writer awaits it only after work of its own, and a failure must not go unhandled meanwhile
  pictures.catch(() => undefined);
  return { pictures };
}

/**
 * The notice's charts drawn (their labels in the issuer's fonts, `fonts:` in _issuer.yaml, like
 * its text) and their rasterising begun. A writer that awaits this before its own work has resvg
 * rasterise on another core meanwhile.
 */
export function beginChartPictures(doc: Pick<NoticeDocument, 'tree' | 'fonts'>, context: WriterContext): Promise<ChartsUnderWay> {
  const { tree } = doc;
  let underWay = begun.get(tree);
  if (!underWay) {
    underWay = beginAll(tree, doc.fonts, context);
    begun.set(tree, underWay);
  }
  return underWay;
}

/** The notice's charts, drawn and rasterised. */
export async function chartPictures(doc: Pick<NoticeDocument, 'tree' | 'fonts'>, context: WriterContext): Promise<ChartPictures> {
  return (await beginChartPictures(doc, context)).pictures;
}
