// Markdown → the one document tree: remark parses (with tables and container blocks), the
// parts kept aside while rendering take the place of their lines (the office's narratives,
// the charts), then tongbao's transforms make the 公文 nodes and number the headings.
// A block written wrong is reported at the template file:line:column that wrote it.

import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import type { SealImage } from '../model/document.js';
import { toChartNodes, type ChartDeclaration } from './charts.js';
import { toGongwenNodes } from './gongwen-blocks.js';
import { numberHeadings } from './heading-numbers.js';
import { joinLineBreaks } from './line-breaks.js';
import { toNarrativeNodes, type NarrativeUse } from './narrative.js';
import { breakTitles } from './title-breaks.js';
import { remarkTables } from './remark-tables.js';
import { runInHeadings } from './run-in-headings.js';
import { TemplateBlockError } from './template-error.js';
import type { TemplateOrigins } from './template-origins.js';
import { markWrittenPlaces } from './written-places.js';

const parser = unified().use(remarkParse).use(remarkTables).use(remarkDirective);

export interface ParseOptions {
  readonly seal?: SealImage;
  readonly charts?: readonly ChartDeclaration[];
  /** each narrative the templates printed, with its nodes (see narrative.ts) */
  readonly narratives?: ReadonlyArray<NarrativeUse & { readonly nodes: readonly RootContent[] }>;
  /** where each offset of the Markdown was written in the templates */
  readonly origins?: TemplateOrigins;
}

function located(error: TemplateBlockError, origins: TemplateOrigins | undefined): TongbaoError {
  const { at } = error;
  const place = at && 'type' in at ? origins?.originAt(at.position?.start.offset ?? -1)?.place : at;
  return new TongbaoError([diagnose(CODES.blockSyntax, { problem: error.problem, hint: error.hint }, place ? { place } : {})]);
}

export function parseNotice(markdown: string, options: ParseOptions): Root {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  // before the narratives come in: only the template's text was written in a template
  if (options.origins) markWrittenPlaces({ tree, markdown, origins: options.origins });
  try {
    toNarrativeNodes(tree, options.narratives ?? []);
    toChartNodes(tree, options.charts ?? []);
    toGongwenNodes(tree, options);
  } catch (error) {
    if (error instanceof TemplateBlockError) throw located(error, options.origins);
    throw error;
  }
  numberHeadings(tree);
  runInHeadings(tree);
  // before the new lines typed in text vanish: a new line in a title is a break asked for
  breakTitles(tree);
  joinLineBreaks(tree);
  return tree;
}
