// Charts declared in templates. The {{#chart}} helper prints each chart's data while the
// template renders (so a misspelt statistic fails with the template's file and line), keeps it
// here, and leaves a `::chart[标题]{ref=N}` line in the Markdown; after parsing, those lines
// become 图N nodes, numbered in document order like the attachments.

import type { Root } from 'mdast';
import type { GongwenChart } from '../model/document.js';
import type { SourcePlace } from '../model/records.js';
import { placeholderLine, replacePlaceholders } from './placeholders.js';

/** A chart as the template declared it: everything but its number and caption, and where it was declared. */
export type ChartDeclaration = Omit<GongwenChart, 'type' | 'number' | 'id' | 'title' | 'note'> & {
  readonly note?: string;
  readonly declaredAt?: SourcePlace;
};

const CHART_DIRECTIVE = 'chart';

/** The Markdown line that stands for declaration `ref`, with the chart's caption as its label. */
export function chartLine(options: { ref: number; titleMarkdown: string }): string {
  return placeholderLine({ name: CHART_DIRECTIVE, ref: options.ref, label: options.titleMarkdown });
}

/** Replaces every `::chart` line with its 图N node; every declaration must appear exactly once. */
export function toChartNodes(tree: Root, charts: readonly ChartDeclaration[]): void {
  replacePlaceholders(tree, {
    name: CHART_DIRECTIVE,
    parts: charts,
    placeOf: (chart) => chart.declaredAt,
    helper: '{{#chart}}',
    hint: '图表写成单独一段的 {{#chart 统计项 kind="bar"}}图的标题{{/chart}}，前后各空一行',
    replace: ({ note, declaredAt: _declaredAt, ...data }, line, number): GongwenChart[] => [
      {
        type: 'gongwenChart',
        number,
        id: `figure-${number}`,
        title: line.children,
        ...(note ? { note: [{ type: 'text', value: note }] } : {}),
        ...data,
      },
    ],
  });
}
