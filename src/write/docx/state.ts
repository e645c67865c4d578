// The walk over the notice tree: handlers keyed by node type, as in mdast-util-to-hast, and the
// small state they share. A node without a handler is a bug in compose or here, so it stops the
// build with its type named rather than vanishing from the document.

import { TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { ChartPictures } from '../chart/pictures.js';
import type { PrintLayout } from '../pdf/print-layout.js';
import { VerbatimBlocks } from './verbatim.js';

/** Character formatting inherited from enclosing strong / emphasis nodes, or a run-in heading's character style. */
export interface RunMarks {
  readonly italics?: boolean;
  readonly style?: string;
}

/**
 * One run of text as plain data, the options of docx's TextRun: what phrasing content becomes,
 * whether it is then built as a TextRun or written as XML text (tables, see verbatim.ts).
 */
export interface RunText extends RunMarks {
  readonly text?: string;
  /** a line break before the text */
  readonly break?: 1;
}

export interface State {
  /** Paragraphs and tables for a sequence of block nodes. */
  blocks(nodes: readonly RootContent[]): FileChild[];
  /** Runs for phrasing content, under the marks of the nodes around it. */
  phrasing(nodes: readonly PhrasingContent[], marks?: RunMarks): ParagraphChild[];
  /** The same runs as plain data, for content written as XML text. */
  runs(nodes: readonly PhrasingContent[], marks?: RunMarks): RunText[];
  /** Blocks of this document written as XML text rather than built from docx objects. */
  readonly verbatim: VerbatimBlocks;
  /** The notice's charts, drawn and rasterised before the walk. */
  readonly chartPictures: ChartPictures;
  /** The print page's pagination, which the DOCX follows (src/write/pdf/print-layout.ts). */
  readonly printLayout: PrintLayout;
  /** Body blocks set at the closing block's closer pitch (closing.ts closerNodes). */
  readonly closerNodes: ReadonlySet<Nodes>;
}

type NodeOfType<Nodes, T> = Extract<Nodes, { type: T }>;

/** Where a block stands: the node after it, for the few layouts that depend on what follows. */
export interface BlockPlace {
  readonly next?: RootContent;
}

export type BlockHandler<N extends RootContent = RootContent> = (node: N, state: State, place: BlockPlace) => FileChild[];
export type InlineHandler<N extends PhrasingContent = PhrasingContent> = (node: N, state: State, marks: RunMarks) => RunText[];

export type BlockHandlers = { readonly [T in RootContent['type']]?: BlockHandler<NodeOfType<RootContent, T>> };
export type InlineHandlers = { readonly [T in PhrasingContent['type']]?: InlineHandler<NodeOfType<PhrasingContent, T>> };

function unhandled(type: string): Error {
  return new Error(`DOCX writer: no handler for node type "${type}"`);
}

export function createState(options: {
  blockHandlers: BlockHandlers;
  inlineHandlers: InlineHandlers;
  chartPictures: ChartPictures;
  printLayout: PrintLayout;
  closerNodes?: ReadonlySet<Nodes>;
}): State {
  const { blockHandlers, inlineHandlers, chartPictures, printLayout, closerNodes = new Set() } = options;
  const state: State = {
    blocks(nodes) {
      return nodes.flatMap((node, index) => {
        // the table pairs each type with its own node type; indexing by a union loses that pairing
        const handler = blockHandlers[node.type] as BlockHandler | undefined;
        if (!handler) throw unhandled(node.type);
        return handler(node, state, { next: nodes[index + 1] });
      });
    },
    phrasing(nodes, marks) {
      return state.runs(nodes, marks).map((run) => new TextRun(run));
    },
    // a loop, not flatMap: called for every cell of an attachment's table, where flatMap's cost showed
    runs(nodes, marks = {}) {
      const runs: RunText[] = [];
      for (const node of nodes) {
        const handler = inlineHandlers[node.type] as InlineHandler | undefined;
        if (!handler) throw unhandled(node.type);
        runs.push(...handler(node, state, marks));
      }
      return runs;
    },
    verbatim: new VerbatimBlocks(),
    chartPictures,
    printLayout,
    closerNodes,
  };
  return state;
}
