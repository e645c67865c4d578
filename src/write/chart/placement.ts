// Where a chart goes on the print page, in terms both writers follow: the PDF writer decides it by
// measuring (pdf/charts.ts), the DOCX sets its charts the same way (docx/index.ts, handlers/chart.ts).

import { CHART, CHART_LINES, GRID } from '../../layout/gbt9704.js';

/** A chart picture's height set to `lines` grid lines: it keeps its gap to the caption, shorter by whole lines. */
export const chartHeightMm = (lines: number): number => CHART.heightMm - (CHART_LINES - lines) * GRID.linePitchMm;

/** Each floated chart, by index: how many of the blocks after it it goes past. */
export type ChartMoves = ReadonlyMap<number, number>;

/**
 * `nodes` with each chart moved past as many of the blocks after it as `moves` says. One function
 * for the print article's children and the DOCX's notice tree, so both writers float a chart
 * alike: a block a chart floats past is one node in both (`is.block` passes over the blank text
 * between the article's elements, and over measuring markers).
 */
export function withChartsMoved<T>(nodes: readonly T[], moves: ChartMoves, is: { chart: (node: T) => boolean; block: (node: T) => boolean }): T[] {
  const result = [...nodes];
  let index = 0;
  for (let at = 0; at < result.length; at += 1) {
    if (!is.chart(result[at]!)) continue;
    const past = moves.get(index++) ?? 0;
    let target = at;
    for (let counted = 0; counted < past; ) {
      target += 1;
      if (target >= result.length) throw new Error(`图${index} 要移到其后第 ${past} 块之后，但后面只有 ${counted} 块`);
      if (is.block(result[target]!)) counted += 1;
    }
    // taken out, the chart's old place shifts the target back by one: inserted at `target`, it follows it
    const [chart] = result.splice(at, 1);
    result.splice(target, 0, chart!);
    at = target;
  }
  return result;
}
