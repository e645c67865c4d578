// 图N in Word: the chart as an SVG picture with the PNG fallback docx requires (Word 2016+ and
// LibreOffice draw the SVG, older readers the PNG), centred, kept with its caption 图N 标题
// and the note under it, both in the table text style, centred, one grid line each. A chart the
// print page set smaller to fill the page before it (src/write/pdf/charts.ts) is as small here;
// one it floated past the text after it stands here after the same blocks (../index.ts).

import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import { CHART, CHART_LINES, GRID } from '../../../layout/gbt9704.js';
import { chartHeightMm } from '../../chart/placement.js';
import { toString as plainText } from 'mdast-util-to-string';
import type { GongwenChart } from '../../../model/document.js';
import { ON_GRID_LINES, STYLE } from '../styles.js';
import type { BlockHandlers, State } from '../state.js';

/** Drawing ids must be unique and fixed for same-bytes output; the seal has 1, charts 101, 102 … */
const FIRST_CHART_DRAWING_ID = 100;

const utf8 = new TextEncoder();

/** The grid lines of a chart's picture: fewer where the print page set it smaller to fill the page before it. */
const chartLinesOf = (node: GongwenChart, state: State): number => state.printLayout.chartLines?.get(node.number - 1) ?? CHART_LINES;

function chartPicture(node: GongwenChart, state: State): ImageRun {
  const picture = state.chartPictures.get(node);
  if (!picture) throw new Error(`DOCX writer: chart ${node.id} was not drawn before the walk`);
  const { drawing, png } = picture;
  const scale = chartHeightMm(chartLinesOf(node, state)) / CHART.heightMm;
  return new ImageRun({
    type: 'svg',
    data: utf8.encode(drawing.svg),
    fallback: { type: 'png', data: png },
    transformation: { width: Math.round(drawing.widthPx * scale), height: Math.round(drawing.heightPx * scale) },
    altText: { id: String(FIRST_CHART_DRAWING_ID + node.number), name: node.id, description: `图${node.number} ${plainText(node.title)}` },
  });
}

function centredLine(options: { state: State; lead?: string; content: GongwenChart['title']; keepNext: boolean }): Paragraph {
  const { state, lead, content, keepNext } = options;
  return new Paragraph({
    style: STYLE.tableText,
    alignment: AlignmentType.CENTER,
    spacing: ON_GRID_LINES,
    keepNext,
    children: [...(lead ? [new TextRun(lead)] : []), ...state.phrasing(content)],
  });
}

export const chartHandlers: BlockHandlers = {
  gongwenChart: (node, state) => [
    // a blank line above and whole grid lines for the picture, as in the PDF (print.css): the text
    // after it stays on the grid; at least as tall as those lines (exactly would clip the picture)
    new Paragraph({
      style: STYLE.tableText,
      alignment: AlignmentType.CENTER,
      spacing: { before: GRID.linePitchTwip, after: 0, line: chartLinesOf(node, state) * GRID.linePitchTwip, lineRule: LineRuleType.AT_LEAST },
      keepNext: true,
      children: [chartPicture(node, state)],
    }),
    centredLine({ state, lead: `图${node.number} `, content: node.title, keepNext: Boolean(node.note) }),
    ...(node.note ? [centredLine({ state, content: node.note, keepNext: false })] : []),
  ],
};
