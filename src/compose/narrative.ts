// The office's own Markdown ({{markdown narrative.problems}}) is data: paragraphs, lists,
// emphasis, ## to #### headings and tables, never a 公文 block. Each value is parsed on its own,
// by a parser that knows no directives, and its nodes later take the place of the line
// {{markdown}} left in the template's Markdown, so nothing typed there can ever reach the
// parser of the template's blocks: a `:::signature` in a narrative is the text it was typed as.
// Before it is parsed, a value is checked for what the notice cannot take: a heading of a level
// the template owns, or nesting deep enough to exhaust the parser's time or the writers' stack.

import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Finding } from '../lint/finding.js';
import type { SourcePlace } from '../model/records.js';
import { placeholderLine, replacePlaceholders } from './placeholders.js';
import { remarkTables } from './remark-tables.js';

/** The one parser of narrative Markdown: CommonMark with tables, and no directives. */
const parser = unified().use(remarkParse).use(remarkTables);

/** 一、 sections belong to the template; a narrative writes （一） 1. （1）, and 公文 has no fifth level. */
const HEADING_DEPTHS = { lowest: 2, highest: 4 } as const;

/** Far beyond any notice (two levels of list are already rare), far below what costs time or stack. */
export const MAX_NARRATIVE_NESTING = 16;

/** Nodes that open one more level of nesting where they stand. */
const NESTING_TYPES = new Set(['blockquote', 'listItem', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

export interface ReadNarrative {
  /** the value's blocks, without source positions: they are positions in the value, not in the template */
  readonly nodes: RootContent[];
  /** what the notice cannot take, at its offset in the value */
  readonly problems: readonly Finding[];
}

/** Checks and parses one narrative value; nodes only when there are no problems. */
export function readNarrative(markdown: string): ReadNarrative {
  const tooDeep = deepContainerLine(markdown);
  if (tooDeep) return { nodes: [], problems: [tooDeep] };
  const tree = parser.parse(markdown);
  const problems = treeProblems(tree, markdown);
  if (problems.length > 0) return { nodes: [], problems };
  for (const node of walk(tree)) delete node.position;
  return { nodes: tree.children, problems: [] };
}

function tooDeepAt(markdown: string, offset: number): Finding {
  const lineEnd = markdown.indexOf('\n', offset);
  return { start: offset, end: lineEnd === -1 ? markdown.length : lineEnd, report: (where) => diagnose(CODES.narrativeTooDeep, { limit: MAX_NARRATIVE_NESTING }, where) };
}

/**
 * Deep quotations and lists make the parser slow (thousands of levels take minutes), so they
 * are refused before parsing, by an upper bound read off each line: a container continued or
 * opened on a line takes a `>`, a list marker or, for a list item, two columns of indentation
 * there. Only the lines that open a container can deepen the nesting, and they must match
 * every container around them, so no nesting is deeper than the largest bound.
 */
function deepContainerLine(markdown: string): Finding | undefined {
  let lineStart = 0;
  for (const line of markdown.split('\n')) {
    if (containerBound(line) > MAX_NARRATIVE_NESTING) return tooDeepAt(markdown, lineStart);
    lineStart += line.length + 1;
  }
  return undefined;
}

/** A quotation's `>` with its optional space, or a list marker with the spaces that belong to it. */
const CONTAINER_MARK = /^(?:> ?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]{1,4}|$))/;

function containerBound(line: string): number {
  let marks = 0;
  let columns = 0;
  let counted = 0;
  for (let rest = line; rest !== ''; ) {
    const mark = CONTAINER_MARK.exec(rest);
    if (mark) {
      marks += 1;
      // indentation counts only before a mark: after the last one it opens nothing
      counted = columns;
      rest = rest.slice(mark[0].length);
    } else if (rest[0] === ' ' || rest[0] === '\t') {
      columns += rest[0] === '\t' ? 4 : 1;
      rest = rest.slice(1);
    } else {
      break;
    }
  }
  return marks + Math.floor(counted / 2);
}

/** Every node of a tree, without recursion (the tree is not yet known to be shallow). */
function* walk(root: Nodes): Generator<Nodes> {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/** Nesting counted exactly (inline emphasis and links too), and headings of a level the narrative may not use. */
function treeProblems(tree: Nodes, markdown: string): Finding[] {
  const problems: Finding[] = [];
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node } = entry;
    const depth = entry.depth + (NESTING_TYPES.has(node.type) ? 1 : 0);
    const offset = node.position?.start.offset ?? 0;
    if (depth > MAX_NARRATIVE_NESTING) return [tooDeepAt(markdown, offset)];
    if (node.type === 'heading' && (node.depth < HEADING_DEPTHS.lowest || node.depth > HEADING_DEPTHS.highest)) {
      problems.push(headingProblem(node, markdown));
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push({ node: child, depth });
  }
  return problems.sort((a, b) => a.start - b.start);
}

function headingProblem(heading: Heading, markdown: string): Finding {
  const start = heading.position?.start.offset ?? 0;
  const end = heading.position?.end.offset ?? start;
  const args = { marks: '#'.repeat(heading.depth), heading: plainText(heading) };
  // a setext heading's first line holds its text; the `===` line below it is not matched
  const firstLineEnd = markdown.indexOf('\n', start);
  return { start, end: firstLineEnd === -1 || firstLineEnd > end ? end : firstLineEnd, report: (where) => diagnose(CODES.narrativeHeadingLevel, args, where) };
}

/** A narrative value a template printed with {{markdown}}, and where. */
export interface NarrativeUse {
  readonly markdown: string;
  readonly usedAt?: SourcePlace;
  /** its headings run into the paragraph after them ({{markdown … runIn=true}}) */
  readonly runIn?: boolean;
}

const NARRATIVE_DIRECTIVE = 'narrative';

/** The line {{markdown}} leaves in the template's Markdown for narrative `ref`. */
export function narrativeLine(ref: number): string {
  return placeholderLine({ name: NARRATIVE_DIRECTIVE, ref });
}

/** Puts each narrative's nodes where {{markdown}} left its line. */
export function toNarrativeNodes(tree: Root, narratives: ReadonlyArray<NarrativeUse & { readonly nodes: readonly RootContent[] }>): void {
  replacePlaceholders(tree, {
    name: NARRATIVE_DIRECTIVE,
    parts: narratives,
    placeOf: (narrative) => narrative.usedAt,
    helper: '{{markdown}}',
    hint: '写成单独一行的 {{markdown narrative.problems}}，前后各空一行',
    replace: (narrative) => (narrative.runIn ? markRunIn(narrative.nodes) : [...narrative.nodes]),
  });
}

/** Marks the headings to run into the paragraph after them — only one of the same narrative. */
function markRunIn(nodes: readonly RootContent[]): RootContent[] {
  return nodes.map((node, index) => (node.type === 'heading' && nodes[index + 1]?.type === 'paragraph' ? { ...node, data: { ...node.data, runIn: true } } : node));
}
