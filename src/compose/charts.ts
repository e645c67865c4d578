// Charts declared in templates. The {{#chart}} helper prints each chart's data while the
// template renders (so a misspelt statistic fails with the template's file and line), keeps it
// here, and leaves a `::chart[标题]{ref=N}` line in the Markdown; after parsing, those lines
// become 图N nodes, numbered in document order like the attachments.

import type { Parent, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import type { GongwenChart } from '../model/document.js';

/** A chart as the template declared it: everything but its number and caption. */
export type ChartDeclaration = Omit<GongwenChart, 'type' | 'number' | 'id' | 'title' | 'note'> & { readonly note?: string };

export const CHART_DIRECTIVE = 'chart';

/** The Markdown line that stands for declaration `ref`; blank lines make it a block of its own. */
export function chartLine(options: { ref: number; titleMarkdown: string }): string {
  return `\n\n::${CHART_DIRECTIVE}[${options.titleMarkdown}]{ref=${options.ref}}\n\n`;
}

function chartError(message: string): TongbaoError {
  return new TongbaoError([{ code: 'TB405', severity: 'error', message, hint: '图表写成 {{#chart 统计项 kind="bar"}}图的标题{{/chart}}，单独成段' }]);
}

/** Replaces every `::chart` line with its 图N node; every declaration must appear exactly once. */
export function toChartNodes(tree: Root, charts: readonly ChartDeclaration[]): void {
  const used = new Set<number>();
  const visit = (parent: Parent): void => {
    parent.children = parent.children.map((child) => {
      if (child.type === 'leafDirective' && child.name === CHART_DIRECTIVE) return chartNode(child);
      if ('children' in child) visit(child as Parent);
      return child;
    }) as Parent['children'];
  };
  const chartNode = (line: LeafDirective): GongwenChart => {
    const ref = Number(line.attributes?.ref);
    const declaration = charts[ref];
    if (!declaration || used.has(ref)) throw chartError('模板中的“::chart”行要由 {{#chart}} 写出，不能手写');
    used.add(ref);
    const number = used.size;
    const { note, ...data } = declaration;
    return {
      type: 'gongwenChart',
      number,
      id: `figure-${number}`,
      title: line.children,
      ...(note ? { note: [{ type: 'text', value: note }] } : {}),
      ...data,
    };
  };
  visit(tree);
  if (used.size !== charts.length) throw chartError('图表要单独成段，不能写在表格或一段文字中间');
}
